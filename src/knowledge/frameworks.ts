import type { Backend } from '../model/common.js';

/**
 * Server frameworks, by package (npm / PEP 503 name) and by import. `server` makes a folder a
 * backend service; `fullstack` does only where the folder has server routes (`routes`, paths
 * relative to the package folder); `frontend` never does (it feeds the frontend signal).
 */
export interface Framework {
  name: string;
  ecosystem: Backend;
  role: 'server' | 'fullstack';
  packages: string[];
  /** Module names as imported, where they differ from the packages. */
  imports?: string[];
  routes?: RegExp[];
}

export const FRAMEWORKS: readonly Framework[] = [
  { name: 'Express', ecosystem: 'node', role: 'server', packages: ['express'] },
  { name: 'Fastify', ecosystem: 'node', role: 'server', packages: ['fastify'] },
  {
    name: 'NestJS',
    ecosystem: 'node',
    role: 'server',
    packages: ['@nestjs/core', '@nestjs/platform-express', '@nestjs/platform-fastify'],
  },
  { name: 'Koa', ecosystem: 'node', role: 'server', packages: ['koa'] },
  { name: 'Hapi', ecosystem: 'node', role: 'server', packages: ['@hapi/hapi', 'hapi'] },
  { name: 'Restify', ecosystem: 'node', role: 'server', packages: ['restify'] },
  { name: 'AdonisJS', ecosystem: 'node', role: 'server', packages: ['@adonisjs/core'] },
  { name: 'Sails', ecosystem: 'node', role: 'server', packages: ['sails'] },
  { name: 'LoopBack', ecosystem: 'node', role: 'server', packages: ['@loopback/core', '@loopback/rest', 'loopback'] },
  { name: 'Feathers', ecosystem: 'node', role: 'server', packages: ['@feathersjs/feathers'] },
  { name: 'Meteor', ecosystem: 'node', role: 'server', packages: ['meteor-node-stubs'] },
  { name: 'Hono', ecosystem: 'node', role: 'server', packages: ['hono'] },
  { name: 'Elysia', ecosystem: 'node', role: 'server', packages: ['elysia'] },
  { name: 'tRPC', ecosystem: 'node', role: 'server', packages: ['@trpc/server'] },
  {
    name: 'Apollo Server',
    ecosystem: 'node',
    role: 'server',
    packages: ['@apollo/server', 'apollo-server', 'apollo-server-express'],
  },
  { name: 'GraphQL Yoga', ecosystem: 'node', role: 'server', packages: ['graphql-yoga'] },
  { name: 'Moleculer', ecosystem: 'node', role: 'server', packages: ['moleculer'] },
  { name: 'Strapi', ecosystem: 'node', role: 'server', packages: ['@strapi/strapi'] },
  { name: 'KeystoneJS', ecosystem: 'node', role: 'server', packages: ['@keystone-6/core'] },
  { name: 'Socket.IO', ecosystem: 'node', role: 'server', packages: ['socket.io'] },
  { name: 'Micro', ecosystem: 'node', role: 'server', packages: ['micro'] },
  { name: 'Polka', ecosystem: 'node', role: 'server', packages: ['polka'] },
  { name: 'h3', ecosystem: 'node', role: 'server', packages: ['h3', 'nitropack'] },
  { name: 'Medusa', ecosystem: 'node', role: 'server', packages: ['@medusajs/medusa', '@medusajs/framework'] },
  { name: 'Payload', ecosystem: 'node', role: 'server', packages: ['payload'] },
  { name: 'Directus', ecosystem: 'node', role: 'server', packages: ['directus', '@directus/api'] },
  {
    name: 'Next.js',
    ecosystem: 'node',
    role: 'fullstack',
    packages: ['next'],
    routes: [/^(src\/)?pages\/api\//, /^(src\/)?app\/(.+\/)?route\.[cm]?[jt]sx?$/, /^(src\/)?middleware\.[jt]s$/],
  },
  {
    name: 'Nuxt',
    ecosystem: 'node',
    role: 'fullstack',
    packages: ['nuxt'],
    routes: [/^server\/(api|routes|middleware)\//],
  },
  {
    name: 'SvelteKit',
    ecosystem: 'node',
    role: 'fullstack',
    packages: ['@sveltejs/kit'],
    routes: [/^src\/routes\/(.+\/)?\+(server|page\.server|layout\.server)\.[jt]s$/, /^src\/hooks\.server\.[jt]s$/],
  },
  {
    name: 'Remix',
    ecosystem: 'node',
    role: 'fullstack',
    packages: ['@remix-run/node', '@remix-run/server-runtime', '@react-router/node'],
    routes: [/^app\/routes\//],
  },
  { name: 'Astro', ecosystem: 'node', role: 'fullstack', packages: ['@astrojs/node'], routes: [/^src\/pages\/api\//] },
  {
    name: 'SolidStart',
    ecosystem: 'node',
    role: 'fullstack',
    packages: ['@solidjs/start'],
    routes: [/^src\/routes\/api\//],
  },
  {
    name: 'Django',
    ecosystem: 'python',
    role: 'server',
    packages: ['django', 'djangorestframework'],
    imports: ['django', 'rest_framework'],
  },
  { name: 'Flask', ecosystem: 'python', role: 'server', packages: ['flask'] },
  { name: 'FastAPI', ecosystem: 'python', role: 'server', packages: ['fastapi'] },
  { name: 'Starlette', ecosystem: 'python', role: 'server', packages: ['starlette'] },
  { name: 'Tornado', ecosystem: 'python', role: 'server', packages: ['tornado'] },
  { name: 'Sanic', ecosystem: 'python', role: 'server', packages: ['sanic'] },
  { name: 'Falcon', ecosystem: 'python', role: 'server', packages: ['falcon'] },
  { name: 'Pyramid', ecosystem: 'python', role: 'server', packages: ['pyramid'] },
  { name: 'Bottle', ecosystem: 'python', role: 'server', packages: ['bottle'] },
  { name: 'CherryPy', ecosystem: 'python', role: 'server', packages: ['cherrypy'] },
  { name: 'Quart', ecosystem: 'python', role: 'server', packages: ['quart'] },
  { name: 'Litestar', ecosystem: 'python', role: 'server', packages: ['litestar'] },
  { name: 'Connexion', ecosystem: 'python', role: 'server', packages: ['connexion'] },
  { name: 'Masonite', ecosystem: 'python', role: 'server', packages: ['masonite'] },
  { name: 'Robyn', ecosystem: 'python', role: 'server', packages: ['robyn'] },
  { name: 'BlackSheep', ecosystem: 'python', role: 'server', packages: ['blacksheep'] },
];

// per ecosystem, by name: asked for every import, so no key string is built per question
const byPackage: Record<Backend, Map<string, Framework>> = { node: new Map(), python: new Map() };
const byImport: Record<Backend, Map<string, Framework>> = { node: new Map(), python: new Map() };
for (const f of FRAMEWORKS) {
  for (const p of f.packages) byPackage[f.ecosystem].set(p, f);
  for (const i of f.imports ?? f.packages) byImport[f.ecosystem].set(i, f);
}

export function frameworkOfPackage(ecosystem: Backend, name: string): Framework | undefined {
  return byPackage[ecosystem].get(name);
}

export function frameworkOfImport(ecosystem: Backend, module: string): Framework | undefined {
  return byImport[ecosystem].get(module);
}

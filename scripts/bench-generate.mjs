// Generates a deterministic (seeded) monorepo for the benchmark: pnpm workspaces with Node
// services and frontends, Python services, notebooks, vendored folders, large and binary files,
// a `.gitignore` in every package (with files it ignores and re-includes), a large
// `pnpm-lock.yaml` with an importer per package, and a berry `yarn.lock` in a tools workspace:
// nested ignore files and big YAML lockfiles are what real monorepos spend their time on.
import { mkdirSync, writeFileSync, existsSync, rmSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import path from 'node:path';

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NODE_IMPORTS = ['express', 'fastify', 'socket.io', 'ioredis', 'pg', 'zod', 'lodash', 'bullmq', 'ws', 'pino'];
const WEB_IMPORTS = ['react', 'react-dom', 'swr', 'clsx', 'date-fns'];
const PY_IMPORTS = ['fastapi', 'pydantic', 'sqlalchemy', 'httpx', 'numpy', 'pandas', 'celery', 'redis', 'torch'];

/** Log-normal-ish sizes: most files a few KB, a long tail to ~200 KB. */
function sizeOf(rand) {
  const base = Math.exp(6.5 + rand() * 2.6 + (rand() < 0.03 ? 2.5 : 0));
  return Math.min(200_000, Math.round(base));
}

function body(lines, target) {
  let out = lines.join('\n') + '\n';
  let i = 0;
  while (out.length < target) out += `export const value${i} = ${i++} * 2; // padding to a realistic size\n`;
  return out;
}

function pyBody(lines, target) {
  let out = lines.join('\n') + '\n';
  let i = 0;
  while (out.length < target) out += `def handler_${i}(x):\n    return x * ${i++}\n\n`;
  return out;
}

export function generate(root, total, seed = 42) {
  if (existsSync(path.join(root, '.complete'))) return;
  rmSync(root, { recursive: true, force: true });
  const rand = mulberry32(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  let count = 0;
  const write = (rel, text) => {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    count++;
  };
  const packages = Math.max(4, Math.round(total / 250));
  write(
    'package.json',
    JSON.stringify({ name: 'mono', private: true, devDependencies: { typescript: '^5.9.0' } }, null, 2),
  );
  write('pnpm-workspace.yaml', "packages:\n  - 'services/*'\n  - 'apps/*'\n  - 'py/*'\n");
  write('.gitignore', 'node_modules/\n*.log\n.cache/\n/coverage\n');
  const perPackage = Math.floor((total - 4) / packages);
  for (let p = 0; p < packages; p++) {
    const kind = p % 5 === 0 ? 'web' : p % 5 === 1 || p % 5 === 3 ? 'py' : 'node';
    const dir = kind === 'web' ? `apps/web-${p}` : kind === 'py' ? `py/svc-${p}` : `services/svc-${p}`;
    let budget = perPackage;
    if (kind === 'py') {
      write(
        `${dir}/pyproject.toml`,
        `[project]\nname = "svc-${p}"\ndependencies = ["fastapi>=0.110", "sqlalchemy>=2", "pandas>=2", "celery>=5"]\n`,
      );
      write(`${dir}/requirements.txt`, 'fastapi==0.115.0\nuvicorn[standard]==0.30.0\npandas==2.2.2\n');
      budget -= 2;
    } else {
      const deps =
        kind === 'web'
          ? { react: '^19.0.0', 'react-dom': '^19.0.0' }
          : { fastify: '^5.0.0', 'socket.io': '^4.7.0', pg: '^8.11.0' };
      write(`${dir}/package.json`, JSON.stringify({ name: `@mono/pkg-${p}`, dependencies: deps }, null, 2));
      budget -= 1;
    }
    write(
      `${dir}/.gitignore`,
      `dist/\ncoverage/\n*.tmp\n!keep.tmp\n/generated/**\n!/generated/README.md\n# editor files\n*.swp\n`,
    );
    budget -= 1;
    for (let f = 0; f < budget; f++) {
      const r = rand();
      const sub = `${dir}/src/m${Math.floor(f / 40)}`;
      if (r < 0.015) {
        // ignored by the package's .gitignore (or re-included by it)
        const ignored = [`dist/f${f}.js`, `coverage/f${f}.json`, `src/f${f}.tmp`, `keep.tmp`, `generated/g${f}.ts`];
        write(`${dir}/${ignored[f % ignored.length]}`, `export const g${f} = ${f};\n`);
      } else if (r < 0.1) {
        // vendored: pruned by the scanner, never read
        write(`${dir}/node_modules/dep-${f % 7}/lib/f${f}.js`, `module.exports = ${f};\n`);
      } else if (r < 0.13) {
        write(
          `${sub}/asset-${f}.png`,
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, ...Array(sizeOf(rand) % 4000).fill(7)]),
        );
      } else if (r < 0.1302) {
        write(`${dir}/data/dump-${f}.log`, 'x'.repeat(1_000_000 + Math.floor(rand() * 1_000_000)));
      } else if (r < 0.2) {
        write(
          `${sub}/notes-${f}.md`,
          '# Notes\n\n' + 'Some prose about the module. '.repeat(Math.ceil(sizeOf(rand) / 30)),
        );
      } else if (kind === 'py') {
        if (r < 0.24) {
          const cells = [0, 1, 2].map((c) => ({
            cell_type: 'code',
            source: [`import ${pick(PY_IMPORTS)}\n`, `x${c} = ${c}\n`],
            metadata: {},
            outputs: [],
          }));
          write(
            `${dir}/notebooks/nb-${f}.ipynb`,
            JSON.stringify({ cells, metadata: { kernelspec: { language: 'python' } }, nbformat: 4, nbformat_minor: 5 }),
          );
        } else {
          const imports = [0, 1, 2].map(() => `import ${pick(PY_IMPORTS)}`).concat('from .models import Base');
          write(`${sub}/mod_${f}.py`, pyBody(imports, sizeOf(rand)));
        }
      } else {
        const list = kind === 'web' ? WEB_IMPORTS : NODE_IMPORTS;
        const imports = [0, 1, 2]
          .map(() => `import ${'x' + f} from '${pick(list)}';`)
          .concat("import { util } from '../util.js';");
        write(`${sub}/mod-${f}.${kind === 'web' ? 'tsx' : 'ts'}`, body(imports, sizeOf(rand)));
      }
    }
  }
  writeLockfiles(write, packages, total, rand);
  // a sparse 2 GB file: a naive reader would read all of it
  const sparse = openSync(path.join(root, 'big-sparse.bin'), 'w');
  ftruncateSync(sparse, 2 ** 31);
  closeSync(sparse);
  writeFileSync(path.join(root, '.complete'), String(count + 1));
}

/** A pnpm-lock.yaml (v9) with an importer per package and one resolved package per 20 files, and a berry yarn.lock. */
function writeLockfiles(write, packages, total, rand) {
  const names = Array.from({ length: Math.max(50, Math.round(total / 20)) }, (_, i) =>
    i % 3 === 0 ? `@scope-${i % 17}/lib-${i}` : `lib-${i}`,
  );
  const version = () => `${Math.floor(rand() * 20)}.${Math.floor(rand() * 30)}.${Math.floor(rand() * 10)}`;
  const pnpm = [
    "lockfileVersion: '9.0'",
    '',
    'settings:',
    '  autoInstallPeers: true',
    '  excludeLinksFromLockfile: false',
    '',
    'importers:',
    '',
  ];
  for (let p = -1; p < packages; p++) {
    pnpm.push(p < 0 ? '  .:' : `  services/svc-${p}:`, '    dependencies:');
    for (let d = 0; d < 12; d++) {
      const name = names[Math.floor(rand() * names.length)];
      if (pnpm.includes(`      '${name}':`, pnpm.length - 40)) continue;
      const v = version();
      pnpm.push(`      '${name}':`, `        specifier: ^${v}`, `        version: ${v}(typescript@5.9.2)`);
    }
    pnpm.push('');
  }
  pnpm.push('packages:', '');
  for (const name of names)
    pnpm.push(
      `  '${name}@${version()}':`,
      `    resolution: {integrity: sha512-${name.length}abcdef==}`,
      "    engines: {node: '>=18'}",
      '',
    );
  pnpm.push('snapshots:', '');
  for (const name of names) pnpm.push(`  '${name}@1.0.0':`, '    dependencies:', `      '${names[0]}': 1.0.0`, '');
  write('pnpm-lock.yaml', pnpm.join('\n'));

  const berry = [
    '# This file is generated by running "yarn install" inside your project.',
    '',
    '__metadata:',
    '  version: 8',
    '  cacheKey: 10c0',
    '',
  ];
  for (const name of names.slice(0, Math.ceil(names.length / 2))) {
    const v = version();
    berry.push(
      `"${name}@npm:^${v}":`,
      `  version: ${v}`,
      `  resolution: "${name}@npm:${v}"`,
      '  dependencies:',
      `    "${names[1]}": "npm:^1.0.0"`,
      '  checksum: 10c0/0123456789abcdef',
      '  languageName: node',
      '  linkType: hard',
      '',
    );
  }
  write('tools/yarn-app/yarn.lock', berry.join('\n'));
  write(
    'tools/yarn-app/package.json',
    JSON.stringify({ name: 'yarn-app', packageManager: 'yarn@4.5.0', dependencies: { [names[0]]: '^1.0.0' } }, null, 2),
  );
}

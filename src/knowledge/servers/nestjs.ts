import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

export const nestjs: ServerRecord = {
  id: 'nestjs',
  name: 'NestJS',
  role: 'http',
  node: {
    packages: ['@nestjs/core', '@nestjs/platform-express', '@nestjs/platform-fastify'],
    commands: [String.raw`nest\s+start`],
    code: [
      {
        id: 'node-nest-factory',
        kind: 'start',
        keyword: 'NestFactory',
        pattern: /\bNestFactory\.create(?:Microservice|ApplicationContext)?\s*[<(]/,
        detail: 'boots a NestJS application',
        files: JS_FILE,
      },
    ],
  },
};

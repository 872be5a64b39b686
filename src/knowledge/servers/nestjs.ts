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
    consumerBoots: [
      {
        // the transport is an option of the boot, lines below it; TCP and gRPC answer requests, these deliver messages
        id: 'node-nest-broker-microservice',
        kind: 'server-start',
        keyword: 'Transport.',
        pattern: /\btransport\s*:\s*Transport\.(KAFKA|RMQ|REDIS|NATS|MQTT)\b/,
        detail: 'boots a NestJS microservice on a message broker',
        // a client's transport (ClientsModule.register) names a broker it sends to: only the microservice's boot consumes
        whenFileHas: /\bNestFactory\.createMicroservice\b/,
        files: JS_FILE,
      },
    ],
  },
};

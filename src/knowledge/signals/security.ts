import { LOCKFILE_KINDS } from '../manifest-formats.js';
import { FILE_SIGNALS } from './constants.js';
import type { SignalRecord } from './types.js';

const PRACTICES = 'security middleware, input validation and auth libraries';
const AUDIT = 'dependency and code auditing';

/**
 * Security practices: reported as hygiene for the side that has them. The guide finds both
 * backends secure when used correctly, so a practice moves no score; only a framework's
 * built-in security does (see ./django.ts).
 */
export const security: SignalRecord = {
  id: 'security',
  summary: 'security practices: middleware, validation, auth, auditing, pinned dependencies',
  packages: [
    {
      ecosystem: 'node',
      packages: [
        'helmet',
        '@fastify/helmet',
        'express-rate-limit',
        'rate-limiter-flexible',
        '@fastify/rate-limit',
        '@nestjs/throttler',
        'csurf',
        'csrf-csrf',
        '@fastify/csrf-protection',
        'express-validator',
        'zod',
        'joi',
        'class-validator',
        'hpp',
        'express-mongo-sanitize',
        'bcrypt',
        'argon2',
        'jsonwebtoken',
        'jose',
        'passport',
        'lusca',
      ],
      base: 0.3,
      why: PRACTICES,
    },
    {
      ecosystem: 'python',
      packages: [
        'django-axes',
        'django-csp',
        'django-ratelimit',
        'django-cors-headers',
        'flask-talisman',
        'flask-limiter',
        'flask-wtf',
        'slowapi',
        'bcrypt',
        'argon2-cffi',
        'passlib',
        'pyjwt',
        'authlib',
        'python-jose',
        'flask-login',
        'pydantic',
      ],
      imports: [
        'axes',
        'csp',
        'django_ratelimit',
        'corsheaders',
        'flask_talisman',
        'flask_limiter',
        'flask_wtf',
        'slowapi',
        'bcrypt',
        'argon2',
        'passlib',
        'jwt',
        'authlib',
        'jose',
        'flask_login',
        'pydantic',
      ],
      base: 0.3,
      why: PRACTICES,
    },
    {
      ecosystem: 'node',
      packages: ['audit-ci', 'better-npm-audit', 'snyk', 'eslint-plugin-security', 'lockfile-lint'],
      imports: [],
      base: 0.3,
      devCounts: true,
      why: AUDIT,
    },
    {
      ecosystem: 'python',
      packages: ['bandit', 'pip-audit', 'safety', 'semgrep'],
      imports: [],
      base: 0.3,
      devCounts: true,
      why: AUDIT,
    },
  ],
  files: [
    {
      fact: { kind: 'manifest', manifests: LOCKFILE_KINDS.node, label: 'lockfile' },
      ecosystem: 'node',
      strength: FILE_SIGNALS.lockfileStrength,
      why: 'a lockfile pins every npm dependency: reproducible, auditable installs',
    },
    {
      fact: { kind: 'manifest', manifests: LOCKFILE_KINDS.python, label: 'lockfile' },
      ecosystem: 'python',
      strength: FILE_SIGNALS.lockfileStrength,
      why: 'a lockfile pins every Python dependency: reproducible, auditable installs',
    },
  ],
  effects: [
    {
      criterion: 'security',
      favours: 'own',
      points: 0,
      guide: 'L24a',
      why: 'a security practice; both are secure when used correctly, so practices move no score',
    },
  ],
};

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { buildProfile } from '../../src/profile/index.js';
import { scanTree } from '../support/scan-tree.js';
import { assessRepo, DEFAULT_PARAMS } from '../../src/score/index.js';

/** `npm run fuzz` sets FUZZ_RUNS; `npm test` runs a small seeded sample. */
const RUNS = Number(process.env.FUZZ_RUNS) || 60;
const options = { numRuns: RUNS, seed: process.env.FUZZ_RUNS ? undefined : 13 };

/** Per service: path, verdict and scores, the numbers a user reads. */
function scores(files: Record<string, string>) {
  const facts = detect(scanTree(files));
  const assessed = assessRepo(buildProfile(facts), DEFAULT_PARAMS);
  return facts.services.map((s, i) => ({
    path: s.path,
    verdict: assessed.services[i]!.verdict,
    scores: assessed.services[i]!.scores,
  }));
}

const services: Record<string, Record<string, string>> = {
  'express api': {
    'package.json': JSON.stringify({
      private: true,
      scripts: { start: 'node src/server.js' },
      dependencies: { express: '^4', pg: '^8' },
    }),
    'src/server.js': "const express = require('express');\nconst { Pool } = require('pg');\nexpress().listen(3000);\n",
    'src/routes.js': "const { Router } = require('express');\nmodule.exports = Router();\n",
  },
  'fastapi service': {
    'requirements.txt': 'fastapi==0.115\nuvicorn==0.32\nsqlalchemy==2.0\n',
    'app/main.py': 'from fastapi import FastAPI\nimport sqlalchemy\napp = FastAPI()\n',
    Dockerfile: 'FROM python:3.12\nCMD ["uvicorn", "app.main:app"]\n',
  },
  'services in a monorepo': {
    'apps/api/package.json': JSON.stringify({
      private: true,
      scripts: { start: 'node index.js' },
      dependencies: { fastify: '^5', 'socket.io': '^4' },
    }),
    'apps/api/index.js':
      "import Fastify from 'fastify';\nimport { Server } from 'socket.io';\nFastify().listen({ port: 3000 });\n",
    'apps/ml/pyproject.toml': '[project]\nname = "ml"\ndependencies = ["fastapi", "torch", "gunicorn"]\n',
    'apps/ml/serve.py': 'import torch\nfrom fastapi import FastAPI\napp = FastAPI()\n',
  },
};

/** Which language a sibling project may be in, so that it lies outside every service of the same backend. */
const SIBLING_LANGUAGES: Record<string, ('node' | 'python')[]> = {
  'express api': ['python'],
  'fastapi service': ['node'],
  'services in a monorepo': ['node', 'python'],
};
/** Libraries of offline work (no server among them): what a pipeline next door would use. */
const SIBLING_LIBS = {
  python: ['torch', 'pandas', 'numpy', 'transformers', 'celery', 'redis'],
  node: ['socket.io', '@xenova/transformers', 'danfojs', 'bullmq', 'helmet', 'ioredis'],
};

const NOISE_FOLDERS = [
  'tests',
  'test',
  'tests/fixtures',
  'fixtures',
  'examples/ml-demo',
  'example',
  'demo',
  'docs',
  'docs/snippets',
  'benchmarks',
  'scripts',
  'playground',
  '__tests__',
  'e2e',
];
const PY_LIBS = [
  'torch',
  'pandas',
  'numpy',
  'sklearn',
  'transformers',
  'flask',
  'fastapi',
  'channels',
  'celery',
  'gunicorn',
];
const JS_LIBS = ['socket.io', 'ws', '@xenova/transformers', 'danfojs', 'bullmq', 'helmet', 'express', 'pm2'];
const PY_PACKAGES = ['torch', 'pandas', 'scikit-learn', 'flask', 'fastapi', 'channels', 'uvicorn', 'gunicorn'];

/** A file of noise: code importing any libraries, or a manifest declaring them, in any language. */
const noiseFile = fc.oneof(
  fc
    .record({
      folder: fc.constantFrom(...NOISE_FOLDERS),
      name: fc.constantFrom('train.py', 'app.py', 'conftest.py', 'run.py'),
      libs: fc.subarray(PY_LIBS, { minLength: 1 }),
    })
    .map(
      ({ folder, name, libs }) =>
        [`${folder}/${name}`, libs.map((l) => `import ${l}\n`).join('') + 'app.run()\n'] as const,
    ),
  fc
    .record({
      folder: fc.constantFrom(...NOISE_FOLDERS),
      name: fc.constantFrom('server.js', 'index.ts', 'app.spec.ts', 'bench.mjs'),
      libs: fc.subarray(JS_LIBS, { minLength: 1 }),
    })
    .map(
      ({ folder, name, libs }) =>
        [`${folder}/${name}`, libs.map((l) => `import x from '${l}';\n`).join('') + 'x.listen(1);\n'] as const,
    ),
  fc
    .record({ folder: fc.constantFrom(...NOISE_FOLDERS), libs: fc.subarray(PY_PACKAGES, { minLength: 1 }) })
    .map(({ folder, libs }) => [`${folder}/requirements.txt`, libs.join('\n') + '\n'] as const),
  fc.record({ folder: fc.constantFrom(...NOISE_FOLDERS), libs: fc.subarray(JS_LIBS, { minLength: 1 }) }).map(
    ({ folder, libs }) =>
      [
        `${folder}/package.json`,
        JSON.stringify({
          scripts: { start: 'node server.js' },
          dependencies: Object.fromEntries(libs.map((l) => [l, '*'])),
        }),
      ] as const,
  ),
);

describe('evidence belongs to the code that runs it (property)', () => {
  for (const [name, files] of Object.entries(services)) {
    it(`${name}: tests, fixtures, examples, demos, docs, benchmarks and scripts move no score`, () => {
      const before = scores(files);
      expect(before.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(fc.array(noiseFile, { maxLength: 12 }), (noise) => {
          expect(scores({ ...Object.fromEntries(noise), ...files })).toEqual(before);
        }),
        options,
      );
    });

    it(`${name}: an unrelated sibling project that no service runs moves no score`, () => {
      const before = scores(files);
      // a project of the same language inside a service's folder is the service's own; siblings are the rest
      const languages = SIBLING_LANGUAGES[name]!;
      fc.assert(
        fc.property(
          fc.constantFrom('research', 'pipelines/churn', 'notebooks', 'jobs/nightly'),
          fc.constantFrom(...languages),
          fc.subarray(SIBLING_LIBS.python, { minLength: 1 }),
          fc.subarray(SIBLING_LIBS.node, { minLength: 1 }),
          (folder, language, pyLibs, jsLibs) => {
            const sibling =
              language === 'python'
                ? {
                    [`${folder}/requirements.txt`]: pyLibs.join('\n') + '\n',
                    [`${folder}/train.py`]: pyLibs.map((l) => `import ${l}\n`).join(''),
                  }
                : {
                    [`${folder}/package.json`]: JSON.stringify({
                      dependencies: Object.fromEntries(jsLibs.map((l) => [l, '*'])),
                    }),
                    [`${folder}/index.js`]: jsLibs.map((l) => `import x from '${l}';\n`).join(''),
                  };
            expect(scores({ ...sibling, ...files })).toEqual(before);
          },
        ),
        options,
      );
    });
  }
});

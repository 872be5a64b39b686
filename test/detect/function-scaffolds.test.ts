import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { decided } from '../support/decided.js';
import { scanTree } from '../support/scan-tree.js';

// Issue 25: a Firebase functions folder made by `firebase init` whose handler is still commented
// out was reported as a function service; Firebase deploys only what the source exports.

const PACKAGE = JSON.stringify({
  name: 'functions',
  main: 'index.js',
  scripts: { serve: 'firebase emulators:start --only functions', deploy: 'firebase deploy --only functions' },
  dependencies: { 'firebase-admin': '^12.0.0', 'firebase-functions': '^5.0.0' },
  private: true,
});

describe('function platforms that deploy only what the code registers', () => {
  it('a functions folder whose handlers are all commented out is no service, with the reason', () => {
    const facts = detect(
      scanTree({
        'functions/package.json': PACKAGE,
        'functions/index.js':
          '// const {onRequest} = require("firebase-functions/v2/https");\n// exports.helloWorld = onRequest((req, res) => res.send("hi"));\n',
      }),
    );
    expect(facts.services).toEqual([]);
    expect(facts.notServices.map((n) => `${n.path} ${n.reason}: ${n.why}`)).toEqual([
      'functions no-entry: Firebase Functions among its dependencies, but its code exports no function for the platform to deploy (none is registered, or they are commented out)',
    ]);
  });

  it('v1 and v2 triggers, callables and Python decorators each register a function', () => {
    const cases: Record<string, string> = {
      'functions/index.js':
        'const functions = require("firebase-functions/v1");\nexports.onUser = functions.firestore.document("users/{id}").onCreate(async (snap) => snap.ref.update({ seen: true }));\n',
      'functions/src/jobs.ts':
        'import { onSchedule } from "firebase-functions/v2/scheduler";\nexport const nightly = onSchedule("every day 02:00", async () => {});\n',
      'functions/src/call.ts':
        'import { onCall } from "firebase-functions/v2/https";\nexport const add = onCall((req) => req.data.a + req.data.b);\n',
    };
    for (const [file, code] of Object.entries(cases))
      expect(decided({ 'functions/package.json': PACKAGE, [file]: code }).services).toEqual(['functions function']);
    expect(
      decided({
        'fns/requirements.txt': 'firebase-functions==0.4.2\n',
        'fns/main.py':
          'from firebase_functions import storage_fn\n\n@storage_fn.on_object_finalized()\ndef thumb(event):\n    pass\n',
      }).services,
    ).toEqual(['fns function']);
  });

  it('a folder its own code or a deployment starts stays a service without a registered function', () => {
    const express =
      'const express = require("express");\nconst app = express();\napp.get("/", (req, res) => res.send("ok"));\napp.listen(8080);\n';
    const pkg = JSON.parse(PACKAGE) as { dependencies: Record<string, string> };
    pkg.dependencies.express = '^4.19.0';
    const tree = {
      'api/package.json': JSON.stringify(pkg),
      'api/index.js': express,
      'api/Procfile': 'web: node index.js\n',
    };
    // a service either way (its kind the platform's, as before); never set apart as a scaffold
    expect(decided(tree).services.map((s) => s.split(' ')[0])).toEqual(['api']);
    expect(decided(tree).notServices).toEqual([]);
  });

  it('a functions folder the project file does not name is not deployed by it', () => {
    const code =
      'const functions = require("firebase-functions");\nexports.api = functions.https.onRequest((req, res) => res.send("ok"));\n';
    const tree = {
      'firebase.json': JSON.stringify({ functions: { predeploy: 'npm --prefix "$RESOURCE_DIR" run lint' } }),
      'functions/package.json': PACKAGE,
      'functions/index.js': code,
      'old-functions/package.json': PACKAGE,
      'old-functions/index.js': code,
    };
    // no source: the platform's default folder
    expect(decided(tree)).toEqual({
      services: ['functions function'],
      notServices: [
        'old-functions no-entry: firebase.json deploys Firebase Functions from functions, not from this one',
      ],
    });
    // codebases name their folders; a project file without functions says nothing about them
    const codebases = JSON.stringify({
      functions: [{ source: 'old-functions', codebase: 'legacy' }, { source: 'functions' }],
    });
    expect(decided({ ...tree, 'firebase.json': codebases }).services).toEqual([
      'functions function',
      'old-functions function',
    ]);
    expect(decided({ ...tree, 'firebase.json': '{ "hosting": { "public": "public" } }' }).services).toEqual([
      'functions function',
      'old-functions function',
    ]);
  });

  it('a functions source the tree lacks is a build output: the project it is built in is deployed', () => {
    const pkg = JSON.parse(PACKAGE) as { dependencies: Record<string, string>; scripts?: Record<string, string> };
    pkg.dependencies.express = '^4.19.0';
    pkg.scripts = { build: 'webpack && npm install --prefix dist' };
    const tree = {
      'firebase.json': JSON.stringify({ functions: { source: 'dist' } }),
      'package.json': JSON.stringify(pkg),
      'src/server.js':
        'const functions = require("firebase-functions");\nconst express = require("express");\nconst app = express();\napp.get("/", (req, res) => res.send("ok"));\nexports.api = functions.https.onRequest(app);\n',
    };
    // dist/ is a build's output the scan never holds: the root, which builds it, is what Firebase deploys
    expect(decided(tree)).toEqual({ services: ['. function'], notServices: [] });
  });
});

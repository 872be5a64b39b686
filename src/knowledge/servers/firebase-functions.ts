import { JS_FILE, PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** The v2 event triggers' names, as far as they tell one trigger family from another word. */
const V2_TRIGGERS = ['onDocument', 'onSchedule', 'onObject', 'onMessagePublished', 'onTaskDispatched', 'onValue'];

/**
 * Cloud Functions for Firebase: handlers exported with onRequest/onCall (v2) or functions.https
 * (v1), and event triggers (Firestore, scheduler, storage, Pub/Sub...). Firebase deploys only
 * what the functions source exports: a folder whose code registers none is a scaffold.
 */
export const firebaseFunctions: ServerRecord = {
  id: 'firebase-functions',
  name: 'Firebase Functions',
  role: 'function',
  deploys: {
    registersInCode: true,
    sources: { file: 'firebase.json', key: 'functions', option: 'source', fallback: 'functions' },
  },
  node: {
    packages: ['firebase-functions'],
    code: [
      {
        id: 'node-firebase-request',
        kind: 'server-start',
        keyword: 'onRequest(',
        pattern: /(?<![\w$])(?:[\w$]+\.)*onRequest\s*\(/,
        detail: 'exports a Firebase HTTPS function',
        whenImports: ['firebase-functions'],
        files: JS_FILE,
      },
      {
        id: 'node-firebase-call',
        kind: 'server-start',
        keyword: 'onCall(',
        pattern: /(?<![\w$])(?:[\w$]+\.)*onCall\s*\(/,
        detail: 'exports a Firebase callable function',
        whenImports: ['firebase-functions'],
        files: JS_FILE,
      },
      // v2: onDocumentWritten(...), onSchedule(...), onObjectFinalized(...), onMessagePublished(...)
      ...V2_TRIGGERS.map((trigger) => ({
        id: `node-firebase-${trigger}`,
        kind: 'server' as const,
        keyword: trigger,
        pattern: new RegExp(String.raw`(?<![\w$])${trigger}\w*\s*\(`),
        detail: 'registers a Firebase event function',
        whenImports: ['firebase-functions'],
        files: JS_FILE,
      })),
      {
        // v1: functions.firestore.document(...).onCreate(...), functions.pubsub.schedule(...).onRun(...)
        id: 'node-firebase-trigger-v1',
        kind: 'server',
        keyword: '.on',
        pattern: /\.on(?:Create|Write|Update|Delete|Run|Finalize|Archive|MetadataUpdate|Publish|Dispatch)\s*\(/,
        detail: 'registers a Firebase event function',
        whenImports: ['firebase-functions'],
        files: JS_FILE,
      },
    ],
  },
  python: {
    packages: ['firebase-functions'],
    imports: ['firebase_functions'],
    code: [
      {
        id: 'py-firebase-handler',
        kind: 'server-start',
        keyword: 'https_fn.on_',
        pattern: /@https_fn\.on_(?:request|call)\b/,
        detail: 'exports a Firebase HTTPS function',
        files: PY_FILE,
      },
      {
        id: 'py-firebase-trigger',
        kind: 'server',
        keyword: '_fn.on_',
        pattern: /@(?!https_fn\b)\w+_fn\.on_\w+/,
        detail: 'registers a Firebase event function',
        files: PY_FILE,
      },
    ],
  },
};

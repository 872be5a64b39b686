import { JS_FILE, PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** Google Cloud Functions (and Cloud Run functions) through the Functions Framework. */
export const gcpFunctions: ServerRecord = {
  id: 'gcp-functions',
  name: 'Google Cloud Functions',
  role: 'function',
  deploys: {
    terraform: [
      { resource: 'google_cloudfunctions_function', code: ['source_archive_object'], runtime: 'runtime' },
      {
        resource: 'google_cloudfunctions2_function',
        code: ['build_config.source.storage_source.object'],
        runtime: 'build_config.runtime',
      },
    ],
    cli: [
      {
        command: String.raw`gcloud\s+(?:(?:beta|alpha)\s+)?functions\s+deploy`,
        sourceOption: '--source',
        runtimeOption: '--runtime',
      },
    ],
  },
  node: {
    packages: ['@google-cloud/functions-framework'],
    commands: ['functions-framework'],
    code: [
      {
        id: 'node-gcf-register',
        kind: 'server-start',
        keyword: 'functions.',
        pattern: /\bfunctions\.(?:http|cloudEvent)\s*\(/,
        detail: 'registers a Cloud Function',
        whenImports: ['@google-cloud/functions-framework'],
        files: JS_FILE,
      },
    ],
  },
  python: {
    packages: ['functions-framework'],
    imports: ['functions_framework'],
    commands: ['functions-framework'],
    code: [
      {
        id: 'py-gcf-decorator',
        kind: 'server-start',
        keyword: 'functions_framework.',
        pattern: /@functions_framework\.(?:http|cloud_event|typed)\b/,
        detail: 'registers a Cloud Function',
        files: PY_FILE,
      },
    ],
  },
};

import type { ServerRecord } from './types.js';

/**
 * Yandex Cloud Functions deployed with the `yc` CLI: `yc serverless function version create
 * --runtime python312 --entrypoint main.handler --source-path ./bot` uploads a folder (or an
 * archive the script zips from one) as a version of the function.
 */
export const yandexCloudFunctions: ServerRecord = {
  id: 'yandex-cloud-functions',
  name: 'Yandex Cloud Functions',
  role: 'function',
  deploys: {
    cli: [
      {
        command: String.raw`yc\s+serverless\s+function\s+version\s+create`,
        sourceOption: '--source-path',
        runtimeOption: '--runtime',
        nameOption: '--function-name',
      },
    ],
  },
};

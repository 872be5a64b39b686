import type { ServerRecord } from './types.js';

/**
 * Yandex Cloud Functions deployed with the `yc` CLI: `yc serverless function version create
 * --runtime python312 --entrypoint main.handler --source-path ./bot` uploads a folder (or an
 * archive the script zips from one) as a version of the function. The `yandex-cloud-deploy-fn`
 * tool (`npx deploy-fn`, kept among the devDependencies as its docs install it) deploys the package
 * it is installed in, as the `deploy.config.js` beside it names (files, handler, Node.js runtime).
 */
export const yandexCloudFunctions: ServerRecord = {
  id: 'yandex-cloud-functions',
  name: 'Yandex Cloud Functions',
  role: 'function',
  node: {
    packages: ['yandex-cloud-deploy-fn'],
    // a devDependency by design: the deploy tool of the package itself, not something its code runs
    bundled: true,
  },
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

import type { ServerRecord } from './types.js';

/**
 * Claudia.js: deploys a Node.js package as one AWS Lambda function (`claudia create --region ...
 * --api-module api`, then `claudia update`, usually in package.json scripts). Its API builder
 * (`new ApiBuilder()`, `api.get(...)`, `module.exports = api`) routes API Gateway requests inside
 * that one function; its bot builder does the same for chat platforms' webhooks. The `claudia`
 * package is the deploy CLI, no evidence by itself. `claudia create` writes the deployed function
 * down in `claudia.json` beside the package (`lambda.name`, `lambda.region`), which is kept for
 * `claudia update`: a plain handler (`--handler main.handler`) is known by that file.
 */
export const claudia: ServerRecord = {
  id: 'claudia',
  name: 'Claudia.js',
  role: 'function',
  deploys: {
    functionList: {
      files: ['claudia.json'],
      entries: [['lambda']],
      requires: ['name'],
      folder: [{ literal: '.' }],
      runtime: [['runtime']],
      // Claudia deploys Node.js packages only
      backend: 'node',
    },
  },
  node: {
    packages: ['claudia-api-builder', 'claudia-bot-builder'],
    commands: [String.raw`claudia\s+(?:create|update)`],
  },
};

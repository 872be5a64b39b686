import { JS_FILE, PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/**
 * Azure Functions: the v4 Node.js model (`app.http(...)`), the Python v2 model (`func.FunctionApp`),
 * and the v1-v3 layout, a function app folder holding `host.json` with one folder per function
 * holding its `function.json` (its trigger binding, its `scriptFile`).
 */
export const azureFunctions: ServerRecord = {
  id: 'azure-functions',
  name: 'Azure Functions',
  role: 'function',
  deploys: { appFile: 'host.json', functionFile: 'function.json' },
  node: {
    packages: ['@azure/functions'],
    code: [
      {
        id: 'node-azure-function',
        kind: 'server-start',
        keyword: 'app.http(',
        pattern: /\bapp\.http\s*\(\s*['"]/,
        detail: 'registers an Azure Function',
        whenImports: ['@azure/functions'],
        files: JS_FILE,
      },
    ],
  },
  python: {
    packages: ['azure-functions'],
    // `import azure.functions as func`: the module is azure's, shared with every Azure SDK
    imports: [],
    code: [
      {
        id: 'py-azure-function-app',
        kind: 'server-start',
        keyword: 'FunctionApp(',
        pattern: /\b(?:func\.)?FunctionApp\s*\(/,
        detail: 'creates an Azure Functions app',
        whenImports: ['azure'],
        files: PY_FILE,
      },
    ],
  },
};

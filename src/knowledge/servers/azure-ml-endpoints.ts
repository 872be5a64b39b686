import type { ServerRecord } from './types.js';

/**
 * Azure Machine Learning online endpoints: a deployment serves a scoring script's `init()`/`run()`
 * from its code folder on a managed, platform-run HTTP endpoint, so that folder is a function of the
 * platform. The CLI's deployment YAML (any name) names it as `code_configuration.code` beside a
 * `scoring_script` (early files list `deployments` with `code.local_path`); the Python SDK as
 * `CodeConfiguration(code=...)` (v2) or `InferenceConfig(source_directory=...)` (v1). Scoring
 * scripts are Python.
 */
export const azureMlEndpoints: ServerRecord = {
  id: 'azure-ml-endpoints',
  name: 'Azure ML online endpoints',
  role: 'function',
  python: {
    constructs: [
      { call: 'CodeConfiguration', option: 'entry', entryOption: 'code', entry: 'folder', backend: 'python' },
      { call: 'InferenceConfig', option: 'entry', entryOption: 'source_directory', entry: 'folder', backend: 'python' },
    ],
  },
  deploys: {
    stackImports: { node: [], python: ['azure', 'azureml'] },
    pathsFromFile: true,
    constructArguments: 'keywords',
    functionList: {
      marker: 'code_configuration',
      entries: [[], ['deployments', '*']],
      requires: ['code_configuration.scoring_script'],
      folder: [{ keys: ['code_configuration.code', 'code_configuration.code.local_path'] }],
      runtime: [],
      backend: 'python',
    },
  },
};

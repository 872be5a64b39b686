import type { ServerRecord } from './types.js';

/**
 * Amazon SageMaker real-time endpoints deployed with its Python SDK: a framework model
 * (`PyTorchModel(entry_point='inference.py', source_dir='code', ...)`, then `.deploy(...)`) runs its
 * `source_dir`'s handlers (`model_fn`, `predict_fn`) behind a platform-run HTTP endpoint, so that
 * folder is a function of the platform, read from the deploy script's folder. A model naming no
 * `source_dir` uploads its entry file alone, from wherever the script is run: left out.
 */
export const sagemaker: ServerRecord = {
  id: 'sagemaker',
  name: 'Amazon SageMaker endpoints',
  role: 'function',
  python: {
    // the generic `sagemaker.model.Model` is left out: `Model(` is a keyword scan would meet on every Keras line
    constructs: [
      'PyTorchModel',
      'TensorFlowModel',
      'SKLearnModel',
      'XGBoostModel',
      'MXNetModel',
      'HuggingFaceModel',
    ].map((call) => ({
      call,
      option: 'entry' as const,
      entryOption: 'source_dir',
      entry: 'folder' as const,
      backend: 'python' as const,
    })),
  },
  deploys: {
    stackImports: { node: [], python: ['sagemaker'] },
    pathsFromFile: true,
    constructArguments: 'keywords',
  },
};

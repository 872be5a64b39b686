import { PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/**
 * Gradio: a Python UI for a model or a function, served by `demo.launch()` on a `gr.Interface` or
 * `gr.Blocks` (or by the `gradio app.py` reloader). Like Streamlit, a local UI: what a person launches
 * on their own machine is their tool; a Dockerfile, compose file, Procfile or platform file running it
 * deploys it.
 */
export const gradio: ServerRecord = {
  id: 'gradio',
  name: 'Gradio',
  role: 'http',
  localUi: true,
  python: {
    packages: ['gradio'],
    commands: [String.raw`gradio\s+[\w./-]+\.py`],
    code: [
      {
        id: 'py-gradio-launch',
        kind: 'start',
        keyword: '.launch(',
        pattern: /\.launch\s*\(/,
        detail: 'launches a Gradio app',
        whenImports: ['gradio'],
        files: PY_FILE,
      },
    ],
  },
};

import type { ServerRecord } from './types.js';

/**
 * Voilà: serves Jupyter notebooks as web apps (`voila report.ipynb --port=8866 --no-browser`), each
 * visitor getting a kernel running the notebook. A local UI unless a deployment file runs it.
 */
export const voila: ServerRecord = {
  id: 'voila',
  name: 'Voila',
  role: 'http',
  localUi: true,
  python: {
    packages: ['voila'],
    // its first word is a notebook, a folder of them or an option
    commands: [String.raw`voila\s+(?:[\w./-]+\.ipynb|--[\w.-]+|[\w./-]+/)`],
  },
};

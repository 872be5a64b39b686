import type { ServerRecord } from './types.js';

/**
 * Solara: React-style web apps in Python, served by `solara run app.py` (Starlette underneath). A
 * local UI unless a deployment file runs it, as Streamlit's.
 */
export const solara: ServerRecord = {
  id: 'solara',
  name: 'Solara',
  role: 'http',
  localUi: true,
  python: {
    packages: ['solara'],
    commands: [String.raw`solara\s+run`],
  },
};

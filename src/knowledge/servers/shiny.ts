import type { ServerRecord } from './types.js';

/**
 * Shiny for Python: reactive web apps served by `shiny run app.py` (an ASGI app under uvicorn). A
 * local UI unless a deployment file runs it, as Streamlit's.
 */
export const shiny: ServerRecord = {
  id: 'shiny',
  name: 'Shiny',
  role: 'http',
  localUi: true,
  python: {
    packages: ['shiny'],
    commands: [String.raw`shiny\s+run`],
  },
};

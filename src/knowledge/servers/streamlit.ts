import type { ServerRecord } from './types.js';

/**
 * Streamlit: a Python script served as a web UI by `streamlit run app.py`. What a person runs on
 * their own machine to look at data or a model is their tool; a Dockerfile, compose file, Procfile
 * or platform file running it deploys it, and then it serves requests like any app.
 */
export const streamlit: ServerRecord = {
  id: 'streamlit',
  name: 'Streamlit',
  role: 'http',
  localUi: true,
  python: {
    packages: ['streamlit'],
    commands: [String.raw`streamlit\s+run`],
  },
};

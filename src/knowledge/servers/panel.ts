import type { ServerRecord } from './types.js';

/**
 * HoloViz Panel: dashboards and data apps served by the Bokeh server under `panel serve app.py`
 * (`--address 0.0.0.0 --port ... --allow-websocket-origin` where deployed). Like Streamlit, a local
 * UI: what a person serves on their own machine is their tool; a Dockerfile, compose file, Procfile
 * or platform file running it deploys it.
 */
export const panel: ServerRecord = {
  id: 'panel',
  name: 'Panel',
  role: 'http',
  localUi: true,
  python: {
    packages: ['panel'],
    commands: [String.raw`panel\s+serve`],
  },
};

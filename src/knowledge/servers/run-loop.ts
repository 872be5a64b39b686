import { JS_FILE, PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/**
 * A process kept alive by its own loop (a collector polling an API every minute, a `while True`
 * that scrapes and sleeps, a feed producing messages for the system's consumers): a worker, but
 * only where a deployment file runs the file. Scripts run by hand loop as often, so the loop is
 * never evidence by itself (see CodePattern's `deployedOnly`); a producer a deployment keeps
 * running is a worker like its consumers (the bench README's call), and one nothing deploys stays
 * a script. The loop is read at the file's top or one block down (`if __name__ == "__main__":`,
 * `def main():`). A loop the file breaks out of is no worker's: it waits for something (a broker,
 * a database) before the real work.
 */
const WAITS = { keywords: ['break'], pattern: /^[ \t]*break\b/m };

export const runLoop: ServerRecord = {
  id: 'run-loop',
  name: 'long-running loop',
  role: 'worker',
  python: {
    code: [
      {
        id: 'py-run-loop',
        kind: 'server',
        keyword: 'while',
        pattern: /^\s{0,4}while\s+(?:True|1)\s*:/,
        detail: 'loops until stopped',
        deployedOnly: true,
        unlessFileHas: WAITS,
        files: PY_FILE,
      },
      {
        // an event loop run until stopped: GLib's main loop of a D-Bus service (`GLib.MainLoop().run()`,
        // `loop = GLib.MainLoop()` then `loop.run()`), asyncio's `loop.run_forever()`; the process waits for events
        id: 'py-event-loop',
        kind: 'server',
        keyword: 'run',
        pattern: /\bMainLoop\s*\(\s*\)\.run\s*\(\s*\)|\b(?:main_?)?loop\.run\s*\(\s*\)|\.run_forever\s*\(\s*\)/i,
        detail: 'runs an event loop until stopped',
        deployedOnly: true,
        files: PY_FILE,
      },
    ],
  },
  node: {
    code: [
      {
        id: 'node-run-loop',
        kind: 'server',
        keyword: 'setInterval',
        pattern: /^\s{0,4}setInterval\s*\(/,
        detail: 'runs a task on an interval until stopped',
        deployedOnly: true,
        files: JS_FILE,
      },
      {
        id: 'node-run-loop-while',
        kind: 'server',
        keyword: 'while',
        pattern: /^\s{0,4}while\s*\(\s*true\s*\)/,
        detail: 'loops until stopped',
        deployedOnly: true,
        unlessFileHas: WAITS,
        files: JS_FILE,
      },
    ],
  },
};

import { JS_FILE, PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/**
 * A process kept alive by its own loop (a collector polling an API every minute, a `while True`
 * that scrapes and sleeps): a worker, but only where a deployment file runs the file. Scripts run
 * by hand loop as often, so the loop is never evidence by itself (see CodePattern's `deployedOnly`).
 * The loop is read at the file's top or one block down (`if __name__ == "__main__":`, `def main():`).
 * Two loops are no worker's: one the file breaks out of waits for something (a broker, a database)
 * before the real work; one in a file that makes a broker's producer or publishes feeds messages to
 * the system's consumers (a ticker simulator, a sample data feed), and serves none itself.
 */
const PRODUCES = String.raw`\b\w*Producer\s*\(|\.producer\s*\(|\.(?:basic_)?publish\s*\(`;
const PRODUCER_WORDS = ['Producer', 'producer(', 'publish'];
const FEEDS = { keywords: PRODUCER_WORDS, pattern: new RegExp(PRODUCES) };
const WAITS_OR_FEEDS = {
  keywords: ['break', ...PRODUCER_WORDS],
  pattern: new RegExp(`^[ \\t]*break\\b|${PRODUCES}`, 'm'),
};

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
        unlessFileHas: WAITS_OR_FEEDS,
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
        unlessFileHas: FEEDS,
        files: JS_FILE,
      },
      {
        id: 'node-run-loop-while',
        kind: 'server',
        keyword: 'while',
        pattern: /^\s{0,4}while\s*\(\s*true\s*\)/,
        detail: 'loops until stopped',
        deployedOnly: true,
        unlessFileHas: WAITS_OR_FEEDS,
        files: JS_FILE,
      },
    ],
  },
};

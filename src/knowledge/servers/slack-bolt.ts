import { JS_FILE, PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

const NODE_BOLT = ['@slack/bolt'];
const PY_BOLT = ['slack_bolt'];

/** A file that connects its Bolt app over Socket Mode: the app in it takes no requests. */
const NODE_SOCKET_MODE = /\bsocketMode\s*:\s*true\b|\bnew\s+SocketModeReceiver\s*\(/;
/** ... and the words that find such a file's lines, for a line that counts only in a file without it. */
const NODE_SOCKET_MODE_FILE = { keywords: ['socketMode', 'SocketModeReceiver('], pattern: NODE_SOCKET_MODE };
const PY_SOCKET_MODE = /\b(?:Async)?SocketModeHandler\s*\(/;

/**
 * Slack's Bolt framework. Its transport is chosen in code: over HTTP (the default receiver, an
 * `ExpressReceiver`, `app.start(port)`) Slack posts events and commands to the app, which serves
 * requests; in Socket Mode (`socketMode: true`, a `SocketModeHandler`) the app opens a websocket to
 * Slack and answers the events it receives there, listening on no port: a worker. So its package
 * alone says neither, and each line names the transport it boots. A Bolt app mounted into another
 * framework's app (Flask's, FastAPI's adapter) is that app's handler: the host serves.
 */
export const slackBolt: ServerRecord = {
  id: 'slack-bolt',
  name: 'Slack Bolt',
  role: 'http',
  node: {
    code: [
      {
        id: 'node-bolt-http-receiver',
        kind: 'server',
        keyword: 'Receiver(',
        pattern: /\bnew\s+(?:\w+\.)?(?:ExpressReceiver|HTTPReceiver)\s*\(/,
        detail: 'receives Slack events over HTTP (Bolt)',
        whenImports: NODE_BOLT,
        files: JS_FILE,
      },
      {
        id: 'node-bolt-app',
        kind: 'server',
        keyword: 'App(',
        pattern: /\bnew\s+(?:\w+\.)?App\s*\(/,
        detail: 'a Slack app receiving events over HTTP (Bolt)',
        whenImports: NODE_BOLT,
        unlessFileHas: NODE_SOCKET_MODE_FILE,
        files: JS_FILE,
      },
      {
        id: 'node-bolt-start',
        kind: 'start',
        keyword: '.start(',
        pattern: /\b(?:app|bolt|slackApp|bot)\.start\s*\(/,
        detail: 'starts the Slack app (Bolt)',
        whenImports: NODE_BOLT,
        // over Socket Mode the start connects a worker: like a chat bot's login, it needs a run of its own
        unlessFileHas: NODE_SOCKET_MODE_FILE,
        files: JS_FILE,
      },
      {
        id: 'node-bolt-socket-mode',
        serves: 'worker',
        kind: 'server',
        keyword: 'ocketMode',
        pattern: NODE_SOCKET_MODE,
        detail: 'connects a Slack app over Socket Mode (Bolt)',
        whenImports: NODE_BOLT,
        files: JS_FILE,
      },
    ],
  },
  python: {
    code: [
      {
        id: 'py-bolt-app',
        kind: 'server',
        keyword: 'App(',
        pattern: /(?<![\w.])(?:Async)?App\s*\(/,
        detail: 'a Slack app receiving events over HTTP (Bolt)',
        whenImports: PY_BOLT,
        unlessFileHas: { keywords: ['SocketModeHandler('], pattern: PY_SOCKET_MODE },
        files: PY_FILE,
      },
      {
        id: 'py-bolt-start',
        kind: 'server-start',
        keyword: '.start(',
        pattern: /\.start\s*\(\s*(?:port\s*=|\d)/,
        detail: "starts the Slack app's HTTP server (Bolt)",
        whenImports: PY_BOLT,
        files: PY_FILE,
      },
      {
        id: 'py-bolt-socket-mode',
        serves: 'worker',
        kind: 'server',
        keyword: 'SocketModeHandler(',
        pattern: PY_SOCKET_MODE,
        detail: 'connects a Slack app over Socket Mode (Bolt)',
        whenImports: PY_BOLT,
        files: PY_FILE,
      },
    ],
  },
};

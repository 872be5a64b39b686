import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

const BOTKIT = ['botkit'];

/**
 * Botkit, a chat-bot framework. Its Slack bots choose their transport in code: a bot spawned and
 * connected over Slack's Real Time Messaging API (`controller.spawn({ token }).startRTM()`) holds a
 * websocket to Slack and answers the messages it receives there, listening on no port: a worker.
 * Its own web server (`controller.setupWebserver(port, ...)`) takes Slack's webhooks, slash commands
 * and OAuth redirects: it serves requests. The package alone says neither.
 */
export const botkit: ServerRecord = {
  id: 'botkit',
  name: 'Botkit',
  role: 'http',
  node: {
    code: [
      {
        id: 'node-botkit-rtm',
        serves: 'worker',
        kind: 'server',
        keyword: 'startRTM',
        pattern: /\.startRTM\s*\(/,
        detail: 'connects a Slack bot over the Real Time Messaging API (Botkit)',
        whenImports: BOTKIT,
        files: JS_FILE,
      },
      {
        id: 'node-botkit-webserver',
        kind: 'server-start',
        keyword: 'Webserver(',
        pattern: /\.setup(?:Secure)?Webserver\s*\(/,
        detail: "serves the bot's webhooks (Botkit)",
        whenImports: BOTKIT,
        files: JS_FILE,
      },
    ],
  },
};

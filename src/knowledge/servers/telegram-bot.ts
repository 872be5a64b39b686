import { JS_FILE, PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/**
 * Telegram bots. Polling for chat messages (`run_polling`, Telegraf's plain `launch()`) is a
 * process that serves messages, a worker: its polling lines serve `worker`.
 * A webhook (`run_webhook(listen=..., port=...)`, `launch({ webhook: ... })`) makes the bot an
 * HTTP server Telegram posts updates to: it serves requests. The libraries also just send
 * messages, so neither the packages nor a send is evidence of either.
 */
export const telegramBot: ServerRecord = {
  id: 'telegram-bot',
  name: 'Telegram bot',
  role: 'http',
  python: {
    code: [
      {
        id: 'py-telegram-webhook',
        kind: 'server-start',
        keyword: '_webhook(',
        pattern: /\.(?:run|start)_webhook\s*\(/,
        detail: 'serves Telegram updates on a webhook',
        whenImports: ['telegram'],
        files: PY_FILE,
      },
      {
        id: 'py-telebot-polling',
        serves: 'worker',
        kind: 'server',
        keyword: 'polling(',
        pattern: /\.(?:infinity_)?polling\s*\(/,
        detail: 'polls Telegram for messages (pyTelegramBotAPI)',
        whenImports: ['telebot'],
        files: PY_FILE,
      },
      {
        id: 'py-telegram-polling',
        serves: 'worker',
        kind: 'server',
        keyword: '_polling(',
        pattern: /\.(?:run|start)_polling\s*\(/,
        detail: 'polls Telegram for messages',
        whenImports: ['telegram', 'aiogram'],
        files: PY_FILE,
      },
      {
        // MTProto clients hold their own connection to Telegram: a bot or account answering its updates
        id: 'py-pyrogram-run',
        serves: 'worker',
        kind: 'server',
        keyword: 'run(',
        pattern: /(?:\b\w+|\))\.run\s*\(\s*\)/,
        detail: 'connects a Telegram client and answers its updates (Pyrogram)',
        whenImports: ['pyrogram'],
        files: PY_FILE,
      },
      {
        // `app.start()` then Pyrogram's `idle()`: the client stays connected
        id: 'py-pyrogram-idle',
        serves: 'worker',
        kind: 'server',
        keyword: 'idle(',
        pattern: /(?<![\w.])(?:await\s+)?idle\s*\(\s*\)/,
        detail: 'connects a Telegram client and answers its updates (Pyrogram)',
        whenImports: ['pyrogram'],
        files: PY_FILE,
      },
      {
        id: 'py-telethon-run',
        serves: 'worker',
        kind: 'server',
        keyword: 'run_until_disconnected(',
        pattern: /\.run_until_disconnected\s*\(/,
        detail: 'connects a Telegram client and answers its updates (Telethon)',
        whenImports: ['telethon'],
        files: PY_FILE,
      },
    ],
  },
  node: {
    code: [
      {
        // the options are usually lines below the call: the webhook's own option names it
        id: 'node-telegraf-webhook',
        kind: 'server-start',
        keyword: 'webhook',
        pattern: /\blaunch\s*\(\s*\{\s*webhook\s*:|^\s*webhook\s*:\s*\{|\.startWebhook\s*\(/,
        detail: 'serves Telegram updates on a webhook (Telegraf)',
        whenImports: ['telegraf'],
        whenFileHas: /\.(?:launch|startWebhook)\s*\(/,
        files: JS_FILE,
      },
      {
        id: 'node-telegram-bot-api-webhook',
        kind: 'server-start',
        keyword: 'webHook',
        pattern: /\bwebHook\s*:\s*\{/,
        detail: 'serves Telegram updates on a webhook (node-telegram-bot-api)',
        whenImports: ['node-telegram-bot-api'],
        files: JS_FILE,
      },
      {
        id: 'node-telegraf-launch',
        serves: 'worker',
        kind: 'server',
        keyword: '.launch(',
        pattern: /\.launch\s*\(/,
        detail: 'polls Telegram for messages (Telegraf)',
        whenImports: ['telegraf'],
        // a launch with a webhook option serves updates, it does not poll
        unlessFileHas: { keywords: ['webhook'], pattern: /\blaunch\s*\(\s*\{\s*webhook\s*:|^\s*webhook\s*:\s*\{/ },
        files: JS_FILE,
      },
      {
        id: 'node-grammy-start',
        serves: 'worker',
        kind: 'server',
        keyword: '.start(',
        pattern: /\bbot\.start\s*\(/,
        detail: 'polls Telegram for messages (grammY)',
        whenImports: ['grammy'],
        files: JS_FILE,
      },
      {
        id: 'node-telegram-bot-api-polling',
        serves: 'worker',
        kind: 'server',
        keyword: 'polling',
        pattern: /\bnew\s+TelegramBot\s*\([^)]*\bpolling\s*:\s*(?:true|\{)/,
        detail: 'polls Telegram for messages (node-telegram-bot-api)',
        whenImports: ['node-telegram-bot-api'],
        files: JS_FILE,
      },
    ],
  },
};

import { JS_FILE, PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/**
 * Telegram bots that poll for chat messages: a process that serves messages, not requests.
 * The libraries also just send messages, so only the polling loop is a worker's evidence.
 */
export const telegramBot: ServerRecord = {
  id: 'telegram-bot',
  name: 'Telegram bot',
  role: 'worker',
  python: {
    code: [
      {
        id: 'py-telebot-polling',
        kind: 'server',
        keyword: 'polling(',
        pattern: /\.(?:infinity_)?polling\s*\(/,
        detail: 'polls Telegram for messages (pyTelegramBotAPI)',
        whenImports: ['telebot'],
        files: PY_FILE,
      },
      {
        id: 'py-telegram-polling',
        kind: 'server',
        keyword: '_polling(',
        pattern: /\.(?:run|start)_polling\s*\(/,
        detail: 'polls Telegram for messages',
        whenImports: ['telegram', 'aiogram'],
        files: PY_FILE,
      },
    ],
  },
  node: {
    code: [
      {
        id: 'node-telegraf-launch',
        kind: 'server',
        keyword: '.launch(',
        pattern: /\.launch\s*\(/,
        detail: 'polls Telegram for messages (Telegraf)',
        whenImports: ['telegraf'],
        files: JS_FILE,
      },
      {
        id: 'node-grammy-start',
        kind: 'server',
        keyword: '.start(',
        pattern: /\bbot\.start\s*\(/,
        detail: 'polls Telegram for messages (grammY)',
        whenImports: ['grammy'],
        files: JS_FILE,
      },
      {
        id: 'node-telegram-bot-api-polling',
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

import { JS_FILE, PY_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

/** Discord bots hold a gateway connection and answer its events: a process that serves messages. */
export const discordBot: ServerRecord = {
  id: 'discord-bot',
  name: 'Discord bot',
  role: 'worker',
  python: {
    code: [
      ...(['run', 'start'] as const).map((call) => ({
        id: `py-discord-${call}`,
        kind: 'server' as const,
        keyword: `.${call}(`,
        pattern: new RegExp(String.raw`\b(?:bot|client)\.${call}\s*\(`),
        detail: 'connects a Discord bot (discord.py)',
        whenImports: ['discord'],
        files: PY_FILE,
      })),
      {
        // the app's own subclass of commands.Bot or discord.Client, made and run at once
        id: 'py-discord-subclass-run',
        kind: 'server',
        keyword: ').run(',
        pattern: /\b[A-Z]\w*\([^()]*\)\.run\s*\(/,
        detail: 'connects a Discord bot (discord.py)',
        whenImports: ['discord'],
        files: PY_FILE,
      },
    ],
  },
  node: {
    code: [
      {
        id: 'node-discord-login',
        kind: 'server',
        keyword: '.login(',
        pattern: /\.login\s*\(/,
        detail: 'connects a Discord bot (discord.js)',
        whenImports: ['discord.js'],
        files: JS_FILE,
      },
    ],
  },
};

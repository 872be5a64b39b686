import { JS_FILE } from '../code-files.js';
import type { ServerRecord } from './types.js';

export const smtpServer: ServerRecord = {
  id: 'smtp-server',
  name: 'smtp-server',
  role: 'http',
  node: {
    code: [
      {
        id: 'node-smtp-server',
        kind: 'server',
        keyword: 'SMTPServer',
        pattern: /\bnew\s+SMTPServer\s*\(/,
        detail: 'creates an SMTP server',
        files: JS_FILE,
      },
    ],
  },
};

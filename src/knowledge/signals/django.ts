import type { SignalRecord } from './types.js';

/** Raised by the profile for a Django service: the guide's example of built-in security. */
export const django: SignalRecord = {
  id: 'django',
  summary: 'a Django service: CSRF, XSS, SQL-injection and clickjacking protection built in',
  packages: [],
  files: [],
  effects: [
    {
      criterion: 'security',
      favours: 'python',
      points: 15,
      guide: 'L24b',
      why: 'out-of-the-box security features in frameworks like Django',
    },
  ],
};

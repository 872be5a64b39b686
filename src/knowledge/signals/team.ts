import type { SignalRecord } from './types.js';

/**
 * Raised by the profile from the share of JavaScript/TypeScript and Python bytes. Team skills
 * are one of the three things the guide's closing question names (L27), not the project itself:
 * a full team share weighs less than a full real-time or ML signal.
 */
export const teamJs: SignalRecord = {
  id: 'team-js',
  summary: 'share of the code written in JavaScript/TypeScript',
  packages: [],
  files: [],
  effects: [
    {
      criterion: 'team-skills',
      favours: 'node',
      points: 30,
      guide: 'L19',
      why: 'Node.js is great for teams already well-versed in JavaScript',
    },
  ],
};

export const teamPython: SignalRecord = {
  id: 'team-python',
  summary: 'share of the code written in Python',
  packages: [],
  files: [],
  effects: [
    {
      criterion: 'team-skills',
      favours: 'python',
      points: 30,
      guide: 'L18',
      why: 'a team writing Python keeps its productivity',
    },
  ],
};

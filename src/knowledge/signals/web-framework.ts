import type { SignalRecord } from './types.js';

/** Raised by the profile for a service's server framework (strength 1, its backend). */
export const webFramework: SignalRecord = {
  id: 'web-framework',
  summary: 'the server framework in use',
  packages: [],
  files: [],
  // The guide does not weigh a switch's cost; a small nudge keeps "either" ties on the stack in use.
  effects: [
    {
      criterion: 'team-skills',
      favours: 'own',
      points: 5,
      guide: 'own reading',
      why: 'the team already ships with this framework',
    },
  ],
};

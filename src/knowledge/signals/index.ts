import { concurrency } from './concurrency.js';
import { cpu } from './cpu.js';
import { data } from './data.js';
import { django } from './django.js';
import { frontend } from './frontend.js';
import { llm } from './llm.js';
import { ml } from './ml.js';
import { queue } from './queue.js';
import { realtime } from './realtime.js';
import { scaleOut } from './scale-out.js';
import { security } from './security.js';
import { streaming } from './streaming.js';
import { teamJs, teamPython } from './team.js';
import type { SignalId, SignalRecord } from './types.js';
import { webFramework } from './web-framework.js';

export type * from './types.js';
export * from './constants.js';

/** One record per signal; the compiler checks that every SignalId has one. */
export const SIGNALS: Readonly<Record<SignalId, SignalRecord>> = {
  realtime,
  concurrency,
  streaming,
  ml,
  llm,
  data,
  cpu,
  queue,
  'scale-out': scaleOut,
  security,
  django,
  frontend,
  'team-js': teamJs,
  'team-python': teamPython,
  'web-framework': webFramework,
};

export const SIGNAL_IDS = Object.keys(SIGNALS) as SignalId[];

import type { Backend } from '../model/common.js';
import type { CriterionId } from '../model/profile.js';

/**
 * How each signal moves each of the article's criteria. Every criterion starts at 50 for both
 * backends; an effect adds `points × strength` to the backend it favours (`own`: the ecosystem
 * that raised the signal, e.g. a Celery queue helps Python). Each row cites the article's
 * criterion it follows, in its own words where the article gives a direction.
 */
export interface Effect {
  signal: string;
  criterion: CriterionId;
  favours: Backend | 'own';
  points: number;
  article: string;
}

export const EFFECTS: readonly Effect[] = [
  {
    signal: 'realtime',
    criterion: 'performance',
    favours: 'node',
    points: 25,
    article: 'performance: real-time interactions and many simultaneous users favour Node.js',
  },
  {
    signal: 'realtime',
    criterion: 'scalability',
    favours: 'node',
    points: 25,
    article: 'scalability: Node.js is easier to scale for real-time features',
  },
  {
    signal: 'realtime',
    criterion: 'use-case',
    favours: 'node',
    points: 40,
    article: 'use case: choose Node.js for dynamic, real-time applications',
  },
  {
    signal: 'realtime',
    criterion: 'ecosystem',
    favours: 'node',
    points: 20,
    article: 'ecosystem: Node.js leads in web and real-time development',
  },
  {
    signal: 'concurrency',
    criterion: 'performance',
    favours: 'node',
    points: 10,
    article: 'performance: the non-blocking, event-driven model handles many requests',
  },
  {
    signal: 'concurrency',
    criterion: 'scalability',
    favours: 'node',
    points: 10,
    article: 'scalability: Node.js handles multiple requests efficiently',
  },
  {
    signal: 'streaming',
    criterion: 'performance',
    favours: 'node',
    points: 10,
    article: 'performance: high throughput favours Node.js',
  },
  {
    signal: 'streaming',
    criterion: 'use-case',
    favours: 'node',
    points: 10,
    article: 'use case: dynamic, data-in-motion applications favour Node.js',
  },
  {
    signal: 'ml',
    criterion: 'use-case',
    favours: 'python',
    points: 40,
    article: 'use case: choose Python for AI and ML',
  },
  { signal: 'ml', criterion: 'ecosystem', favours: 'python', points: 30, article: 'ecosystem: Python leads in AI' },
  {
    signal: 'ml',
    criterion: 'performance',
    favours: 'python',
    points: 10,
    article: "performance: heavy computation runs in Python's native ML libraries",
  },
  {
    signal: 'llm',
    criterion: 'use-case',
    favours: 'python',
    points: 12,
    article: 'use case: AI features lean to Python, less so when they only call hosted models',
  },
  {
    signal: 'llm',
    criterion: 'ecosystem',
    favours: 'python',
    points: 8,
    article: 'ecosystem: Python leads in AI libraries',
  },
  {
    signal: 'data',
    criterion: 'use-case',
    favours: 'python',
    points: 30,
    article: 'use case: choose Python for data-centred applications',
  },
  {
    signal: 'data',
    criterion: 'ecosystem',
    favours: 'python',
    points: 20,
    article: 'ecosystem: Python leads in data science',
  },
  {
    signal: 'data',
    criterion: 'performance',
    favours: 'python',
    points: 8,
    article: 'performance: vectorised data work runs in native code',
  },
  {
    signal: 'cpu',
    criterion: 'performance',
    favours: 'python',
    points: 8,
    article: "performance: the event loop's edge is for I/O, not CPU-bound work",
  },
  {
    signal: 'queue',
    criterion: 'scalability',
    favours: 'own',
    points: 8,
    article: 'scalability: Python scales with extra infrastructure such as worker queues',
  },
  {
    signal: 'scale-out',
    criterion: 'scalability',
    favours: 'node',
    points: 10,
    article: 'scalability: Node.js is easier to scale for high-traffic applications',
  },
  {
    signal: 'security',
    criterion: 'security',
    favours: 'own',
    points: 12,
    article: 'security: both are secure when used correctly (dependency pinning, middleware, validation)',
  },
  {
    signal: 'django',
    criterion: 'security',
    favours: 'python',
    points: 15,
    article: 'security: Python offers more out-of-the-box security in frameworks like Django',
  },
  {
    signal: 'frontend',
    criterion: 'team-skills',
    favours: 'node',
    points: 15,
    article: 'team skills: developers familiar with JavaScript adapt quickly to Node.js',
  },
  {
    signal: 'frontend',
    criterion: 'ecosystem',
    favours: 'node',
    points: 5,
    article: 'ecosystem: Node.js leads in web development',
  },
  {
    signal: 'team-js',
    criterion: 'team-skills',
    favours: 'node',
    points: 30,
    article: 'team skills: Node.js is great for teams already well-versed in JavaScript',
  },
  {
    signal: 'team-python',
    criterion: 'team-skills',
    favours: 'python',
    points: 30,
    article: 'team skills: a team writing Python keeps its productivity',
  },
  {
    signal: 'web-framework',
    criterion: 'ecosystem',
    favours: 'own',
    points: 10,
    article: 'ecosystem: the framework in use and its libraries are an investment',
  },
  {
    signal: 'web-framework',
    criterion: 'team-skills',
    favours: 'own',
    points: 10,
    article: 'team skills: development speed with the framework the team already uses',
  },
];

/** The article's own leanings, before any signal. */
export const BASELINES: readonly { criterion: CriterionId; favours: Backend; points: number; article: string }[] = [
  {
    criterion: 'team-skills',
    favours: 'python',
    points: 5,
    article: 'team skills: Python wins for ease of learning and rapid development',
  },
];

/** Start of every criterion for both backends. */
export const NEUTRAL_SCORE = 50;

/** Whether a signal pulls towards `backend`: one of its effects favours it, directly or as the signal's own ecosystem. */
export function pullsTowards(signal: { id: string; ecosystem?: Backend }, backend: Backend): boolean {
  return EFFECTS.some(
    (e) => e.signal === signal.id && (e.favours === backend || (e.favours === 'own' && signal.ecosystem === backend)),
  );
}

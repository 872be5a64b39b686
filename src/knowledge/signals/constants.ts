/** A dev-only dependency says little about what the product does. */
export const DEV_DEPENDENCY_FACTOR = 0.3;

/** Strengths of the signals raised by files and deployment configs rather than by packages. */
export const FILE_SIGNALS = {
  /** Notebooks in a service's folder: exploratory work beside it, whatever their number. */
  notebookStrength: 0.5,
  /** Lockfiles pin dependencies: a security practice of the ecosystem they lock. */
  lockfileStrength: 0.3,
  /** Each Kubernetes manifest, serverless config, replica setting, autoscaler or multi-worker command; they combine. */
  scaleOutPerItem: 0.2,
} as const;

/** Commands are matched on their first this many characters (the patterns backtrack over `.*`). */
export const COMMAND_MAX_CHARS = 1000;

/**
 * How central a library's work is to a scope (backend-fit's own reading of the brief's "how
 * central the work is"): the share of the scope's runtime code (in the library's language) that
 * uses it, the lesser of its share of code files and of code bytes, so neither many tiny files
 * nor one large file makes the work central, and one more file moves it by at most one file's share. At `fullShare` the work is the service's: the signal reaches the
 * rule's ceiling; below it, strength falls in proportion. Code the service's entry point or a
 * process it starts uses directly is on every request's path: at least `entry`.
 */
export const CENTRALITY = {
  fullShare: 0.25,
  entry: 0.5,
} as const;

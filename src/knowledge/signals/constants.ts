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

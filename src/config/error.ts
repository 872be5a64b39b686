/**
 * A config file the run cannot use: missing when named, unreadable, not YAML, or not valid against the schema.
 * The message is one line naming the file and the key; the CLI prints it and exits 2, the action fails the step.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The flags a parser accepts, as node:util's parseArgs takes them. */
export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
import { didYouMean } from '../config/did-you-mean.js';

/** A mistake in how the CLI was called; exit code 2 with this one line. */
export class UsageError extends Error {}

/**
 * node:util's parseArgs with positionals, its refusal as a UsageError of one line: `prefix` names
 * the subcommand (`fleet-scan: `), `help` where to read more.
 */
export function parseOrThrow<T extends OptionsConfig>(argv: string[], options: T, help = '--help', prefix = '') {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true as const, options });
  } catch (error) {
    throw new UsageError(`${prefix}${explainParseError(error, argv, options, help)}`);
  }
  // `--output=` or `--output ""` is a slip (an unset shell variable), never a wish for no file
  for (const [name, value] of Object.entries(parsed.values as Record<string, unknown>)) {
    if (value === '' || (Array.isArray(value) && value.includes('')))
      throw new UsageError(`${prefix}--${name} needs a value (see ${help})`);
  }
  return parsed;
}

/**
 * One line for what node:util's parseArgs refused, naming the flag as the user typed it and the
 * closest option: its own messages are long, end in advice about `--`, and suggest nothing.
 */
export function explainParseError(
  error: unknown,
  argv: readonly string[],
  options: Readonly<Record<string, { type: string; short?: string }>>,
  /** Where the user reads more: `--help`, or `history --help` for a subcommand. */
  help = '--help',
): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const missing = message.match(/^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/);
  if (missing) return `${missing[1]} needs a value (see ${help})`;
  if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `${message.replace(/\.$/, '')} (see ${help})`;
  const typed = unknownFlag(argv, options) ?? message.match(/'([^']+)'/)?.[1] ?? '';
  const name = typed.replace(/^-+/, '');
  const long = Object.keys(options);
  const closest = typed.startsWith('--') || name.length > 1 ? didYouMean(name, long) : undefined;
  return `unknown option ${typed}${closest ? `; did you mean --${closest}?` : ''} (see ${help})`;
}

/** The first flag in argv that names no option (`--frmat=json` -> `--frmat`; `-x` in `-qx` -> `-x`). */
function unknownFlag(
  argv: readonly string[],
  options: Readonly<Record<string, { type: string; short?: string }>>,
): string | undefined {
  const shorts = new Set(Object.values(options).flatMap((o) => (o.short ? [o.short] : [])));
  for (const arg of argv) {
    if (arg === '--') return undefined;
    if (arg.startsWith('--')) {
      const name = arg.slice(2).split('=')[0]!;
      if (!(name in options)) return `--${name}`;
    } else if (arg.startsWith('-') && arg.length > 1) {
      const unknown = [...arg.slice(1)].find((letter) => !shorts.has(letter));
      if (unknown) return `-${unknown}`;
    }
  }
  return undefined;
}

/** `value` when it is one of `allowed`, else a UsageError naming the closest. */
export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const closest = didYouMean(value, allowed);
  throw new UsageError(
    `${flag} must be one of ${allowed.join(', ')} (got "${value}"${closest ? `; did you mean ${closest}?` : ''})`,
  );
}

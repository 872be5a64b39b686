/**
 * Commands that run once and exit: a schema migration, the tests, a linter, an admin task. A
 * compose service whose whole command is such steps (`alembic upgrade head`, `make test`,
 * `python manage.py migrate`, `npm run lint`) runs a task against the folder's image, not the
 * folder's backend: it is no entry (detect/one-off-commands). Test runners (`pytest`, `jest`) are
 * the test-runners record's and are read from there. Each entry matches one whole step.
 */
export const ONE_OFF_COMMANDS: readonly RegExp[] = [
  // schema migrations and seeds
  /^alembic\s+(?:upgrade|downgrade|stamp|revision|check)\b/,
  /^(?:python[\d.]*\s+(?:-\w+\s+)*)?(?:\S*\/)?(?:manage\.py|django-admin)\s+(?:migrate|makemigrations|collectstatic|compilemessages|createsuperuser|loaddata|dumpdata|flush|check|test|showmigrations|createcachetable)\b/,
  /^flask\s+db\s+(?:upgrade|downgrade|migrate|init|stamp)\b/,
  /^(?:(?:npx|pnpm\s+(?:exec|dlx)|yarn|bunx)\s+)?prisma\s+(?:migrate|generate|db\s+(?:push|seed|pull))\b/,
  /^(?:(?:npx|pnpm\s+(?:exec|dlx)|yarn|bunx)\s+)?(?:knex|sequelize|sequelize-cli|typeorm|typeorm-ts-node-commonjs|drizzle-kit|node-pg-migrate|db-migrate)\s+\S*(?:migrat|seed|push|generate|up\b)/,
  /^(?:aerich|yoyo|piccolo\s+migrations)\b/,
  // a Makefile's task targets
  /^make\s+(?:-\S+\s+)*(?:test|tests|lint|check|fmt|format|typecheck|mypy|migrate|migrations|coverage|clean|docs|install|seed|build)\s*$/,
  // linters, formatters and type checkers
  /^(?:(?:python[\d.]*\s+-m\s+)|(?:npx|yarn|pnpm\s+exec|bunx)\s+)?(?:ruff|flake8|black|isort|mypy|pylint|pyright|bandit|eslint|prettier|tsc|biome|stylelint)\b/,
];

/** Steps that only prepare a one-off (`cd /app`, `sleep 5`, `pip install -r ...`): neither a task nor a start. */
export const PREPARING_STEP =
  /^(?:cd|sleep|echo|set|export|true|wait-for-it(?:\.sh)?|\S*wait-for\S*|pip[\d.]*\s+install|(?:npm|pnpm|yarn|bun)\s+(?:ci|install|i)\b)(?:\s|$)/;

/**
 * package.json script names of tasks that run and exit (`lint`, `test:unit`, `db:migrate`): the
 * one-off part of NON_ENTRY_SCRIPT_NAME, without the tooling that keeps running (`preview`, `watch`,
 * `storybook`, `docs`, `mock`), which starts no backend but is no one-off either.
 */
export const ONE_OFF_SCRIPT_NAME =
  /(?:^|[:_-])(?:pre|post)?(?:test|tests|lint|build|format|typecheck|type-check|check|clean|gen|generate|codegen|migrate|migration|migrations|seed|coverage|e2e|cy|cypress|playwright)(?:$|[:_-])/i;

/**
 * A package manager running a script whose name says it is a task (`npm run lint`, `yarn test`), not
 * one whose name also says it starts something (`start:watch`, `dev:migrate`, `test:serve`).
 */
export function runsToolingScript(step: string): boolean {
  const script = /^(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+)?([\w:.-]+)\s*(?:--\s.*)?$/.exec(step)?.[1];
  if (!script || /^(?:ci|install|i|add|exec|dlx|x)$/.test(script)) return false;
  return (
    ONE_OFF_SCRIPT_NAME.test(script) &&
    !/(?:^|[:_-])(?:start|serve|server|dev|worker|run|watch|preview)(?:$|[:_-])/i.test(script)
  );
}

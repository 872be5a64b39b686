import type { NotServiceReason } from '../model/facts.js';
import { memoized } from '../memo.js';

/**
 * What a folder is for when it is not a deployed backend, by the name of one of its folders
 * (any segment of its root-relative path). The same folders hold code that runs no service:
 * it is never evidence for one (tests, fixtures, examples...).
 */
export const NON_RUNTIME_FOLDERS: Readonly<Record<Exclude<NotServiceReason, NonFolderReason>, readonly string[]>> = {
  tests: [
    'test',
    'tests',
    '__tests__',
    'spec',
    'specs',
    'e2e',
    'integration-tests',
    'integration_tests',
    // applications a library's integration tests run (an agent's instrumented Flask/Django apps in its compose file)
    'testapps',
    'test-apps',
    'test_apps',
    'testing',
    'cypress',
    'playwright',
    'load-tests',
    'loadtest',
  ],
  fixtures: ['fixtures', '__fixtures__', 'testdata', 'test-data', 'test_data', '__snapshots__'],
  // project_template and app_template: Django's names for what startproject and startapp copy
  examples: [
    'example',
    'examples',
    'sample',
    'samples',
    'starter',
    'starters',
    'templates',
    'cookbook',
    'project_template',
    'app_template',
  ],
  demo: ['demo', 'demos'],
  playground: ['playground', 'playgrounds', 'sandbox', 'sandboxes'],
  // www/ and website/ hold a project's public site: its pages, not its backend
  docs: ['docs', 'doc', 'documentation', 'docs-site', 'storybook', '.storybook', 'www', 'website'],
  benchmarks: ['benchmark', 'benchmarks', 'bench', 'perf'],
  // linters' rule folders, schema migrations and seed data are run by tools and people, not by the service
  scripts: [
    'scripts',
    'script',
    'tools',
    'tooling',
    'build',
    '.github',
    '.circleci',
    'hack',
    '.semgrep',
    'semgrep',
    'eslint-rules',
    'lint-rules',
    'migrations',
    'alembic',
    'seeds',
    'seeders',
  ],
  // `mock`, `mock-server`, `mock-api`: any folder with the word mock is one (TEST_DOUBLE_WORDS)
  mock: ['mocks', '__mocks__', 'stubs'],
};

/**
 * Folder roles a deployment file outside the folder outranks: an example, sample or demo that a
 * compose file, Procfile, platform file or image of the project runs is deployed, so it is a
 * service. Tests, fixtures, mocks, docs and tooling stay what they are even when something starts them.
 */
export const DEPLOYABLE_FOLDER_ROLES: ReadonlySet<NotServiceReason> = new Set(['examples', 'demo']);

/**
 * Folders of examples and demos whose own deployment file deploys them (detect/deployed-roles): an
 * example app with its Dockerfile is run as it is. Templates, starters, cookbooks and generator
 * placeholders (`{{cookiecutter.project_slug}}`) ship deployment files for their users' copies, which
 * run only once generated.
 */
export const SELF_DEPLOYING_FOLDERS: readonly string[] = ['example', 'examples', 'sample', 'samples', 'demo', 'demos'];

/**
 * Words that make a folder a package's example or demo wherever they are one word of its name
 * (`example/`, `example_app/`, `demo-server/`, `flask_sample/`): asked only of the folders inside a
 * published package, whose server started nowhere else is its demo (detect/demo-images). Anywhere
 * else such names are also real apps' (`demo-api` deployed for a sales team), so they make no role.
 */
export const DEMO_FOLDER_WORDS: readonly string[] = [...SELF_DEPLOYING_FOLDERS, 'playground', 'sandbox'];

/**
 * Where an SDK or library repository keeps the package it publishes: its root, or one folder of
 * `packages/` (`*` is one folder name). A folder elsewhere in such a repository named with a demo
 * word (`sample-app/`, `demo_bot/`, `sdk-examples/`) that uses the published package and that nothing
 * deploys is that package's example (detect/sdk-demos); elsewhere such names are also real apps'.
 */
export const PUBLISHED_LIBRARY_HOMES: readonly string[] = ['.', 'packages/*'];

/**
 * Words that make a published package a framework's adapter, as one word of its folder's or its
 * package's name (`packages/adapter-netlify`, `adapters/vercel`, `@acme/integration-express`): it
 * fits its users' apps to a platform (detect/adapter-packages), and the platform's packages it
 * depends on or the server entry template it holds run in their deployments, not in its own.
 */
export const ADAPTER_WORDS: readonly string[] = [
  'adapter',
  'adapters',
  'integration',
  'integrations',
  'preset',
  'presets',
];

/**
 * Extensions of a JavaScript tool's config file named for the tool (`sst.config.ts`,
 * `vite.config.mjs`): an example holding the config of the repository's own tool tries that tool.
 */
export const TOOL_CONFIG_EXTENSIONS: readonly string[] = ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'];

/**
 * Folders of notes, exercises and practice code (`note/`, `exercises/`, `test_code/`, `day-03/`):
 * what a person writes while learning, run by hand; and retired code (`old/`, `deprecated/`). Their names are also a real app's modules (a
 * notes app's `notes/`, a fitness app's `exercises/`), so they are not non-runtime folders: they
 * make a folder no service only where the folder is a service candidate itself that no deployment
 * file runs (reason `playground`).
 */
export const PRACTICE_FOLDERS: readonly string[] = [
  'note',
  'notes',
  'exercise',
  'exercises',
  'practice',
  'practices',
  'homework',
  'homeworks',
  'lesson',
  'lessons',
  'lecture',
  'lectures',
  'tutorial',
  'tutorials',
  'learn',
  'learning',
  'study',
  'studies',
  'kata',
  'katas',
  'scratch',
  'scratchpad',
  'drills',
  'test_code',
  'test-code',
  // retired code kept for reference: a long script there may still start a server when run by hand
  'old',
  'deprecated',
  'obsolete',
  'attic',
];
/**
 * Folders of notes (`Monitoring/Prometheus/` holding `00-install.md`, `01-config.md`...) with one
 * small program and no manifest of its own (`dummy_app.py` the notes scrape, an `app.js` they
 * instrument): the program is the notes' example, not a service, unless a deployment file runs it
 * (detect/notes-folders). A repository's own documents (README, CHANGELOG...) are no notes.
 */
export const NOTES_FOLDER = {
  /** Notes side by side in the folder itself: a README and a walkthrough are not yet a folder of notes. */
  minNotes: 3,
  /** Source files in the folder and below it: one example, not a program split into modules. */
  maxCode: 1,
  note: /\.(?:md|markdown|mdx|rst)$/i,
  repositoryDocument:
    /^(?:readme|changelog|changes|history|contributing|license|licence|code_of_conduct|security|authors|notice)(?:\.|$)/i,
} as const;

/** Numbered steps of a course: `day1`, `week-02`, `lesson_3`, `chapter05`, `ex4`, `hw2`, `lab-1`. */
export const PRACTICE_STEP_FOLDER =
  /^(?:day|week|lesson|lecture|chapter|ch|exercise|ex|homework|hw|lab|tutorial|session|class)[-_ ]?\d+(?:$|[-_ .])/i;

/**
 * A numbered step of a series, as courses and tutorials name their folders and scripts (`01-intro`,
 * `7_flask_bp`, `3_fastapi_pydantic.py`): several of them side by side, none run by anything, are a
 * collection's lessons (detect/collections).
 */
export const NUMBERED_STEP = /^\d{1,3}[-_. ][A-Za-z]/;
/** How many numbered steps side by side make a series. */
export const NUMBERED_SERIES_MIN = 2;

/** The practice folder among a folder's path segments, if any. */
export function practiceFolder(path: string): string | undefined {
  return path.split('/').find((s) => PRACTICE_FOLDERS.includes(s.toLowerCase()) || PRACTICE_STEP_FOLDER.test(s));
}

/** Reasons that do not come from a folder's name. */
type NonFolderReason = 'library' | 'cli' | 'frontend' | 'static-export' | 'no-entry' | 'copy' | 'excluded';

/**
 * Package (or Python project) names that say what the package is for. Not examples or demos: a
 * real service is often named after what it shows (`shop_example`, `chat-demo`); where an example
 * lives says that (examples/, demos/ folders above), not the name it is distributed under.
 */
export const NON_SERVICE_PACKAGE_NAMES: readonly { pattern: RegExp; reason: NotServiceReason }[] = [
  { pattern: /(?:^|[-_/.])(?:test-?utils?|testing|test-helpers?|testkit|e2e|integration-tests?)$/i, reason: 'tests' },
  { pattern: /(?:^|[-_/.])(?:mocks?|mock-server|fixtures)$/i, reason: 'mock' },
  { pattern: /(?:^|[-_/.])(?:docs|documentation|docs-site|website-docs)$/i, reason: 'docs' },
];

/** File names that are tests or test support wherever they sit (`runtests.py`: a Django package's test runner). */
export const TEST_FILE =
  /(?:\.(?:test|spec|e2e|stories|story|bench)\.[cm]?[jt]sx?$|(?:^|\/)(?:test_[^/]*|[^/]*_test|conftest|run_?tests)\.py$)/;

/**
 * How many sibling folders that serve, none deployed, make a collection (detect/collections): a
 * course's lessons, a book's chapters, a set of snippets or exercises, whatever their names. A
 * system of services that start themselves, with no Dockerfile, has a few (2-4) side by side.
 * Inside a collection only a deployment file or an image keeps a member a service, not its own
 * start script or a README run: the brief counts a start script as entry evidence, the accuracy
 * bench's collection rule (bench/accuracy/README.md) wants a deployment file, and the bench is the
 * labelled truth the project measures against, so it wins (a Django project a README runs follows
 * the bench's Django rule, which decides for those).
 */
export const COLLECTION_MIN = 5;

/**
 * Step folders (detect/collections): side-by-side folders that differ by a number after a shared
 * stem (`module_1`...`module_6`, `chapter3`, a bootcamp's `00`...`09`), at least STEP_SERIES_MIN of
 * them, are a course's modules or days, however few of them serve: most hold exercises that start
 * nothing, sharing one manifest above. A serving folder inside one, run by no deployment file, is
 * a lesson. The stem is the name's letters before the number; version folders (`v1`...`v4`) and
 * folders named as services (`worker1`, `service2`) are no steps.
 */
export const STEP_FOLDER = /^([A-Za-z]*)[-_ ]?\d{1,3}(?:$|[-_ .])/;
export const STEP_SERIES_MIN = 4;
export const NOT_STEP_STEMS: readonly string[] = [
  'v',
  'version',
  'release',
  'worker',
  'node',
  'server',
  'replica',
  'shard',
];

/**
 * What says sibling serving folders are one system's services, not a collection's lessons: a
 * member that forwards requests to the others (an API gateway's proxy package), folder names that
 * call most of them services (`user-service`, `AuthService`, `api-gateway`), or the folder holding
 * them named for a system's parts (`services/orders`, `apps/api`).
 */
export const SYSTEM_MEMBERS: {
  gatewayPackages: readonly string[];
  serviceFolder: RegExp;
  systemFolders: readonly string[];
} = {
  systemFolders: [
    'services',
    'microservices',
    'apps',
    'applications',
    'packages',
    'backends',
    'servers',
    'functions',
    'lambdas',
    'workers',
  ],
  gatewayPackages: [
    'express-http-proxy',
    'http-proxy-middleware',
    'http-proxy',
    '@fastify/http-proxy',
    'fastify-http-proxy',
    'express-gateway',
    'fast-gateway',
  ],
  serviceFolder: /(?:service|svc|gateway)s?$/i,
};
/** Scripts a person or a deploy step runs once, wherever they sit: seeding and migrating a database. */
export const ONE_OFF_SCRIPT_FILE =
  /(?:^|\/)(?:seed|seeds|seeder|migrate|migration)(?:[-_.][\w-]+)?\.(?:py|[cm]?[jt]sx?)$/;

/**
 * A folder named by a placeholder (`{{cookiecutter.project_slug}}`, `{{ project_name }}`) is a
 * template that a generator fills in: what it holds runs nowhere until then.
 */
export const TEMPLATE_SEGMENT = /\{\{.*\}\}|\{%.*%\}/;

/**
 * Words that name a test double wherever they are one word of a folder's name (`dummy-target`,
 * `mock-backend`, `dummy_api`): a stand-in app a tool or its tests run against, not the product.
 */
export const TEST_DOUBLE_WORDS: readonly string[] = ['mock', 'dummy'];
const TEST_DOUBLE_SEGMENT = new RegExp(`(?:^|[-_. ])(?:${TEST_DOUBLE_WORDS.join('|')})(?:$|[-_. ])`, 'i');

const folderReason = new Map<string, NotServiceReason>(
  Object.entries(NON_RUNTIME_FOLDERS).flatMap(([reason, names]) =>
    names.map((name) => [name, reason as NotServiceReason] as const),
  ),
);

/** Why a root-relative folder holds no service, from the names of its folders; undefined when none says so. */
export function folderRole(path: string): NotServiceReason | undefined {
  return path === '.' ? undefined : folderRoleOnce(path);
}

// asked for the folder of every import, code fact and source file: each folder is looked at once
const folderRoleOnce = memoized((path: string): NotServiceReason | undefined => {
  for (const segment of path.split('/')) {
    const reason =
      folderReason.get(segment.toLowerCase()) ??
      (TEMPLATE_SEGMENT.test(segment) ? 'examples' : TEST_DOUBLE_SEGMENT.test(segment) ? 'mock' : undefined);
    if (reason) return reason;
  }
  return undefined;
}, 100_000);

/** Folders whose files stand in for another project (its tests, fixtures, examples): their descriptors describe that one. */
const STAND_IN_ROLES: ReadonlySet<NotServiceReason> = new Set([
  'tests',
  'fixtures',
  'examples',
  'demo',
  'playground',
  'mock',
]);

/** Whether a file sits in a folder of tests, fixtures, examples, demos, playgrounds or mocks. */
export function standsIn(path: string): boolean {
  const role = nonRuntimeRole(path);
  return role !== undefined && STAND_IN_ROLES.has(role);
}

/** Development servers by their file name wherever they sit (`dev-server.js`, `devServer.ts`, `dev_server.py`). */
export const DEV_SERVER_FILE = /(?:^|\/)dev[-_]?server\.(?:[cm]?[jt]s|py)$/i;

/**
 * Why a file is not runtime code (tests, fixtures, examples, docs, build scripts...); undefined for
 * runtime code. Kept per path: the profile asks it of every file at each evaluation, and a
 * history's evaluations ask it of the same paths again (twelve times over medusa's 15,000 files).
 */
export const nonRuntimeRole: (path: string) => NotServiceReason | undefined = memoized(roleOfPath, 100_000);

function roleOfPath(path: string): NotServiceReason | undefined {
  const slash = path.lastIndexOf('/');
  const inFolder = slash < 0 ? undefined : folderRole(path.slice(0, slash));
  return (
    inFolder ??
    (TEST_FILE.test(path)
      ? 'tests'
      : DEV_SERVER_FILE.test(path) || ONE_OFF_SCRIPT_FILE.test(path)
        ? 'scripts'
        : undefined)
  );
}

/** Runtime dependencies that make a package a documentation site. */
export const DOCS_SITE_PACKAGES: readonly string[] = [
  '@docusaurus/core',
  'docusaurus',
  'vitepress',
  'vuepress',
  'nextra',
  'nextra-theme-docs',
  '@astrojs/starlight',
  'mintlify',
  'fumadocs-core',
];

/** Frontend frameworks: a package that depends on one and whose lockfile alone resolves a server framework is a frontend. */
export const FRONTEND_PACKAGES: readonly string[] = [
  'react',
  'vue',
  'svelte',
  '@angular/core',
  'solid-js',
  'preact',
  'lit',
];

/** package.json script names that never start the product (tests, builds, docs, tooling). */
export const NON_ENTRY_SCRIPT_NAME =
  /(?:^|[:_-])(?:pre|post)?(?:test|tests|lint|build|docs?|storybook|e2e|bench|benchmark|preview|watch|format|typecheck|type-check|check|clean|gen|generate|codegen|migrate|migration|seed|release|publish|prepare|prepack|version|deploy|coverage|cy|cypress|playwright|analy[sz]e|mock|example|examples|demo|playground)(?:$|[:_-])/i;

/** Names of files that, named by a start command, run the product: the rest of a path is checked for test/script folders. */
export const ENTRY_SCRIPT_FILE = /([\w./@-]+\.(?:[cm]?[jt]s|py))(?=\s|$|["'])/;

/**
 * Names of files that start a Node.js program by their name alone (`node server.js`), first the
 * likeliest: at the top of a folder with no package.json of its own or above it, the one that
 * runs the code beside and under it (a consumer `server.js` requiring `./src/...`).
 */
export const NODE_ENTRY_SCRIPT_NAMES: readonly string[] = ['server', 'app', 'index', 'main', 'worker', 'consumer'];
/** The extensions of such a script. */
export const NODE_ENTRY_SCRIPT_EXTENSION = /\.(?:[cm]?js|ts)$/;

/**
 * Python modules whose name says they run the program (`app.py`, `__main__.py`): a server started
 * in a distribution's other modules (`commands.py`) runs an app it is handed, an extension's helper.
 */
export const PYTHON_ENTRY_MODULE =
  /(?:^|\/)(?:__main__|app|application|main|server|serve|run|runserver|wsgi|asgi|manage|api|web)\.py$/;

import type { Backend } from '../model/common.js';
import { WORKSPACE_FILE_FORMATS } from './workspace-files.js';
import { BUILD_SYSTEMS } from './build-files.js';
import { escape } from './matchers.js';
import { SERVERS } from './servers/index.js';
import { HOST_UNIT_FORMATS } from './host-units.js';
import { CONTAINER_DEPLOY_FORMATS } from './container-deploys.js';
import { PROCESS_LISTS } from './process-lists.js';
import { COMPILERS } from './compilers.js';
import { TASK_RUNNER_FILES } from './task-runners.js';

/**
 * Every manifest format backend-fit reads, once: its kind, the ecosystem it belongs to (none for
 * deployment files), its role, and the file names that hold it. The `ManifestKind` type, the
 * lockfile lists and the Python project kinds are derived from this table.
 *
 * Roles: `project` declares what a project depends on (a Python project kind makes its folder a
 * Python project); `lockfile` pins resolved versions, written by the package manager;
 * `workspace` lists workspace packages; `deploy` says how the code runs; `ownership` says who
 * owns what and what each folder is (read by detect/catalog and detect/codeowners, not as dependencies).
 *
 * `names` match the base name; `paths` the whole root-relative path (for files whose meaning
 * depends on the folder they sit in). First match in table order wins.
 */
interface ManifestFormat {
  kind: string;
  ecosystem?: Backend;
  role: 'project' | 'lockfile' | 'workspace' | 'deploy' | 'ownership';
  label: string;
  names?: readonly RegExp[];
  paths?: readonly RegExp[];
  /**
   * Its `scripts` are tasks its tool runs by name (`npm run start`, `pipenv run serve`, `pixi run
   * start`), read as commands that may start the folder's server; a pyproject's are console scripts.
   */
  tasks?: true;
}

/** Function entries by a platform's layout (`functionEntries` of a record). */
const FUNCTION_ENTRY_PATHS: readonly RegExp[] = SERVERS.flatMap((r) =>
  (r.deploys?.functionEntries?.paths ?? []).map((p) => new RegExp(p)),
);

/** Function platforms' project files naming the folders they deploy from (`sources` of a record: firebase.json...). */
const PROJECT_FILE_NAMES: readonly RegExp[] = SERVERS.flatMap((r) =>
  r.deploys?.sources ? [new RegExp(`^${escape(r.deploys.sources.file)}$`)] : [],
);

/** The file names of function platforms' app manifests (`appManifest` of a record). */
const APP_MANIFEST_NAMES: readonly RegExp[] = SERVERS.flatMap((r) =>
  (r.deploys?.appManifest?.files ?? []).map((f) => new RegExp(`^${escape(f)}$`)),
);

/** The file names of function platforms' project files listing their functions (`functionList` of a record). */
const FUNCTION_LIST_NAMES: readonly RegExp[] = SERVERS.flatMap((r) =>
  (r.deploys?.functionList?.files ?? []).map((f) => new RegExp(`^${escape(f)}$`)),
);

/** Frameworks' app files (`appFile` of a record's facet: Wasp's main.wasp). */
const APP_FILE_NAMES: readonly RegExp[] = SERVERS.flatMap((r) =>
  [r.node, r.python].flatMap((f) => (f?.appFile?.names ?? []).map((n) => new RegExp(`^${escape(n)}$`))),
);

/**
 * Compose files by name: the word `compose`, after `docker-` or alone, with any words after it
 * (`compose.yaml`, `docker-compose.kafka.yml`, `compose.dev.yaml`, `compose-consumer.yml`).
 */
const COMPOSE_FILE_NAME = /^(docker-)?compose([-_.][\w.-]*)?\.ya?ml$/;
/**
 * And with other words before it (`kafka-compose.yml`, `local.docker-compose.yml`, `docker_compose.yaml`,
 * `podman-compose.yml`), outside `.github/`, where such a name is a CI workflow's (`ci-compose.yml`).
 */
const COMPOSE_FILE_PREFIXED = /^(?!(?:[^/]*\/)*\.github\/)(?:[^/]*\/)*[\w.-]*[-_.]compose(?:[-_.][\w.-]*)?\.ya?ml$/;

/** Makefiles and justfiles: their recipes are the project's own commands (a build, a release), not a reader's try-out. */
export const MAKEFILE = /^(?:GNU)?makefile$/i;
export const RECIPE_FILES: readonly RegExp[] = [MAKEFILE, /^justfile$/i];

export const MANIFEST_FORMATS = [
  // Ownership files first: a descriptor under `deploy/` is still a descriptor, not Kubernetes.
  {
    kind: 'catalog',
    role: 'ownership',
    label: 'Backstage descriptor',
    names: [/^catalog-info([-_.][\w.-]*)?\.ya?ml$/],
    paths: [/(^|\/)\.backstage\/(.+\/)?[^/]+\.ya?ml$/],
  },
  { kind: 'codeowners', role: 'ownership', label: 'CODEOWNERS', paths: [/^(\.github\/|docs\/)?CODEOWNERS$/] },
  {
    kind: 'package.json',
    ecosystem: 'node',
    role: 'project',
    label: 'npm package',
    names: [/^package\.json$/],
    tasks: true,
  },
  // a framework's app file, whose CLI generates and runs the server (Wasp's main.wasp): its ecosystem is its record's
  { kind: 'app-file', role: 'project', label: 'framework app file', names: APP_FILE_NAMES },
  {
    kind: 'package-lock',
    ecosystem: 'node',
    role: 'lockfile',
    label: 'npm lockfile',
    names: [/^(package-lock|npm-shrinkwrap)\.json$/],
  },
  { kind: 'yarn-lock', ecosystem: 'node', role: 'lockfile', label: 'Yarn lockfile', names: [/^yarn\.lock$/] },
  { kind: 'pnpm-lock', ecosystem: 'node', role: 'lockfile', label: 'pnpm lockfile', names: [/^pnpm-lock\.ya?ml$/] },
  {
    kind: 'pnpm-workspace',
    ecosystem: 'node',
    role: 'workspace',
    label: 'pnpm workspace',
    names: [/^pnpm-workspace\.ya?ml$/],
  },
  { kind: 'bun-lock', ecosystem: 'node', role: 'lockfile', label: 'Bun lockfile', names: [/^bun\.lock$/] },
  {
    kind: 'requirements',
    ecosystem: 'python',
    role: 'project',
    label: 'pip requirements',
    // pip-tools inputs and constraint files share the requirements format.
    names: [/^(requirements|constraints)([-_.][\w.-]*)?\.(txt|in)$/i],
    paths: [/(^|\/)requirements\/[^/]+\.(txt|in)$/i],
  },
  { kind: 'pyproject', ecosystem: 'python', role: 'project', label: 'pyproject', names: [/^pyproject\.toml$/] },
  { kind: 'pipfile', ecosystem: 'python', role: 'project', label: 'Pipfile', names: [/^Pipfile$/], tasks: true },
  {
    // pixi's workspace manifest: conda and PyPI dependencies, and `[tasks]` it runs by name (`pixi run start`);
    // a pyproject's `[tool.pixi]` tables are read as one more manifest of this kind (detect/manifests/python)
    kind: 'pixi',
    ecosystem: 'python',
    role: 'project',
    label: 'pixi manifest',
    names: [/^pixi\.toml$/],
    tasks: true,
  },
  {
    kind: 'pipfile-lock',
    ecosystem: 'python',
    role: 'lockfile',
    label: 'Pipenv lockfile',
    names: [/^Pipfile\.lock$/],
  },
  { kind: 'setup-py', ecosystem: 'python', role: 'project', label: 'setup.py', names: [/^setup\.py$/] },
  { kind: 'setup-cfg', ecosystem: 'python', role: 'project', label: 'setup.cfg', names: [/^setup\.cfg$/] },
  { kind: 'uv-lock', ecosystem: 'python', role: 'lockfile', label: 'uv lockfile', names: [/^uv\.lock$/] },
  { kind: 'poetry-lock', ecosystem: 'python', role: 'lockfile', label: 'Poetry lockfile', names: [/^poetry\.lock$/] },
  { kind: 'pdm-lock', ecosystem: 'python', role: 'lockfile', label: 'PDM lockfile', names: [/^pdm\.lock$/] },
  {
    kind: 'conda',
    ecosystem: 'python',
    role: 'project',
    label: 'conda environment',
    names: [/^(environment|conda)([-_.][\w.-]*)?\.ya?ml$/],
  },
  {
    kind: 'dockerfile',
    role: 'deploy',
    label: 'Dockerfile',
    // any name holding the word (`Dockerfile.api`, `api.Dockerfile`, `web.dockerfile`, `dockerfile-prod`, `docker_file`),
    // but a document or script about one; and an extensionless file kept in a `dockerfiles/` folder
    names: [
      /^(?!.*\.(?:md|rst|txt|json|ya?ml|toml|sh|py|[cm]?[jt]s|j2|tpl|tmpl)$)(?:[\w.-]*[-_.])?(?:dockerfile|docker[-_]file|containerfile)(?:[-_.][\w.-]*)?$/i,
      // and the service's name joined to it in camel case (`CeleryDockerFile`, `ApiDockerfile`)
      /^[A-Za-z0-9]*[a-z0-9]Docker[Ff]ile$/,
    ],
    paths: [/(^|\/)dockerfiles\/[^/.]+$/],
  },
  {
    kind: 'compose',
    role: 'deploy',
    label: 'compose file or container descriptor',
    names: [COMPOSE_FILE_NAME],
    paths: [
      COMPOSE_FILE_PREFIXED,
      // descriptors of other platforms' containers (copilot/api/manifest.yml), read as compose services are
      ...CONTAINER_DEPLOY_FORMATS.filter((f) => !f.marker).map((f) => f.path),
    ],
  },
  {
    // a process manager's list of processes (pm2's ecosystem.config.js) is read as a Procfile
    kind: 'procfile',
    role: 'deploy',
    label: 'Procfile or process list',
    names: [/^Procfile([-_.][\w.-]*)?$/, ...PROCESS_LISTS.map((l) => l.files)],
  },
  {
    kind: 'start-script',
    role: 'deploy',
    label: 'start script',
    names: [/^(?:run|start|entrypoint|docker-entrypoint|boot|serve)(?:[-_.][\w.-]*)?\.sh$/],
  },
  {
    // any other shell script, and the extensionless start scripts images copy in (`compose/django/start`):
    // their commands count only where a Dockerfile, compose file or start script runs them
    kind: 'shell-script',
    role: 'deploy',
    label: 'shell script',
    names: [/\.(?:sh|bash)$/, /^(?:start|entrypoint|docker-entrypoint|run|boot|serve|launch|prestart)(?:[-_][\w-]*)?$/],
  },
  {
    // a CI workflow: read only for what its steps deploy from the command line (`gcloud functions deploy`)
    kind: 'workflow',
    role: 'deploy',
    label: 'CI workflow',
    names: [],
    paths: [/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/],
  },
  {
    // a process supervisor's programs (supervisord's `[program:x] command=`): followed only when an image runs the supervisor
    kind: 'supervisor-conf',
    role: 'deploy',
    label: 'supervisor config',
    names: [/^supervisord?(?:[-_.][\w.-]+)?\.conf$/i],
    paths: [/(^|\/)supervisor(?:d)?(?:\/conf\.d)?\/[^/]+\.(?:conf|ini)$/],
  },
  {
    // systemd units and supervisor templates: the programs a host runs from the checked-out tree (knowledge/host-units)
    kind: 'host-unit',
    role: 'deploy',
    label: 'systemd unit or supervisor template',
    names: HOST_UNIT_FORMATS.map((f) => f.files),
    paths: HOST_UNIT_FORMATS.flatMap((f) => (f.paths ? [f.paths] : [])),
  },
  {
    // run commands written down for people: a README's code blocks and spans, a Makefile's or justfile's
    // recipes, a task runner's tasks (Taskfile.yml, vagga.yaml); a command counts only where it runs the
    // folder's own code (detect/written-runs)
    kind: 'run-doc',
    role: 'deploy',
    label: 'README, Makefile or task-runner command',
    names: [/^readme(?:\.(?:md|markdown|rst|txt))?$/i, ...RECIPE_FILES, ...TASK_RUNNER_FILES.map((f) => f.files)],
  },
  {
    kind: 'serverless',
    role: 'deploy',
    label: 'serverless config',
    names: [/^serverless\.(ya?ml|json|ts|js)$/, /^template\.ya?ml$|^samconfig\.toml$/],
  },
  {
    // SAM/CloudFormation templates under their other usual names: only the functions they deploy count
    kind: 'cloudformation',
    role: 'deploy',
    label: 'SAM/CloudFormation template',
    names: [
      /^(?:template|sam|cfn|cloudformation|stack|lambda)[-_.\w]*\.(?:ya?ml|json)$/i,
      /\.(?:template|cfn|sam)\.(?:ya?ml|json)$/i,
    ],
    paths: [/(^|\/)(?:cloudformation|cfn|sam|aws|infra|infrastructure|iac)\/[^/]+\.(?:ya?ml|json)$/],
  },
  {
    // Terraform configuration: only the functions its resources deploy count, read per module folder
    kind: 'terraform',
    role: 'deploy',
    label: 'Terraform configuration',
    names: [/^[^.][\w.-]*\.tf$/],
  },
  {
    // a function platform's project file naming the folders it deploys from (the Firebase record's `deploys.sources`)
    kind: 'function-sources',
    role: 'deploy',
    label: 'function platform project file',
    names: PROJECT_FILE_NAMES,
  },
  {
    // a function's entry in a layout its platform deploys by convention (uniCloud's cloudfunctions/<name>/index.js)
    kind: 'function-entry',
    role: 'deploy',
    label: 'function entry by layout',
    names: [],
    paths: FUNCTION_ENTRY_PATHS,
  },
  {
    // a function's bindings in an Azure Functions v1-v3 app: the app folder above, holding host.json, is the service
    kind: 'function-app',
    role: 'deploy',
    label: 'function binding file',
    names: [/^function\.json$/],
  },
  {
    kind: 'platform',
    role: 'deploy',
    label: 'platform config',
    names: [
      /^(app\.ya?ml|fly\.toml|render\.ya?ml|vercel\.json|netlify\.toml|railway\.(json|toml)|nixpacks\.toml|app\.json|Aptfile|runtime\.txt|\.python-version|\.nvmrc|\.node-version)$/,
      // function platforms' app manifests (Architect's app.arc), from their records
      ...APP_MANIFEST_NAMES,
      // and their project files listing functions (cloudbaserc.json, s.yaml), from their records
      ...FUNCTION_LIST_NAMES,
    ],
  },
  {
    kind: 'kubernetes',
    role: 'deploy',
    label: 'Kubernetes manifest',
    names: [/^(Chart|kustomization)\.ya?ml$/],
    paths: [/(^|\/)(k8s|kubernetes|kube|manifests|deploy|deployment|helm|charts?)\/.*\.ya?ml$/],
  },
  {
    // Nx and Nest CLI workspace files: projects without a package.json of their own (see workspace-files.ts)
    kind: 'workspace-file',
    ecosystem: 'node',
    role: 'workspace',
    label: 'workspace file',
    names: WORKSPACE_FILE_FORMATS.flatMap((f) => f.names),
  },
  {
    // Bazel and Pants BUILD files: binary targets and the images packaging them (see build-files.ts)
    kind: 'build-file',
    role: 'workspace',
    label: 'BUILD file',
    names: BUILD_SYSTEMS.flatMap((s) => s.names),
  },
  {
    // compilers' configs (tsconfig.json): the folder a build writes and the sources it mirrors (see compilers.ts)
    kind: 'compiler-config',
    role: 'workspace',
    label: 'compiler config',
    names: COMPILERS.map((c) => c.configFiles),
  },
  {
    // any other YAML or JSON file, read when small and outside tests, examples, docs and dot
    // folders: a SAM/CloudFormation template under a name of its own, when it holds a function resource
    kind: 'template-candidate',
    role: 'deploy',
    label: 'YAML or JSON file',
    names: [/^[^.].*\.(?:ya?ml|json)$/i],
  },
] as const satisfies readonly ManifestFormat[];

export type ManifestKind = (typeof MANIFEST_FORMATS)[number]['kind'];

/** Backstage descriptors and CODEOWNERS: read whole like manifests, but they declare owners, not dependencies. */
export type OwnershipKind = Extract<(typeof MANIFEST_FORMATS)[number], { role: 'ownership' }>['kind'];

type Format = (typeof MANIFEST_FORMATS)[number];

function kindsWhere(pick: (f: ManifestFormat) => boolean): ManifestKind[] {
  return (MANIFEST_FORMATS as readonly Format[]).filter((f) => pick(f)).map((f) => f.kind);
}

/** Lockfiles of each ecosystem: written by the package manager, pinning every dependency. */
export const LOCKFILE_KINDS: Readonly<Record<Backend, readonly ManifestKind[]>> = {
  node: kindsWhere((f) => f.role === 'lockfile' && f.ecosystem === 'node'),
  python: kindsWhere((f) => f.role === 'lockfile' && f.ecosystem === 'python'),
};

/** Manifests that make their folder a Python project (pyproject, requirements, Pipfile, setup.py/cfg, conda). */
export const PYTHON_PROJECT_KINDS: ReadonlySet<ManifestKind> = new Set(
  kindsWhere((f) => f.role === 'project' && f.ecosystem === 'python'),
);

/** Manifests whose `scripts` are tasks run by name (package.json, Pipfile, pixi), not console scripts. */
export const TASK_MANIFEST_KINDS: ReadonlySet<ManifestKind> = new Set(kindsWhere((f) => f.tasks === true));

/** The format of a manifest kind. */
export function manifestFormat(kind: ManifestKind): Format {
  return MANIFEST_FORMATS.find((f) => f.kind === kind)!;
}

const OWNERSHIP_KINDS: ReadonlySet<ManifestKind> = new Set(kindsWhere((f) => f.role === 'ownership'));

export function isOwnershipKind(kind: ManifestKind): kind is OwnershipKind {
  return OWNERSHIP_KINDS.has(kind);
}

/**
 * Container engines' command lines as people write them in READMEs, Makefiles, scripts and
 * package scripts: the programs, the subcommands that build an image from a folder or run one,
 * and which of their options take a value (so that the value is not read as the context, the
 * image or the command). backend-fit's own reading of the engines' CLIs.
 */
export interface ContainerCli {
  /** Programs with Docker's command line. */
  programs: readonly string[];
  /** Subcommands, as words, that build an image (`build`, `buildx build`). */
  build: readonly (readonly string[])[];
  /** Subcommands that run a container of an image (`run`, `container run`). */
  run: readonly (readonly string[])[];
  /** Subcommands that give an image another name (`tag`, `image tag`). */
  tag: readonly (readonly string[])[];
  /** Subcommands that push an image to a registry (`push`, `image push`), where a scheduler or platform takes it from. */
  push: readonly (readonly string[])[];
  /** Build options that push the image the build makes (`docker buildx build --push`). */
  pushOptions: readonly string[];
  /** Options naming the image a build makes. */
  tagOptions: readonly string[];
  /** Options naming the Dockerfile of a build, relative to where the command runs. */
  fileOptions: readonly string[];
  /** Options replacing the image's ENTRYPOINT on a run. */
  entrypointOptions: readonly string[];
  /** Options of either subcommand that take a value as the next word. */
  valued: readonly string[];
}

const TAG_OPTIONS = ['-t', '--tag'];
const FILE_OPTIONS = ['-f', '--file'];
const ENTRYPOINT_OPTIONS = ['--entrypoint'];

export const CONTAINER_CLI: ContainerCli = {
  programs: ['docker', 'podman', 'nerdctl'],
  build: [['build'], ['buildx', 'build'], ['image', 'build'], ['builder', 'build']],
  run: [['run'], ['container', 'run']],
  tag: [['tag'], ['image', 'tag']],
  push: [['push'], ['image', 'push']],
  pushOptions: ['--push'],
  tagOptions: TAG_OPTIONS,
  fileOptions: FILE_OPTIONS,
  entrypointOptions: ENTRYPOINT_OPTIONS,
  valued: [
    ...TAG_OPTIONS,
    ...FILE_OPTIONS,
    ...ENTRYPOINT_OPTIONS,
    // build
    '--build-arg',
    '--target',
    '--platform',
    '--cache-from',
    '--cache-to',
    '--secret',
    '--ssh',
    '--label',
    '--network',
    '--progress',
    '--output',
    '-o',
    // run
    '-e',
    '--env',
    '--env-file',
    '-p',
    '--publish',
    '-v',
    '--volume',
    '--mount',
    '--name',
    '--net',
    '--link',
    '-w',
    '--workdir',
    '-u',
    '--user',
    '--restart',
    '-m',
    '--memory',
    '--cpus',
    '-l',
    '--add-host',
    '-h',
    '--hostname',
    '--gpus',
    '--log-driver',
    '--log-opt',
    '--pull',
    '--shm-size',
    '--ulimit',
    '--device',
    '--dns',
    '--cap-add',
    '--cap-drop',
    '--security-opt',
    '--tmpfs',
    '--expose',
    '--volumes-from',
  ],
};

/**
 * A CI action that builds an image from a folder: its inputs naming the context, the Dockerfile, the image
 * tags, and whether it pushes the image to a registry (where a deployment takes it from).
 */
export interface CiImageAction {
  uses: string;
  context: string;
  file: string;
  tags: string;
  push: string;
}

export const CI_IMAGE_ACTIONS: readonly CiImageAction[] = [
  // the context defaults to the checkout, the Dockerfile to the context's
  { uses: 'docker/build-push-action', context: 'context', file: 'file', tags: 'tags', push: 'push' },
];

/** The worker an image a workflow pushes (by its build action's `push`, or by a run step's `docker push`) makes of the plain script its command runs (see detect/services `runsBatch`). */
export const PUSHED_BATCH_JOB = 'batch job';

/**
 * The Compose file format's top-level keys (the Compose Specification), `x-` extension keys aside:
 * a YAML file under another name (`consumer-config.yaml`, `deploy/stack.yml` for `docker stack
 * deploy` or `docker compose -f`) whose top level holds only these, its `services` a table of
 * services of which one builds (`build`) or runs (`image`) a container, is a compose file. Another
 * tool's `services` (a CI file's list of sidecar images, a Helm values file among chart settings) is not.
 */
export const COMPOSE_TOP_LEVEL_KEYS: readonly string[] = [
  'version',
  'name',
  'services',
  'networks',
  'volumes',
  'configs',
  'secrets',
  'include',
  'models',
];

/** The keys of a Compose service that make its container: a build context or an image. */
export const COMPOSE_CONTAINER_KEYS: readonly string[] = ['build', 'image'];

/**
 * A platform's command that builds a folder's Dockerfile remotely and pushes the image to a registry in one step
 * (`gcloud builds submit --tag gcr.io/acme/api ./api`): a build of that folder that pushes, as `docker buildx build
 * --push` is. The folder is the first word that is no option (the current folder when none), its Dockerfile the one
 * at its top. backend-fit's own reading of the platform's documented command line.
 */
interface RemoteImageBuild {
  id: string;
  /** The command's words up to its subcommand; a release track word after the first (`gcloud beta builds`) is skipped. */
  command: readonly string[];
  /** Words that may follow the program to pick a release track. */
  tracks: readonly string[];
  /** Options naming the image the build makes and pushes; without one the build is a config's, not an image's. */
  tagOptions: readonly string[];
  /** Options that take a value as the next word. */
  valued: readonly string[];
}

export const REMOTE_IMAGE_BUILDS: readonly RemoteImageBuild[] = [
  {
    // Cloud Build: `gcloud builds submit [SOURCE] --tag IMAGE` builds SOURCE's Dockerfile and pushes IMAGE
    id: 'cloud-build',
    command: ['gcloud', 'builds', 'submit'],
    tracks: ['alpha', 'beta'],
    tagOptions: ['--tag', '-t'],
    valued: [
      '--tag',
      '-t',
      '--config',
      '--region',
      '--project',
      '--substitutions',
      '--timeout',
      '--machine-type',
      '--disk-size',
      '--gcs-log-dir',
      '--gcs-source-staging-dir',
      '--ignore-file',
      '--worker-pool',
      '--service-account',
      '--pack',
      '--default-buckets-behavior',
    ],
  },
];

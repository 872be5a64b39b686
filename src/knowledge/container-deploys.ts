/**
 * Deployment descriptors that say which container runs where, one record per platform: where its
 * containers are in the file, the image each runs by name or the Dockerfile it builds, and the
 * command it sets. Detect reads each container like a compose service: a build is traced through
 * its Dockerfile to the code it runs, an image run by name is matched to the repository's builds of
 * that name (knowledge of which command is a server or a worker stays with the server records). A
 * descriptor that only builds (skaffold) names the builds other deployments run.
 */
export interface ContainerDeployFormat {
  id: string;
  /** The platform, for evidence (`AWS Copilot service api builds ...`). */
  platform: string;
  /** The descriptor's root-relative path. */
  path: RegExp;
  /**
   * Lines every such document holds, for a descriptor of any name known by its text (Cloud Run's
   * `apiVersion: serving.knative.dev/v1` and `kind: Service`): read among the YAML files of no other
   * kind and the Kubernetes manifests, never taken for a compose file by its path.
   */
  marker?: readonly RegExp[];
  /**
   * YAML (and JSON, read as YAML); HCL: its blocks as tables by type then label, its literal attributes as values;
   * Starlark: the calls `calls` names, as lists of tables by function name.
   */
  syntax?: 'hcl' | 'starlark';
  /** Starlark only: the functions read, each with the names of its positional parameters (`docker_build(ref, context)`). */
  calls?: Readonly<Record<string, readonly string[]>>;
  /** A key the document must hold at its top to be one (a task definition's `containerDefinitions`). */
  requires?: string;
  /** Key path to the containers, `*` for each entry of a list; empty when the document is one container. */
  containers: readonly string[];
  /**
   * The containers are roles keyed by name, each a table or just the list of its hosts (Kamal's
   * `servers: { web: [host], job: { hosts: [...], cmd: ... } }`; `servers: [host]` is the one `web`
   * role): a role written as hosts runs the image as built. The value names the role of a bare host list.
   */
  hostRoles?: string;
  /** In a container: the key naming it (else the descriptor's folder name), for evidence. */
  name?: string;
  /** In a container: key path to the image it runs by name. */
  image: readonly string[];
  /**
   * In a container: key path to what it builds (empty: the container is its build), either the
   * Dockerfile's path or a table with the Dockerfile's and the context's key paths. The Dockerfile is
   * relative to the build root, or to the context (`fromContext`); a context left out is the
   * Dockerfile's folder, or `defaultContext` where the descriptor says a build always happens.
   */
  build?: {
    key: readonly string[];
    dockerfile: readonly string[];
    context: readonly string[];
    fromContext?: true;
    defaultContext?: string;
    /** The build is the document's (`key` from its top), shared by every container, and always happens: left out, the default one. */
    shared?: true;
  };
  /** How many folders above the descriptor's own the build paths are relative to (Copilot's workspace root holds `copilot/`). */
  buildPathsUp?: number;
  /** The descriptor only builds images, named for the deployments that run them (skaffold's artifacts): it starts nothing itself. */
  buildsOnly?: true;
  /**
   * In a container: key paths to the command (replacing the image's CMD), its arguments (after the
   * command), and the entrypoint (replacing the image's ENTRYPOINT, dropping its CMD).
   */
  command?: readonly string[];
  args?: readonly string[];
  entrypoint?: readonly string[];
  /**
   * A key path of the document (`*` into its first entry), and its values saying the platform runs the containers as workers (to
   * completion on a schedule, or fed a queue's messages), each with that worker's name: a script of the
   * repository such a container runs is that worker, whatever library it reads its work with.
   */
  runsAsWorker?: { key: readonly string[]; values: Readonly<Record<string, string>> };
  /**
   * A key of the document setting how many copies run: a number above one, or a table holding one
   * of the autoscaling keys (Copilot's `count: { range: 1-10, cpu_percentage: 70 }`), scales out.
   */
  scale?: { key: string; autoscaling: readonly string[] };
}

export const CONTAINER_DEPLOY_FORMATS: readonly ContainerDeployFormat[] = [
  {
    // copilot/<service>/manifest.yml: `type: Load Balanced Web Service | Backend Service | Request-Driven Web Service
    // | Worker Service | Scheduled Job`; the environments' and pipelines' manifests name no image and give nothing
    id: 'aws-copilot',
    platform: 'AWS Copilot',
    path: /(^|\/)copilot\/[^/]+\/manifest\.ya?ml$/,
    containers: [],
    name: 'name',
    image: ['image', 'location'],
    build: { key: ['image', 'build'], dockerfile: ['dockerfile'], context: ['context'] },
    buildPathsUp: 2,
    command: ['command'],
    entrypoint: ['entrypoint'],
    runsAsWorker: {
      key: ['type'],
      values: { 'Worker Service': 'Copilot Worker Service', 'Scheduled Job': 'Copilot Scheduled Job' },
    },
    scale: { key: 'count', autoscaling: ['range', 'cpu_percentage', 'memory_percentage', 'requests', 'response_time'] },
  },
  {
    // an ECS task definition as registered (`aws ecs register-task-definition --cli-input-json`, the
    // amazon-ecs-render-task-definition action): each container's image, `command` and `entryPoint`
    id: 'aws-ecs-task-definition',
    platform: 'ECS task definition',
    path: /(^|\/)(?:[^/]*task[-_.]?def[^/]*|\.aws\/[^/]+)\.(?:json|ya?ml)$/i,
    requires: 'containerDefinitions',
    containers: ['containerDefinitions', '*'],
    name: 'name',
    image: ['image'],
    command: ['command'],
    entrypoint: ['entryPoint'],
  },
  {
    // skaffold.yaml's build artifacts: each image's context (from the file's folder, `.` when left out) and
    // Dockerfile (from the context); the Kubernetes manifests it deploys run them by name
    id: 'skaffold',
    platform: 'Skaffold',
    path: /(^|\/)skaffold(?:[-_.][\w.-]+)?\.ya?ml$/,
    requires: 'build',
    containers: ['build', 'artifacts', '*'],
    image: ['image'],
    build: {
      key: [],
      dockerfile: ['docker', 'dockerfile'],
      context: ['context'],
      fromContext: true,
      defaultContext: '.',
    },
    buildsOnly: true,
  },
  {
    // a Tiltfile's image builds, `docker_build(ref, context, dockerfile=...)` (the Dockerfile from the Tiltfile's folder,
    // `<context>/Dockerfile` when left out); the Kubernetes manifests or compose file it deploys run them by name
    id: 'tilt',
    platform: 'Tilt',
    path: /(^|\/)Tiltfile$/,
    syntax: 'starlark',
    calls: { docker_build: ['ref', 'context'] },
    containers: ['docker_build', '*'],
    image: ['ref'],
    build: { key: [], dockerfile: ['dockerfile'], context: ['context'] },
    buildsOnly: true,
  },
  {
    // Kamal's config/deploy.yml: each role of `servers` runs the one image Kamal builds (`builder`: the root's
    // Dockerfile unless it names another, from the folder above config/), with the role's `cmd` for the image's CMD;
    // accessories (databases, caches) run stock images and are not read. A destination's file only overrides this one.
    id: 'kamal',
    platform: 'Kamal',
    path: /(^|\/)config\/deploy\.ya?ml$/,
    requires: 'service',
    containers: ['servers'],
    hostRoles: 'web',
    image: ['image'],
    build: { key: ['builder'], dockerfile: ['dockerfile'], context: ['context'], defaultContext: '.', shared: true },
    buildPathsUp: 1,
    command: ['cmd'],
  },
  {
    // a Cloud Run service as `gcloud run services replace service.yaml` deploys it (Knative Serving's schema): each
    // container's image, and its `command` and `args` read as one command line (as a Kubernetes container's run)
    id: 'cloud-run-service',
    platform: 'Cloud Run service',
    path: /\.ya?ml$/,
    marker: [/^apiVersion:\s*["']?serving\.knative\.dev\/v1["']?\s*$/m, /^kind:\s*["']?Service["']?\s*$/m],
    containers: ['spec', 'template', 'spec', 'containers', '*'],
    name: 'name',
    image: ['image'],
    command: ['command'],
    args: ['args'],
  },
  {
    // a Cloud Run job (`gcloud run jobs replace job.yaml`): its tasks run to completion, on demand or on a schedule
    id: 'cloud-run-job',
    platform: 'Cloud Run job',
    path: /\.ya?ml$/,
    marker: [/^apiVersion:\s*["']?run\.googleapis\.com\/v1["']?\s*$/m, /^kind:\s*["']?Job["']?\s*$/m],
    containers: ['spec', 'template', 'spec', 'template', 'spec', 'containers', '*'],
    name: 'name',
    image: ['image'],
    command: ['command'],
    args: ['args'],
    runsAsWorker: { key: ['kind'], values: { Job: 'Cloud Run job' } },
  },
  {
    // a HashiCorp Nomad job file: each docker task's image, with its `command` and `args`; a batch job's tasks run to completion
    id: 'nomad',
    platform: 'Nomad',
    path: /(?:^|\/)[^/]+\.nomad(?:\.hcl)?$|(?:^|\/)nomad\/(?:[^/]+\/)*[^/]+\.hcl$/,
    syntax: 'hcl',
    containers: ['job', '*', 'group', '*', 'task', '*'],
    image: ['config', 'image'],
    command: ['config', 'command'],
    args: ['config', 'args'],
    entrypoint: ['config', 'entrypoint'],
    runsAsWorker: { key: ['job', '*', 'type'], values: { batch: 'Nomad batch job', sysbatch: 'Nomad batch job' } },
  },
];

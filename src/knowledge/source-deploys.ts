/**
 * Platforms whose command line builds a folder of the repository into a container and runs it
 * (`gcloud run deploy api --source ./api`), one record per command: the folder's Dockerfile is
 * built and its image run as the platform runs it, so the deploy chain traces it to the code like a
 * compose service's build. A folder without a Dockerfile is built by the platform's buildpacks,
 * which this reading does not follow. A deploy of an image by name (`--image`) builds nothing: it runs
 * that image (detect/manifests/cli-deploys `cliImageDeploys`), traced to the build of the same name.
 */
export interface SourceDeploy {
  id: string;
  /** The platform, for evidence (`deploys the Cloud Run service api from ./api`). */
  platform: string;
  /** The command up to its subcommand, regular-expression source (matched as words of a line). */
  command: string;
  /** The option naming the folder built. */
  sourceOption: string;
  /** The option naming an image to run instead: a deploy with it builds no folder, it runs that image. */
  imageOption: string;
  /** The platform runs the container to completion, on demand or on a schedule (a job): that worker's name. */
  job?: string;
}

export const SOURCE_DEPLOYS: readonly SourceDeploy[] = [
  {
    id: 'cloud-run-service',
    platform: 'Cloud Run service',
    command: String.raw`gcloud\s+(?:(?:beta|alpha)\s+)?run\s+deploy`,
    sourceOption: '--source',
    imageOption: '--image',
  },
  {
    id: 'cloud-run-job',
    platform: 'Cloud Run job',
    command: String.raw`gcloud\s+(?:(?:beta|alpha)\s+)?run\s+jobs\s+deploy`,
    sourceOption: '--source',
    imageOption: '--image',
    job: 'Cloud Run job',
  },
];

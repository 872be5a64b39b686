/**
 * How Terraform packages and uploads the code a function resource deploys (the function
 * resources themselves are in their platforms' records, `deploys.terraform`).
 */

/** Data sources that zip a folder or a file: their attributes naming it, and the archive's own path. */
export const TERRAFORM_ARCHIVES: readonly { dataSource: string; folder: string; file: string; output: string }[] = [
  { dataSource: 'archive_file', folder: 'source_dir', file: 'source_file', output: 'output_path' },
];

/**
 * Resources that upload a local file to a bucket (a function then names the object, by reference
 * or by the object's name written out again): the attributes naming the file and the object.
 */
export const TERRAFORM_UPLOADS: readonly { resource: string; source: string; name: string }[] = [
  { resource: 'google_storage_bucket_object', source: 'source', name: 'name' },
  { resource: 'aws_s3_object', source: 'source', name: 'key' },
  { resource: 'aws_s3_bucket_object', source: 'source', name: 'key' },
];

/** Named values a path may start from, all read as the module's own folder (the root module's for a plan run there). */
export const TERRAFORM_PATH_VALUES: readonly string[] = ['path.module', 'path.root', 'path.cwd'];

/**
 * Provisioners that run a command line on the machine that applies the plan (`provisioner "local-exec" {
 * command = "gcloud run deploy api --source ../api" }`): the attribute holding the command and the one naming
 * the folder it runs in (the module's folder when absent). The command is read as a script's line is, for the
 * deploys it makes (see detect/manifests/cli-deploys).
 */
export const TERRAFORM_COMMAND_PROVISIONERS: readonly { provisioner: string; command: string; folder: string }[] = [
  { provisioner: 'local-exec', command: 'command', folder: 'working_dir' },
];

/**
 * Resources that run a container of an image by name (a Cloud Run service or job): the nested attribute naming
 * the image, and for a job (its tasks run to completion) the worker's name. An image the repository builds under
 * that name (a script's `docker build -t ...`) runs that build's folder (see detect/image-runs).
 */
export const TERRAFORM_CONTAINER_RESOURCES: readonly { resource: string; image: string; job?: string }[] = [
  { resource: 'google_cloud_run_v2_service', image: 'template.containers.image' },
  { resource: 'google_cloud_run_v2_job', image: 'template.template.containers.image', job: 'Cloud Run job' },
  { resource: 'google_cloud_run_service', image: 'template.spec.containers.image' },
];

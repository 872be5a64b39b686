import type { Manifest } from '../../model/facts.js';
import { listedWords } from '../command-words.js';
import { evidence, isRecord, type Lines } from './util.js';

type Container = NonNullable<Manifest['containers']>[number];

/**
 * The containers of a Kubernetes manifest's workloads (Deployment, StatefulSet, DaemonSet, Job,
 * CronJob, Pod: any pod spec's `containers`, init containers left out, as they run setup steps
 * before the service): each image, with what its `command` and `args` set. A `command` replaces
 * the image's ENTRYPOINT and drops its CMD; `args` alone replace the CMD.
 */
export function workloadContainers(file: string, docs: readonly unknown[], lines: Lines): Container[] {
  const out: Container[] = [];
  const visit = (node: unknown, kind: string | undefined, depth: number): void => {
    if (depth > 12) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, kind, depth + 1);
      return;
    }
    if (!isRecord(node)) return;
    const own = typeof node.kind === 'string' ? node.kind : kind;
    if (Array.isArray(node.containers))
      for (const c of node.containers) {
        if (!isRecord(c) || typeof c.image !== 'string') continue;
        const command = listedWords(c.command);
        const args = listedWords(c.args);
        const name = typeof c.name === 'string' ? c.name : c.image;
        out.push({
          ...evidence(file, lines.find(c.image), `${own ?? 'Kubernetes'} container ${name} runs image ${c.image}`),
          image: c.image,
          ...(own && RUN_TO_COMPLETION.includes(own) ? { job: KUBERNETES_JOB } : {}),
          ...(command ? { entrypoint: [...command, ...(args ?? [])].join(' '), command: '' } : {}),
          ...(!command && args ? { command: args.join(' ') } : {}),
        });
      }
    for (const [key, value] of Object.entries(node)) if (key !== 'initContainers') visit(value, own, depth + 1);
  };
  for (const doc of docs) visit(doc, undefined, 0);
  return out;
}

/** Workloads whose pods run to completion, once or on a schedule: what they run is a job, not a server. */
const RUN_TO_COMPLETION = ['Job', 'CronJob'];

/** The worker a Job or CronJob runs from the repository's own script. */
const KUBERNETES_JOB = 'Kubernetes job';

import type { Backend } from '../model/common.js';

/** The two backends' names as people write them: the one place every report and reason takes them from. */
export const BACKEND_DISPLAY: Readonly<Record<Backend, string>> = { node: 'Node.js', python: 'Python' };

/** Which base images and runtime strings (`FROM node:20`, `runtime: python3.12`) mean which backend. */
const RUNTIME_HINTS: readonly { pattern: RegExp; backend: Backend }[] = [
  {
    pattern:
      /(^|\/)(node|nodejs|bun|deno)(:|$|[-_@])|typescript-node|nikolaik\/python-nodejs|^nodejs\d|lambda\/nodejs/i,
    backend: 'node',
  },
  {
    pattern:
      /(^|\/)(python|pypy)(:|$|[-_\d@])|uvicorn-gunicorn|tiangolo\/|lambda\/python|^python\d|jupyter\/|pytorch\/pytorch|tensorflow\/tensorflow/i,
    backend: 'python',
  },
];

/** The backend an image name or a platform's runtime string runs on, if either. */
export function backendOfRuntime(value: string): Backend | undefined {
  return RUNTIME_HINTS.find((h) => h.pattern.test(value))?.backend;
}

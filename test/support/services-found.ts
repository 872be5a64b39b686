import { detect } from '../../src/detect/index.js';
import { scanTree } from './scan-tree.js';

/** Each service of a tree as `path:kind:frameworks:entries` and each folder left out as `path:reason`. */
export function servicesFound(files: Record<string, string>): string[] {
  const facts = detect(scanTree(files), {});
  return [
    ...facts.services.map(
      (s) => `${s.path}:${s.kind}:${s.frameworks.join('+')}:${s.entry.map((e) => e.detail).join(' + ')}`,
    ),
    ...facts.notServices.map((n) => `${n.path}:${n.reason}`),
  ];
}

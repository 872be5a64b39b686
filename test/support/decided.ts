import { detect } from '../../src/detect/index.js';
import { scanTree } from './scan-tree.js';

/** What detect decides for a tree of files: `path kind` per service, `path reason: why` per folder set apart. */
export function decided(tree: Record<string, string>): { services: string[]; notServices: string[] } {
  const facts = detect(scanTree(tree));
  return {
    services: facts.services.map((s) => `${s.path} ${s.kind}`),
    notServices: facts.notServices.map((n) => `${n.path} ${n.reason}: ${n.why}`),
  };
}

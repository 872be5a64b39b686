import type { Evidence } from '../model/common.js';
import type { CodeFact } from '../model/facts.js';

/**
 * Source files whose server only hosts a frontend's build: the file mounts a folder of static
 * files and sends the app's `index.html` for the paths the browser routes, and its only routes are
 * that fallback (`app.get('/*', ...)`). A single-page app's `server.js` on a platform that runs
 * `npm start` is its host, not a backend: it serves no request of its own.
 * `routed`: the server files (`serverFiles`: those importing a server framework) holding routes of
 * their own, an API beside the build; a browser's calls (`client.get('/posts')`) are no routes.
 */
export function buildHosts(
  facts: readonly CodeFact[],
  serverFiles: ReadonlySet<string>,
): { hosts: Map<string, Evidence>; routed: Set<string> } {
  const parts = new Map<string, { mount?: Evidence; fallback: boolean; lines: Set<number> }>();
  const routes: CodeFact[] = [];
  for (const fact of facts) {
    if (fact.kind === 'route' && serverFiles.has(fact.file)) routes.push(fact);
    if (fact.kind !== 'build-host' || !fact.hosts) continue;
    let file = parts.get(fact.file);
    if (!file) parts.set(fact.file, (file = { fallback: false, lines: new Set() }));
    if (fact.hosts === 'mount') file.mount ??= { file: fact.file, line: fact.line, detail: fact.detail };
    else {
      // the fallback's route and the line sending the page are the host's, not routes of its own
      file.lines.add(fact.line);
      if (fact.hosts === 'fallback') file.fallback = true;
    }
  }
  const routed = new Set(routes.filter((r) => !parts.get(r.file)?.lines.has(r.line)).map((r) => r.file));
  const hosts = new Map<string, Evidence>();
  for (const [file, { mount, fallback }] of parts) if (mount && fallback && !routed.has(file)) hosts.set(file, mount);
  return { hosts, routed };
}

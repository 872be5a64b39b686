import { SERVERS } from '../../knowledge/servers/index.js';
import { baseName } from '../../paths.js';
import { dep, Lines, manifestOf, type ParsedManifest } from './util.js';

/**
 * A framework's app file (Wasp's `main.wasp`): the app its CLI generates a server from, so the
 * file's folder is a project of the record's ecosystem that depends on the framework's package and
 * is started by its CLI (`wasp start`). A file of the name without the app's declaration (a
 * snippet, another tool's) declares nothing.
 */
export function parseAppFile(file: string, text: string): ParsedManifest {
  const base = baseName(file);
  for (const record of SERVERS) {
    for (const [ecosystem, facet] of [
      ['node', record.node],
      ['python', record.python],
    ] as const) {
      const app = facet?.appFile;
      const pkg = facet?.packages?.[0];
      if (!app || !pkg || !app.names.includes(base)) continue;
      const found = app.marker.exec(text);
      if (!found) continue;
      const line = new Lines(text).at(found.index + found[0].search(/\S/));
      return {
        manifest: manifestOf('app-file', file, ecosystem, {
          dependencies: [dep(pkg, ecosystem, file, { line })],
          scripts: { start: app.start },
        }),
        warnings: [],
      };
    }
  }
  return { warnings: [] };
}

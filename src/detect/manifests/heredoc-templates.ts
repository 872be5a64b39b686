import type { DeployedFunction } from '../../model/facts.js';
import { resolveInside } from '../../paths.js';
import { parseCloudFormation } from './deploy.js';
import { dirOf } from './util.js';
import { hereDocuments } from '../lines.js';

/** The program writing a here-document to a file: `cat > template.yaml <<EOF`, `cat <<'EOF' > t.yml`, `tee t.json <<-EOF`. */
const WRITER = /^\s*(cat|tee)\b/;
/** A line that leaves the root: the paths after it are not read from there. */
const CHANGES_FOLDER = /(?:^|[;&|(])\s*(?:cd|pushd)\s/;
/** The file the here-document is written to, from the words around `<<` (`> path`, `>path`, or tee's argument). */
const TARGET = /(?:^|\s)(?:>\s*|tee\s+(?:-a\s+)?)(?<path>[^\s;&|>]+)/;
/** A template's name: JSON or YAML, written as a plain path. */
const TEMPLATE_PATH = /^[\w./-]+\.(?:ya?ml|json)$/;

/**
 * SAM/CloudFormation templates a script writes with a here-document (`cat > template.yaml <<EOF ...
 * EOF` before `sam deploy`): each function resource the body declares, read as the template it
 * writes, its code folder from the template's own folder. The template's path is read from the
 * repository root (where CI and a README run scripts), not after a `cd`; a path set by a variable,
 * or a body holding substitutions in its paths, names no folder. Nothing is run.
 */
export function heredocTemplateFunctions(file: string, text: string): DeployedFunction[] {
  if (!text.includes('<<')) return [];
  const lines = text.split(/\r?\n/);
  const out: DeployedFunction[] = [];
  let moved = false;
  let read = 0; // the lines before this one were looked at for a `cd`
  for (const doc of hereDocuments(lines)) {
    moved ||= lines.slice(read, doc.start + 1).some((l) => CHANGES_FOLDER.test(l));
    read = doc.end + 1;
    if (!doc.closed) break;
    const writer = WRITER.exec(doc.before);
    if (!writer) continue;
    const words = `${writer[1] === 'tee' ? 'tee ' : ''}${doc.before.slice(writer[0].length)} ${doc.after}`;
    const target = TARGET.exec(words)?.groups?.path;
    if (moved || target === undefined || !TEMPLATE_PATH.test(target)) continue;
    const path = resolveInside('.', target);
    if (path === undefined) continue;
    for (const fn of parseCloudFormation(path, doc.body).manifest?.functions ?? []) {
      if (fn.dir?.includes('$')) continue;
      const { file: _, line: at, detail, ...rest } = fn;
      out.push({
        ...rest,
        file,
        // the body's line, counted in the script
        line: doc.start + 1 + (at ?? 0),
        detail: `writes ${path} with a here-document: ${detail}`,
        dir: fn.dir ?? dirOf(path),
      });
    }
  }
  return out;
}

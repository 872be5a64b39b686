import type { DeployedFunction } from '../../model/facts.js';
import { resolveInside } from '../../paths.js';
import { parseCloudFormation } from './deploy.js';
import { dirOf } from './util.js';

/** A line starting a here-document written to a file: `cat > template.yaml <<EOF`, `cat <<'EOF' > t.yml`, `tee t.json <<-EOF`. */
const HEREDOC_START = /^\s*(?:cat|tee)\b(?<before>[^<]*)<<-?\s*(?<quote>['"]?)(?<mark>\w+)\k<quote>(?<after>.*)$/;
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
  const lines = text.split(/\r?\n/);
  const out: DeployedFunction[] = [];
  let moved = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/(?:^|[;&|(])\s*(?:cd|pushd)\s/.test(line)) moved = true;
    const start = HEREDOC_START.exec(line);
    if (!start?.groups) continue;
    const { before = '', after = '', mark = '' } = start.groups;
    const end = lines.findIndex((l, j) => j > i && l.trim() === mark);
    if (end < 0) break;
    const body = lines.slice(i + 1, end).join('\n');
    const target = TARGET.exec(`${line.trimStart().startsWith('tee') ? 'tee ' : ''}${before} ${after}`)?.groups?.path;
    const first = i;
    i = end;
    if (moved || target === undefined || !TEMPLATE_PATH.test(target)) continue;
    const path = resolveInside('.', target);
    if (path === undefined) continue;
    for (const fn of parseCloudFormation(path, body).manifest?.functions ?? []) {
      if (fn.dir?.includes('$')) continue;
      const { file: _, line: at, detail, ...rest } = fn;
      out.push({
        ...rest,
        file,
        // the body's line, counted in the script
        line: first + 1 + (at ?? 0),
        detail: `writes ${path} with a here-document: ${detail}`,
        dir: fn.dir ?? dirOf(path),
      });
    }
  }
  return out;
}

import { HOST_UNIT_FORMATS, type HostUnitFormat } from '../../knowledge/host-units.js';
import type { Manifest } from '../../model/facts.js';
import { baseName } from '../../paths.js';
import { hereDocuments, joinContinued } from '../lines.js';
import { manifestOf, type ParsedManifest } from './util.js';

/**
 * Programs a host runs from the tree as checked out: systemd units (`ExecStart=` in
 * `WorkingDirectory=`) and supervisor programs (`command=` in `directory=`), from their files in the
 * tree, their config-management templates (`api.service.j2`, `supervisor/templates/celery.tpl`),
 * and the heredocs a deploy script writes them with. Each is one command line, `cd <dir> && <command>`,
 * with template placeholders made single words and a program run from a bin folder (a virtualenv's
 * `/srv/app/venv/bin/gunicorn`) named by itself; the deploy chain finds where the checkout sits.
 */

type HostRun = NonNullable<Manifest['hostRuns']>[number];

/** The format of a file of the tree, by its name or where it sits. */
export function hostUnitFormat(file: string): HostUnitFormat | undefined {
  return HOST_UNIT_FORMATS.find((f) => f.files.test(baseName(file)) || f.paths?.test(file));
}

/** A unit file or a supervisor template of the tree: the programs it runs. */
export function parseHostUnit(file: string, text: string): ParsedManifest {
  const format = hostUnitFormat(file);
  const hostRuns = format ? unitRuns(format, text, file, 0, `${format.label} ${baseName(file)}`) : [];
  return { manifest: manifestOf('host-unit', file, undefined, { hostRuns }), warnings: [] };
}

/** A plain supervisor config's programs (a `supervisor-conf` manifest), as a host runs them. */
export function supervisorRuns(file: string, text: string): HostRun[] {
  const format = HOST_UNIT_FORMATS.find((f) => f.id === 'supervisord')!;
  return unitRuns(format, text, file, 0, `${format.label} in ${baseName(file)}`);
}

/** The programs of a unit or supervisor text: one command line per program section that names a command. */
export function unitRuns(format: HostUnitFormat, text: string, file: string, offset: number, label: string): HostRun[] {
  const runs: HostRun[] = [];
  let program: { name: string; line: number; command?: string; dir?: string } | undefined;
  const close = () => {
    if (program?.command) {
      const command = hostCommand(program.command);
      runs.push({
        file,
        line: program.line,
        detail: format.id === 'systemd' ? label : `${label} [${program.name}]`,
        command: program.dir ? `cd ${placeholders(program.dir)} && ${command}` : command,
      });
    }
  };
  for (const { text: line, first } of joinContinued(text.split(/\r?\n/))) {
    const at = first + 1;
    const section = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (section) {
      close();
      const name = section[1]!.trim();
      const header = format.section.exec(name);
      program = header ? { name: header.groups?.name ?? name, line: offset + at } : undefined;
      continue;
    }
    const setting = program && /^\s*([\w.-]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!setting || !program) continue;
    if (setting[1] === format.commandKey && setting[2]) {
      program.command = setting[2];
      program.line = offset + at;
    } else if (setting[1] === format.dirKey && setting[2]) program.dir = setting[2].replace(/^-/, '');
  }
  close();
  return runs;
}

/** Units a shell script writes with a heredoc to where the host reads them (`cat <<EOF | sudo tee /etc/systemd/system/api.service`). */
export function writtenUnits(file: string, text: string): HostRun[] {
  // every script and workflow is asked, most with no heredoc at all
  if (!text.includes('<<')) return [];
  const lines = text.split(/\r?\n/);
  return hereDocuments(lines).flatMap((doc) => {
    const target = lines[doc.start]!.split(/[\s'"|>]+/).find((w) => HOST_UNIT_FORMATS.some((f) => f.writtenTo.test(w)));
    const format = target && HOST_UNIT_FORMATS.find((f) => f.writtenTo.test(target));
    return format ? unitRuns(format, doc.body, file, doc.start + 1, `${file} writes ${target}`) : [];
  });
}

/**
 * A program's command as the deploy chain reads it: systemd's prefixes (`-`, `@`, `+`, `!`) off,
 * placeholders as single words, and a program in a bin folder (`/srv/app/venv/bin/celery`,
 * `{{ venv }}/bin/gunicorn`) by its name.
 */
function hostCommand(command: string): string {
  const words = placeholders(command.replace(/^[-@+!:]+/, '')).split(/\s+/);
  words[0] = words[0]!.replace(/^\S*\/bin\/(?=[\w.-]+$)/, '');
  return words.join(' ');
}

/**
 * Template and environment placeholders (`<%= @appname %>`, `{{ app_dir }}`, `${APP}`, `$APP`,
 * `{base}`, `%(ENV_HOME)s`, systemd's `%h`) as one word each, `@name@`: a path holding one is an
 * unknown folder, never read as a folder of the tree, and the command's words stay whole.
 */
function placeholders(text: string): string {
  const word = (name: string) => `@${name.replace(/\W+/g, '') || 'var'}@`;
  return text
    .replace(/<%-?=?\s*([\s\S]*?)\s*-?%>/g, (_, n: string) => word(n))
    .replace(/\{\{-?\s*([\s\S]*?)\s*-?\}\}/g, (_, n: string) => word(n))
    .replace(/\$\{(\w+)[^}]*\}|\$(\w+)/g, (_, a?: string, b?: string) => word(a ?? b ?? ''))
    .replace(/%\((\w+)\)s|\{(\w+)\}|%([a-zA-Z])(?=\/|$)/g, (_, a?: string, b?: string, c?: string) =>
      word(a ?? b ?? c ?? ''),
    );
}

import type { ServerKnowledge } from '../knowledge/servers/derive.js';
import { pythonModuleFiles, resolveInside } from '../paths.js';
import { execWords } from './command-words.js';

/**
 * A command a README or Makefile says to run, as the commands the deployment tracer reads: the
 * server's module run by the runtime (`python -m uvicorn main:app`) as the server's own command,
 * and an app the server finds by itself (`FLASK_APP=server.py flask run`, a bare `flask run` next
 * to `app.py`) named by its option. Each candidate names the code it runs, so that the tracer
 * can find the file; a command naming no file of the tree starts nothing (a library's README
 * showing how its users run their app).
 */
export function writtenCommands(
  command: string,
  dir: string,
  files: ReadonlySet<string>,
  k: ServerKnowledge,
): string[] {
  const words = execWords(command) ?? [];
  const env = new Map<string, string>();
  let i = 0;
  for (; i < words.length && /^[A-Za-z_]\w*=/.test(words[i]!); i++) {
    const [name, ...value] = words[i]!.split('=');
    env.set(name!, value.join('='));
  }
  let rest = words.slice(i);
  // `python -m flask run`: the server's module, when it is no module of the tree, is the server's command
  const launcher = rest[0] && k.scriptLaunchers.find((l) => l.backend === 'python' && l.pattern.test(rest[0]!));
  if (launcher && rest[1] === '-m' && rest[2] && !ownModule(rest[2], dir, files)) rest = rest.slice(2);
  const discovery = k.appDiscovery.find((d) => d.program === rest[0]);
  if (!discovery || rest.some((w) => w === discovery.option || w.startsWith(`${discovery.option}=`)))
    return [rest.join(' ')].filter(Boolean);
  const named = env.get(discovery.env);
  const apps = named !== undefined ? [named.replace(/\.py$/, '').replace(/\//g, '.')] : discovery.defaults;
  return apps.map((app) => [rest[0], discovery.option, app, ...rest.slice(1)].join(' '));
}

function ownModule(module: string, dir: string, files: ReadonlySet<string>): boolean {
  return pythonModuleFiles(module, true).some((f) => {
    const file = resolveInside(dir, f);
    return file !== undefined && files.has(file);
  });
}

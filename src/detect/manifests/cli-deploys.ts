import { SERVER_KNOWLEDGE } from '../../knowledge/servers/index.js';
import { backendOfRuntime } from '../../knowledge/backends.js';
import type { DeployedFunction } from '../../model/facts.js';
import { resolveInside } from '../../paths.js';
import { execWords } from '../command-words.js';
import { evidence } from './util.js';

/**
 * Functions a script or CI workflow deploys from the command line (`gcloud functions deploy
 * hello --source functions/hello --runtime python312`), each to its source folder, its backend
 * from the runtime (the runtime hints deployment files share). The folder is read from the repository root, where CI and a README run the
 * script; one that leaves the root from there (`../functions/x`) from `runsIn`, the script's folder.
 * Lines continued with a backslash are read as one command; nothing is run.
 */
export function cliFunctionDeploys(file: string, text: string, runsIn: string): DeployedFunction[] {
  const deploys = SERVER_KNOWLEDGE.functionDeployments.cli;
  if (deploys.length === 0) return [];
  const out: DeployedFunction[] = [];
  const physical = text.split(/\r?\n/);
  for (let i = 0; i < physical.length; i++) {
    const line = i + 1;
    let command = physical[i]!;
    // a deploy left in a comment deploys nothing
    if (command.trimStart().startsWith('#')) continue;
    while (/\\\s*$/.test(command) && i + 1 < physical.length) command = command.replace(/\\\s*$/, ' ') + physical[++i];
    for (const deploy of deploys) {
      const found = deploy.pattern.exec(command);
      if (!found) continue;
      const words = execWords(command.slice(found.index + found[0].length)) ?? [];
      const option = (name: string) => {
        const at = words.findIndex((w) => w === name || w.startsWith(`${name}=`));
        return at < 0 ? undefined : words[at]!.includes('=') ? words[at]!.slice(name.length + 1) : words[at + 1];
      };
      const source = option(deploy.sourceOption);
      // scripts are run from the repository root (`./scripts/deploy.sh`, as CI does); a path that leaves it from there is the script's own
      const dir =
        source === undefined || source.includes('$')
          ? undefined
          : (resolveInside('.', source) ?? resolveInside(runsIn, source));
      if (dir === undefined) continue;
      const name = words.find((w) => !w.startsWith('-')) ?? 'function';
      const runtime = option(deploy.runtimeOption);
      const backend = runtime === undefined ? undefined : backendOfRuntime(runtime);
      out.push({
        ...evidence(file, line, `deploys the ${deploy.record.name} ${name}${runtime ? ` (${runtime})` : ''}`),
        dir,
        ...(backend ? { backend } : runtime ? { otherRuntime: runtime } : {}),
        platform: deploy.record.name,
      });
    }
  }
  return out;
}

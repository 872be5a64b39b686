/**
 * Libraries that make a program's commands (`tool ui --port 8000`): a file of a Python
 * distribution that imports one and starts a server is a command its user types. Where the
 * distribution declares console scripts and no Dockerfile, compose file, Procfile or platform file
 * runs it, that server (a tool's local web UI, `tool ui`) runs on the user's machine: the
 * distribution is a command-line tool, not a service (detect/cli-commands). One record per library,
 * by the module its users import.
 */
export interface CliFramework {
  id: string;
  name: string;
  /** Top-level Python modules that are this library. */
  modules: readonly string[];
}

export const CLI_FRAMEWORKS: readonly CliFramework[] = [
  { id: 'typer', name: 'Typer', modules: ['typer'] },
  { id: 'click', name: 'Click', modules: ['click', 'rich_click', 'asyncclick'] },
  { id: 'cyclopts', name: 'Cyclopts', modules: ['cyclopts'] },
  { id: 'fire', name: 'Python Fire', modules: ['fire'] },
  { id: 'cleo', name: 'Cleo', modules: ['cleo'] },
];

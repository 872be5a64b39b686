import { WORKSPACE_FILE_FORMATS, type WorkspaceFileFormat } from '../../knowledge/workspace-files.js';
import type { WorkspaceProject } from '../../model/facts.js';
import { baseName, resolveInside } from '../../paths.js';
import { describeParseError, dirOf, isRecord, Lines, manifestOf, problem, type ParsedManifest } from './util.js';

/**
 * An Nx `project.json`, an Nx or Angular CLI `workspace.json`/`angular.json`, or a monorepo
 * `nest-cli.json` -> the projects it makes (name, folder, application or library, the target that
 * runs it with Node.js). A file of one of these names that is no such workspace (a `project.json`
 * of another tool, a single-project `nest-cli.json`) gives no manifest.
 */
export function parseWorkspaceFile(file: string, text: string): ParsedManifest {
  const format = WORKSPACE_FILE_FORMATS.find((f) => f.names.some((n) => n.test(baseName(file))));
  if (!format) return { warnings: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return problem(file, describeParseError('JSON', error));
  }
  if (!isRecord(data) || (format.requires && data[format.requires] !== true)) return { warnings: [] };
  const dir = dirOf(file);
  const lines = new Lines(text);
  const projects: WorkspaceProject[] = [];
  if (format.layout === 'project') {
    const project = projectOf(format, dir, data, typeof data.name === 'string' ? data.name : baseName(dir), lines);
    if (project) projects.push(project);
  } else if (isRecord(data.projects)) {
    // the Nest CLI's `root` names the project a bare `nest start` runs
    const defaultRoot = typeof data.root === 'string' ? resolveInside(dir, data.root) : undefined;
    for (const [name, settings] of Object.entries(data.projects)) {
      // a project given by its folder alone (`"api": "apps/api"`) keeps its settings in its own project.json
      if (!isRecord(settings) || typeof settings.root !== 'string') continue;
      const root = resolveInside(dir, settings.root);
      if (root === undefined) continue;
      const project = projectOf(format, root, settings, name, lines);
      if (project) projects.push(root === defaultRoot ? { ...project, default: true } : project);
    }
  }
  if (projects.length === 0) return { warnings: [] };
  return { manifest: manifestOf('workspace-file', file, 'node', { workspaceProjects: projects }), warnings: [] };
}

/** One project's settings -> the project, or undefined when they are no workspace project's. */
function projectOf(
  format: WorkspaceFileFormat,
  dir: string,
  settings: Record<string, unknown>,
  name: string,
  lines: Lines,
): WorkspaceProject | undefined {
  // Nx calls them targets and executors; Angular CLI files (and Nx before 11) architect and builders
  const targets = isRecord(settings.targets)
    ? settings.targets
    : isRecord(settings.architect)
      ? settings.architect
      : {};
  const typed = settings.projectType ?? settings.type;
  if (typed === undefined && Object.keys(targets).length === 0) return undefined;
  let serve: string | undefined;
  for (const [target, options] of Object.entries(targets)) {
    if (!isRecord(options)) continue;
    const executor = options.executor ?? options.builder;
    if (typeof executor === 'string' && format.nodeExecutors?.test(executor)) {
      serve = `${target}: ${executor}`;
      break;
    }
  }
  const type = typed === 'library' ? 'library' : typed === 'application' || serve ? 'application' : undefined;
  if (!type) return undefined;
  const line = lines.find(`"${name}"`);
  return {
    name,
    dir,
    type,
    format: format.id,
    ...(line ? { line } : {}),
    ...(serve ? { serve } : {}),
  };
}

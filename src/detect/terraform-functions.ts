import { backendOfRuntime } from '../knowledge/backends.js';
import { manifestKindOf } from '../knowledge/manifest-files.js';
import { manifestFormat } from '../knowledge/manifest-formats.js';
import { SERVER_KNOWLEDGE } from '../knowledge/servers/index.js';
import type { FunctionDeployments } from '../knowledge/servers/derive.js';
import {
  TERRAFORM_ARCHIVES,
  TERRAFORM_COMMAND_PROVISIONERS,
  TERRAFORM_CONTAINER_RESOURCES,
  TERRAFORM_PATH_VALUES,
  TERRAFORM_UPLOADS,
} from '../knowledge/terraform.js';
import type { Backend, Warning } from '../model/common.js';
import { standsIn } from '../knowledge/service-roles.js';
import type { DeployedFunction, Manifest } from '../model/facts.js';
import { builtInto, foldersOf, isInside, parentOf, resolveInside } from '../paths.js';
import { attributeAt, readHcl, type HclBlock } from './hcl.js';
import { cliFunctionDeploys, cliSourceDeploys } from './manifests/cli-deploys.js';
import { manifestOf } from './manifests/util.js';

/** The blocks of one `.tf` file that can name a function's code, kept until its module's other files are read. */
export interface TerraformFile {
  file: string;
  blocks: HclBlock[];
}

type Deployments = FunctionDeployments['terraform'];

/** Block types a function's code is traced through: the functions, archives, uploads, variables and locals. */
const KEPT = new Set(['resource', 'data', 'module', 'variable', 'locals']);

/** One `.tf` file's blocks that matter here (none when it holds none), and the line that says why a file could not be read. */
export function readTerraformFile(file: string, text: string): { terraform?: TerraformFile; warnings: Warning[] } {
  const { body, error } = readHcl(text);
  const warnings = error ? [{ file, message: `could not read the Terraform configuration past ${error}` }] : [];
  const blocks = body.blocks.filter((b) => KEPT.has(b.type));
  return blocks.length ? { terraform: { file, blocks }, warnings } : { warnings };
}

/**
 * The functions each Terraform module (the `.tf` files of one folder) deploys, at their code
 * folders: a function's code attribute names an archive (`data.archive_file`), an upload of one
 * (`google_storage_bucket_object`), an archive's output path, or a source folder; the archive's
 * `source_dir` is the folder, its `source_file` the file whose folder it is. A folder the tree
 * lacks (a build's output, `dist/`) is the project it is built in, the nearest folder above it
 * holding a project file. Paths are read from the module's folder (`path.module`, and the root
 * module's working directory); a variable's default and a local stand for themselves. A path
 * computed from anything else, or one the tree does not hold, is a warning and no service.
 */
export function terraformManifests(
  files: readonly TerraformFile[],
  paths: readonly string[],
  deployments: Deployments = SERVER_KNOWLEDGE.functionDeployments.terraform,
): { manifests: Manifest[]; warnings: Warning[] } {
  if (files.length === 0) return { manifests: [], warnings: [] };
  const tree = { files: new Set(paths), folders: foldersOf(paths), projects: projectFolders(paths) };
  const modules = new Map<string, TerraformFile[]>();
  for (const f of files) modules.set(parentOf(f.file), [...(modules.get(parentOf(f.file)) ?? []), f]);
  const manifests: Manifest[] = [];
  const warnings: Warning[] = [];
  for (const [dir, moduleFiles] of modules) {
    const module = new Module(dir, moduleFiles, tree);
    for (const { file, functions, problems } of deployments.length ? module.functions(deployments) : []) {
      if (functions.length) manifests.push(manifestOf('terraform', file, undefined, { functions }));
      warnings.push(...problems);
    }
    manifests.push(...module.commandDeploys(), ...module.containerRuns());
  }
  return { manifests, warnings };
}

interface Tree {
  files: ReadonlySet<string>;
  folders: ReadonlySet<string>;
  projects: ReadonlySet<string>;
}

/** A code path as a function's attributes name it, or the expression it is computed from. */
type Code = { path: string; names: 'file' | 'folder' } | { computed: string; archive?: string };

/** How deep a chain of references (a function -> an upload -> an archive -> a variable) is followed. */
const MAX_HOPS = 6;

class Module {
  private readonly archives = new Map<string, HclBlock>();
  private readonly uploads = new Map<string, HclBlock>();
  private readonly values = new Map<string, string>();
  private readonly reference: RegExp;

  constructor(
    private readonly dir: string,
    private readonly files: readonly TerraformFile[],
    private readonly tree: Tree,
  ) {
    for (const { blocks } of files)
      for (const b of blocks) {
        const [type, name] = b.labels;
        if (b.type === 'data' && TERRAFORM_ARCHIVES.some((a) => a.dataSource === type) && name)
          this.archives.set(`data.${type}.${name}`, b);
        if (b.type === 'resource' && TERRAFORM_UPLOADS.some((u) => u.resource === type) && name)
          this.uploads.set(`${type}.${name}`, b);
        const value = b.attributes.get('default');
        if (b.type === 'variable' && type && value) this.values.set(`var.${type}`, value.expr);
        if (b.type === 'locals') for (const [k, v] of b.attributes) this.values.set(`local.${k}`, v.expr);
      }
    const kinds = [
      ...TERRAFORM_ARCHIVES.map((a) => `data\\.${a.dataSource}`),
      ...TERRAFORM_UPLOADS.map((u) => u.resource),
    ];
    this.reference = new RegExp(String.raw`\b((?:${kinds.join('|')})\.[\w-]+)`);
  }

  /**
   * The deploys the module's provisioners make from the command line (`gcloud functions deploy thumbs --source
   * ../thumbs`, `gcloud run deploy api --source .` in a `working_dir`), read as a script's lines are: a function at
   * its source folder, a folder built and run by a platform. A command or folder computed from what the module
   * cannot tell (`${var.dir}`) deploys nothing known.
   */
  commandDeploys(): Manifest[] {
    const out: Manifest[] = [];
    for (const { file, blocks } of this.files) {
      const functions: DeployedFunction[] = [];
      const sourceDeploys: NonNullable<Manifest['sourceDeploys']> = [];
      for (const block of blocks)
        for (const p of TERRAFORM_COMMAND_PROVISIONERS)
          for (const run of block.blocks.filter((b) => b.type === 'provisioner' && b.labels[0] === p.provisioner)) {
            const command = run.attributes.get(p.command);
            const read = command === undefined ? undefined : this.commandText(command.expr);
            const folderExpr = run.attributes.get(p.folder)?.expr;
            const folder = folderExpr === undefined ? '.' : this.value(folderExpr);
            const runsIn = folder === undefined ? undefined : resolveInside(this.dir, folder);
            if (read === undefined || runsIn === undefined) continue;
            const { text, below } = read;
            // the command's lines are numbered from its attribute's (a heredoc's from the line below it)
            const at = <T extends { line?: number }>(d: T): T => ({
              ...d,
              line: command!.line + below + (d.line ?? 1) - 1,
            });
            const runs = { from: 'folder', bare: true } as const;
            functions.push(...cliFunctionDeploys(file, text, runsIn, runs).map(at));
            sourceDeploys.push(...cliSourceDeploys(file, text, runsIn, runs).map(at));
          }
      if (functions.length || sourceDeploys.length)
        out.push(
          manifestOf('terraform', file, undefined, {
            ...(functions.length ? { functions } : {}),
            ...(sourceDeploys.length ? { sourceDeploys } : {}),
          }),
        );
    }
    return out;
  }

  /** The images the module's container resources run by name (a Cloud Run service or job), each where it is named. */
  containerRuns(): Manifest[] {
    const out: Manifest[] = [];
    for (const { file, blocks } of this.files) {
      const containers: NonNullable<Manifest['containers']> = [];
      for (const block of blocks) {
        const record = TERRAFORM_CONTAINER_RESOURCES.find(
          (r) => block.type === 'resource' && block.labels[0] === r.resource,
        );
        const attribute = record && attributeAt(block, record.image);
        const image = attribute && this.commandText(attribute.expr)?.text;
        if (!record || !attribute || !image) continue;
        containers.push({
          file,
          line: attribute.line,
          detail: `${record.resource} "${block.labels[1] ?? ''}" runs the image ${attribute.expr.replace(/^"|"$/g, '')}`,
          image,
          ...(record.job ? { job: record.job } : {}),
        });
      }
      if (containers.length) out.push(manifestOf('terraform', file, undefined, { containers }));
    }
    return out;
  }

  /**
   * A command attribute's text: a string literal or a heredoc, each template the module can tell written out
   * (`${path.module}`), any other left as a shell variable (`$X`), which names no folder of the tree.
   */
  private commandText(expr: string): { text: string; below: number } | undefined {
    const heredoc = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n([\s\S]*?)\r?\n[ \t]*\1\s*$/.exec(expr);
    const literal = heredoc ? undefined : /^"((?:[^"\\]|\\.)*)"$/.exec(expr.trim());
    const body = heredoc
      ? heredoc[2]!
      : literal
        ? literal[1]!.replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1')
        : undefined;
    const text = body?.replace(/\$\{([^}]*)\}/g, (_, inner: string) => this.value(inner) ?? '$X');
    return text === undefined ? undefined : { text, below: heredoc ? 1 : 0 };
  }

  functions(deployments: Deployments): { file: string; functions: DeployedFunction[]; problems: Warning[] }[] {
    return this.files.map(({ file, blocks }) => {
      const functions: DeployedFunction[] = [];
      const problems: Warning[] = [];
      for (const block of blocks) {
        const deployment = deploymentOf(block, deployments, (e) => this.value(e));
        if (!deployment) continue;
        const where = `line ${block.line}: ${block.type === 'module' ? 'module' : block.labels[0]} "${block.labels.at(-1)}" (${deployment.record.name})`;
        const code = this.codeOf(block, deployment.code);
        if (!code) continue;
        const runtimeExpr = attributeAt(block, deployment.runtime)?.expr;
        const runtime = runtimeExpr === undefined ? undefined : this.value(runtimeExpr);
        const backend = runtime === undefined ? undefined : backendOfRuntime(runtime);
        const folder = 'computed' in code ? undefined : this.codeFolder(code);
        // a zip the tree does not hold (built by a script, or ignored), or an archive of a folder it lacks: the
        // handler's module names the code's folder (a path computed from a caller's variable is not guessed)
        const unbuilt = !('computed' in code) || code.archive !== undefined;
        const byHandler = folder === undefined && unbuilt ? this.handlerFolder(block, deployment, backend) : undefined;
        const dir = folder ?? byHandler?.dir;
        if (dir === undefined) {
          const unplaced = byHandler?.why ? `; ${byHandler.why}` : '';
          problems.push({
            file,
            message:
              'computed' in code
                ? `${where} deploys code from a computed path (${code.computed}); its folder is not known${unplaced}, so it is no service here (declare it in the config's services)`
                : `${where} deploys ${code.path}, which the scan does not see (absent or ignored)${unplaced}; no service for it`,
          });
          continue;
        }
        const via = byHandler?.file ? `, the one folder near it holding the handler's module ${byHandler.file}` : '';
        functions.push({
          file,
          line: block.line,
          detail: `${block.labels.join('.')} deploys ${dir}${runtime ? ` (${runtime})` : ''}${via}`,
          dir,
          platform: deployment.record.name,
          ...(backend ? { backend } : runtime ? { otherRuntime: runtime } : {}),
        });
      }
      return { file, functions, problems };
    });
  }

  /** The code a function's first present code attribute names; else an archive any of its attributes refers to (`source_code_hash`). */
  private codeOf(block: HclBlock, attributes: readonly string[]): Code | undefined {
    let computed: Code | undefined;
    for (const name of attributes) {
      const expr = attributeAt(block, name)?.expr;
      if (expr === undefined) continue;
      const code = this.codeFrom(expr, 0);
      if (code && !('computed' in code)) return code;
      // the attribute as written is what a warning quotes; an archive's path is kept for its handler
      computed ??= { computed: expr, ...(code && 'archive' in code && code.archive ? { archive: code.archive } : {}) };
    }
    for (const { expr } of block.attributes.values()) {
      const archive = this.reference.exec(expr)?.[1];
      if (archive && this.archives.has(archive)) return this.archiveCode(this.archives.get(archive)!, 0);
    }
    return computed;
  }

  private codeFrom(expr: string, hops: number): Code | undefined {
    if (hops > MAX_HOPS) return { computed: expr };
    const ref = this.reference.exec(expr)?.[1];
    const archive = ref === undefined ? undefined : this.archives.get(ref);
    if (archive) return this.archiveCode(archive, hops + 1);
    const value = this.value(expr);
    // an upload by reference, or by its object's name written out again (`source_archive_object = "function-source.zip"`)
    const upload =
      (ref === undefined ? undefined : this.uploads.get(ref)) ??
      (value === undefined ? undefined : [...this.uploads.values()].find((u) => this.uploadName(u) === value));
    if (upload) {
      const from = upload.attributes.get(uploadOf(upload).source)?.expr;
      return from === undefined ? undefined : this.codeFrom(from, hops + 1);
    }
    if (value === undefined) return { computed: expr };
    const path = resolveInside(this.dir, value);
    if (path === undefined) return { computed: expr };
    // an archive's output path written out again (`filename = "${path.module}/tmp/lambda.zip"`)
    for (const a of this.archives.values()) {
      const output = a.attributes.get(archiveOf(a).output)?.expr;
      const out = output === undefined ? undefined : this.value(output);
      if (out !== undefined && resolveInside(this.dir, out) === path) return this.archiveCode(a, hops + 1);
    }
    // a path to a package of its own (`source_path` of the module) names a folder or a file; a zip names neither
    if (/\.(?:zip|jar|tar|gz)$/i.test(path)) return { computed: expr, archive: path };
    return { path, names: this.tree.files.has(path) ? 'file' : 'folder' };
  }

  private uploadName(upload: HclBlock): string | undefined {
    const name = upload.attributes.get(uploadOf(upload).name)?.expr;
    return name === undefined ? undefined : this.value(name);
  }

  private archiveCode(archive: HclBlock, hops: number): Code | undefined {
    const { folder, file } = archiveOf(archive);
    for (const [attr, names] of [
      [folder, 'folder'],
      [file, 'file'],
    ] as const) {
      const expr = archive.attributes.get(attr)?.expr;
      if (expr === undefined) continue;
      const value = hops > MAX_HOPS ? undefined : this.value(expr);
      const path = value === undefined ? undefined : resolveInside(this.dir, value);
      return path === undefined ? { computed: expr } : { path, names };
    }
    // `source { content = ... }` blocks: code written inline, no folder of the repository
    return undefined;
  }

  /**
   * The folder of a handler's module (`main.lambda_handler` -> `main.py`, `src/index.handler` ->
   * `src/index.js`) whose zip the tree lacks: the one folder holding it, looked for in the module's
   * folder, then each folder above it in turn; several at the nearest level, or none, is a reason.
   */
  private handlerFolder(
    block: HclBlock,
    deployment: Deployments[number],
    backend: Backend | undefined,
  ): { dir?: string; file?: string; why?: string } | undefined {
    const handler = deployment.handler;
    const expr = handler && attributeAt(block, handler.attribute)?.expr;
    const written = expr === undefined ? undefined : this.value(expr);
    if (!handler || !backend || !written || written.lastIndexOf('.') <= 0) return undefined;
    const module = written.slice(0, written.lastIndexOf('.'));
    const path = backend === 'python' && !module.includes('/') ? module.replace(/\./g, '/') : module;
    const names = handler.files[backend].map((ext) => `${path}${ext}`);
    // the files that may be the module, each with its folder, found in one pass; each level keeps those inside it
    const modules: [dir: string, file: string][] = [];
    for (const f of this.tree.files) {
      if (standsIn(f)) continue;
      const name = names.find((n) => f === n || f.endsWith(`/${n}`));
      if (name) modules.push([f === name ? '.' : f.slice(0, f.length - name.length - 1), f]);
    }
    for (let scope = this.dir; ; scope = parentOf(scope)) {
      const found = new Map(modules.filter(([, f]) => isInside(f, scope)));
      if (found.size === 1) {
        const [dir, file] = [...found][0]!;
        return { dir, file };
      }
      if (found.size > 1)
        return {
          why: `${found.size} folders near it hold its handler's module (${[...found.values()].slice(0, 3).join(', ')})`,
        };
      if (scope === '.') return { why: `no file near it holds its handler's module ${path}` };
    }
  }

  /** The folder of the code: its own (a file's folder), or for a folder the tree lacks, the project it is built in. */
  private codeFolder(code: { path: string; names: 'file' | 'folder' }): string | undefined {
    const dir = code.names === 'file' ? parentOf(code.path) : code.path;
    // the module's own folder or one above it holds the configuration, not the code
    return builtInto(dir, this.tree.folders, this.tree.projects, (d) => isInside(this.dir, d));
  }

  /** A string an expression stands for: a literal with `path.*` templates, a variable's default, a local; else undefined. */
  private value(expr: string, hops = 0): string | undefined {
    const e = expr.trim();
    if (hops > MAX_HOPS) return undefined;
    const named = this.values.get(e);
    if (named !== undefined) return this.value(named, hops + 1);
    // an attribute of an object that a local or a variable's default holds (`local.producer.src_path`)
    const member = /^((?:local|var)\.[\w-]+)\.([\w-]+)$/.exec(e);
    if (member) {
      const object = this.values.get(member[1]!)?.trim();
      const items = object?.startsWith('{') && object.endsWith('}') ? readHcl(object.slice(1, -1)) : undefined;
      const item = items && !items.error ? items.body.attributes.get(member[2]!) : undefined;
      return item && this.value(item.expr, hops + 1);
    }
    if (TERRAFORM_PATH_VALUES.includes(e)) return '.';
    const literal = /^"((?:[^"\\$]|\\.|\$(?!\{)|\$\{[^}"]*\})*)"$/.exec(e);
    if (!literal) return undefined;
    let unknown = false;
    const text = literal[1]!.replace(/\$\{([^}]*)\}/g, (_, inner: string) => {
      const v = this.value(inner, hops + 1);
      if (v === undefined) unknown = true;
      return v ?? '';
    });
    return unknown ? undefined : text.replace(/\\(.)/g, '$1');
  }
}

function archiveOf(block: HclBlock): (typeof TERRAFORM_ARCHIVES)[number] {
  return TERRAFORM_ARCHIVES.find((a) => a.dataSource === block.labels[0])!;
}

function uploadOf(block: HclBlock): (typeof TERRAFORM_UPLOADS)[number] {
  return TERRAFORM_UPLOADS.find((u) => u.resource === block.labels[0])!;
}

/** The deployment a block is: a function resource of its type, or a module from its registry source. */
function deploymentOf(
  block: HclBlock,
  deployments: Deployments,
  value: (expr: string) => string | undefined,
): Deployments[number] | undefined {
  if (block.type === 'resource') return deployments.find((d) => d.resource === block.labels[0]);
  if (block.type !== 'module') return undefined;
  const source = block.attributes.get('source');
  const from = source === undefined ? undefined : value(source.expr);
  return from === undefined ? undefined : deployments.find((d) => d.module === from);
}

/** Folders holding a project file (package.json, requirements.txt, pyproject.toml...). */
function projectFolders(paths: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of paths) {
    const kind = manifestKindOf(p);
    if (kind && manifestFormat(kind).role === 'project') out.add(parentOf(p));
  }
  return out;
}

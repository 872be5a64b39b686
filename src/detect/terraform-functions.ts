import { backendOfRuntime } from '../knowledge/backends.js';
import { manifestKindOf } from '../knowledge/manifest-files.js';
import { manifestFormat } from '../knowledge/manifest-formats.js';
import { SERVER_KNOWLEDGE } from '../knowledge/servers/index.js';
import type { FunctionDeployments } from '../knowledge/servers/derive.js';
import { TERRAFORM_ARCHIVES, TERRAFORM_PATH_VALUES, TERRAFORM_UPLOADS } from '../knowledge/terraform.js';
import type { Warning } from '../model/common.js';
import type { DeployedFunction, Manifest } from '../model/facts.js';
import { builtInto, foldersOf, isInside, parentOf, resolveInside } from '../paths.js';
import { attributeAt, readHcl, type HclBlock } from './hcl.js';
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
  if (files.length === 0 || deployments.length === 0) return { manifests: [], warnings: [] };
  const tree = { files: new Set(paths), folders: foldersOf(paths), projects: projectFolders(paths) };
  const modules = new Map<string, TerraformFile[]>();
  for (const f of files) modules.set(parentOf(f.file), [...(modules.get(parentOf(f.file)) ?? []), f]);
  const manifests: Manifest[] = [];
  const warnings: Warning[] = [];
  for (const [dir, moduleFiles] of modules) {
    const module = new Module(dir, moduleFiles, tree);
    for (const { file, functions, problems } of module.functions(deployments)) {
      if (functions.length) manifests.push(manifestOf('terraform', file, undefined, { functions }));
      warnings.push(...problems);
    }
  }
  return { manifests, warnings };
}

interface Tree {
  files: ReadonlySet<string>;
  folders: ReadonlySet<string>;
  projects: ReadonlySet<string>;
}

/** A code path as a function's attributes name it, or the expression it is computed from. */
type Code = { path: string; names: 'file' | 'folder' } | { computed: string };

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
        if ('computed' in code) {
          problems.push({
            file,
            message: `${where} deploys code from a computed path (${code.computed}); its folder is not known, so it is no service here (declare it in the config's services)`,
          });
          continue;
        }
        const dir = this.codeFolder(code);
        if (dir === undefined) {
          problems.push({
            file,
            message: `${where} deploys ${code.path}, which the scan does not see (absent or ignored); no service for it`,
          });
          continue;
        }
        const runtimeExpr = attributeAt(block, deployment.runtime)?.expr;
        const runtime = runtimeExpr === undefined ? undefined : this.value(runtimeExpr);
        const backend = runtime === undefined ? undefined : backendOfRuntime(runtime);
        functions.push({
          file,
          line: block.line,
          detail: `${block.labels.join('.')} deploys ${dir}${runtime ? ` (${runtime})` : ''}`,
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
    let computed: string | undefined;
    for (const name of attributes) {
      const expr = attributeAt(block, name)?.expr;
      if (expr === undefined) continue;
      const code = this.codeFrom(expr, 0);
      if (code && !('computed' in code)) return code;
      computed ??= expr;
    }
    for (const { expr } of block.attributes.values()) {
      const archive = this.reference.exec(expr)?.[1];
      if (archive && this.archives.has(archive)) return this.archiveCode(this.archives.get(archive)!, 0);
    }
    return computed === undefined ? undefined : { computed };
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
    if (/\.(?:zip|jar|tar|gz)$/i.test(path)) return { computed: expr };
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

import { closingParen } from './starlark-calls.js';
import { BUILD_SYSTEMS, type BuildSystem } from '../../knowledge/build-files.js';
import type { Backend } from '../../model/common.js';
import type { BuildTarget } from '../../model/facts.js';
import { baseName, resolveInside } from '../../paths.js';
import { dirOf, Lines, manifestOf, type ParsedManifest } from './util.js';

/**
 * A Bazel or Pants BUILD file -> its binary targets (`py_binary`, `js_binary`, `pex_binary`, a
 * `py3_image`) and the targets that package one (`binary = ":server"`, a `docker_image`'s
 * `dependencies`). Library, test and other targets give nothing. The file is Starlark: each call
 * is read to its closing parenthesis, skipping strings and comments; nothing is evaluated, so a
 * target a macro makes under a computed name is left out.
 */
export function parseBuildFile(file: string, text: string): ParsedManifest {
  const systems = BUILD_SYSTEMS.filter((s) => s.names.some((n) => n.test(baseName(file))));
  const dir = dirOf(file);
  const lines = new Lines(text);
  const targets: BuildTarget[] = [];
  const call = /^[ \t]*([A-Za-z_]\w*)\s*\(/gm;
  for (let m = call.exec(text); m; m = call.exec(text)) {
    const open = m.index + m[0].length - 1;
    const close = closingParen(text, open);
    const body = text.slice(open + 1, close);
    call.lastIndex = close;
    const rule = m[1]!;
    const name = stringAttribute(body, 'name');
    if (name === undefined) continue;
    for (const system of systems) {
      const target = targetOf(system, rule, body, dir, name);
      if (target) {
        targets.push({ ...target, line: lines.at(m.index) });
        break;
      }
    }
  }
  if (targets.length === 0) return { warnings: [] };
  return { manifest: manifestOf('build-file', file, undefined, { buildTargets: targets }), warnings: [] };
}

/** One call of a build system's rule -> the target, when it is a binary or packages one. */
function targetOf(
  system: BuildSystem,
  rule: string,
  body: string,
  dir: string,
  name: string,
): Omit<BuildTarget, 'line'> | undefined {
  const label = `${dir}:${name}`;
  const ruleOf = (rules: BuildSystem['binaries']) =>
    (Object.entries(rules) as [Backend, readonly string[]][]).find(([, names]) => names.includes(rule))?.[0];
  const imaged = ruleOf(system.imagedBinaries);
  if (imaged) return { label, dir, rule, system: system.id, backend: imaged, imaged: true };
  const binary = ruleOf(system.binaries);
  if (binary) return { label, dir, rule, system: system.id, backend: binary };
  const packages = system.packagedBy
    .filter((p) => p.rules === '*' || p.rules.includes(rule))
    .flatMap((p) => stringsOf(attributeValue(body, p.attribute)))
    .flatMap((written) => resolveTarget(written, dir) ?? []);
  return packages.length > 0 ? { label, dir, rule, system: system.id, packages } : undefined;
}

/**
 * A target as written in a BUILD file or a command (`:server`, `//api:server`, `//api`,
 * `api:server`, `server`) -> `dir:name` from the root, or undefined when it leaves the tree or
 * names an external repository (`@pypi//flask`).
 */
export function resolveTarget(written: string, from: string): string | undefined {
  if (written.startsWith('@')) return undefined;
  const colon = written.indexOf(':');
  const path = colon < 0 ? written : written.slice(0, colon);
  const named = colon < 0 ? undefined : written.slice(colon + 1);
  // a bare name is a target of the same package (Bazel's `binary = "server"`)
  if (colon < 0 && !path.includes('/') && !path.startsWith('//')) return `${from}:${path}`;
  const dir = path === '' ? from : resolveInside('.', path.replace(/^\/\//, ''));
  if (dir === undefined) return undefined;
  return `${dir}:${named ?? baseName(dir)}`;
}

/** A top-level `attr = <value>` of a call's body: the value's text, to its end (a string or a bracketed list). */
function attributeValue(body: string, attribute: string): string | undefined {
  const m = new RegExp(String.raw`(?:^|[,(\s])${attribute}\s*=\s*`).exec(body);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  const ch = body[start];
  if (ch === '[' || ch === '(' || ch === '{') return body.slice(start, closingParen(body, start) + 1);
  const end = /[,\n]/.exec(body.slice(start));
  return body.slice(start, end ? start + end.index : body.length);
}

/** A string attribute's value (`name = "server"`). */
function stringAttribute(body: string, attribute: string): string | undefined {
  const value = attributeValue(body, attribute)?.trim();
  const m = value === undefined ? null : /^(["'])([^"']*)\1$/.exec(value);
  return m ? m[2] : undefined;
}

/** The string literals of a value (a string, or a list of them; computed parts are left out). */
function stringsOf(value: string | undefined): string[] {
  if (value === undefined) return [];
  return [...value.matchAll(/(["'])([^"'\n]+)\1/g)].map((m) => m[2]!);
}

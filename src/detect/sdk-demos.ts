import { DEMO_FOLDER_WORDS, PUBLISHED_LIBRARY_HOMES, folderRole } from '../knowledge/service-roles.js';
import type { Backend } from '../model/common.js';
import type { ImportRef, Manifest, NotServiceReason } from '../model/facts.js';
import { baseName, isInside, parentOf } from '../paths.js';

/** A package an SDK or library repository publishes, and the names its users' code imports it by. */
export interface PublishedLibrary {
  dir: string;
  backend: Backend;
  /** Its package or distribution name, as its users' manifests list it (a distribution's package where it names none). */
  name: string;
  /** The manifest that publishes it. */
  file: string;
  /** Module names its users import (the npm name; a distribution's top-level packages). */
  modules: readonly string[];
}

/** What the SDK-demo rule asks of a service candidate. */
export interface SdkDemoCandidate {
  dir: string;
  backend: Backend;
  manifests: readonly Manifest[];
  /** A deployment file or an image runs it. */
  deployed: boolean;
}

export interface SdkDemo {
  reason: NotServiceReason;
  /** The demo folder among its path's segments, root-relative. */
  folder: string;
  library: PublishedLibrary;
  /** How it uses the library: the manifest listing it, or the file importing it. */
  via: { file: string; line?: number };
}

const HOMES = PUBLISHED_LIBRARY_HOMES.map(
  (h) => new RegExp(`^${h.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+')}$`),
);
const DEMO_WORD = new RegExp(`^(?:${DEMO_FOLDER_WORDS.join('|')})$`, 'i');

/**
 * The packages a repository publishes where an SDK or library keeps them (PUBLISHED_LIBRARY_HOMES): an npm
 * package shaped to be published (not private; `exports`, `files`, `types`... beyond a lone `main`) or a
 * Python distribution with index metadata (classifiers, project urls), with its top-level packages.
 */
export function publishedLibraries(
  manifests: readonly Manifest[],
  pythonPackages: ReadonlySet<string>,
): PublishedLibrary[] {
  const libraries: PublishedLibrary[] = [];
  for (const m of manifests) {
    if (!HOMES.some((h) => h.test(m.dir))) continue;
    if (
      m.name &&
      m.kind === 'package.json' &&
      m.package &&
      !m.package.private &&
      m.package.publishes &&
      !m.package.onlyMain
    )
      libraries.push({ dir: m.dir, backend: 'node', name: m.name, file: m.file, modules: [m.name] });
    else if (m.ecosystem === 'python' && m.buildBackend && m.indexMetadata) {
      const src = m.dir === '.' ? 'src' : `${m.dir}/src`;
      const top = [...pythonPackages].filter((d) => parentOf(d) === m.dir || parentOf(d) === src).map(baseName);
      // a setup.py may name it through a variable (`name=NAME`): its packages still name it
      const modules = [...new Set([...top, ...(m.name ? [m.name.toLowerCase().replace(/[-.]/g, '_')] : [])])];
      const name = m.name ?? top[0];
      if (name) libraries.push({ dir: m.dir, backend: 'python', name, file: m.file, modules });
    }
  }
  return libraries;
}

/**
 * An SDK's example app or bot outside an examples folder: a folder of the repository named with a demo
 * word (`sample-app/`, `demo_bot/`, `sdk-examples/`, `playground/`) whose manifest lists, or whose code
 * imports, a package the repository publishes, and which no deployment file or image runs. It shows
 * the SDK to its users; with a Dockerfile, compose service, Procfile or platform file of its own it is
 * deployed, and stays a service.
 */
export function sdkDemo(
  c: SdkDemoCandidate,
  libraries: readonly PublishedLibrary[],
  importsUnder: (dir: string) => readonly ImportRef[],
): SdkDemo | undefined {
  if (c.deployed || c.dir === '.' || libraries.length === 0) return undefined;
  const segments = c.dir.split('/');
  const at = segments.findIndex((s) => s.split(/[-_. ]/).some((w) => DEMO_WORD.test(w)));
  if (at < 0) return undefined;
  const folder = segments.slice(0, at + 1).join('/');
  const own = libraries.filter((l) => l.dir !== c.dir && l.backend === c.backend && !isInside(l.dir, c.dir));
  for (const library of own) {
    const listed = c.manifests.find((m) => m.dependencies.some((d) => sameName(d.name, library)));
    if (listed) return { reason: roleOf(folder), folder, library, via: { file: listed.file } };
  }
  for (const ref of importsUnder(c.dir)) {
    const library = own.find((l) => l.backend === ref.ecosystem && l.modules.includes(ref.module));
    if (library) return { reason: roleOf(folder), folder, library, via: { file: ref.file, line: ref.line } };
  }
  return undefined;
}

/** A dependency's name is the library's: npm names exactly, Python names as the index compares them (PEP 503). */
function sameName(name: string, library: PublishedLibrary): boolean {
  if (library.backend === 'node') return name === library.name;
  const norm = (n: string) => n.toLowerCase().replace(/[-_.]+/g, '-');
  return norm(name) === norm(library.name);
}

/** The role its demo word names (`sample-app` an example, `demo_bot` a demo, `playground` a playground). */
function roleOf(folder: string): NotServiceReason {
  for (const word of baseName(folder).split(/[-_. ]/)) {
    const role = DEMO_WORD.test(word) ? folderRole(word.toLowerCase()) : undefined;
    if (role) return role;
  }
  return 'examples';
}

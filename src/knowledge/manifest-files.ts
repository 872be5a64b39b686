import type { ManifestKind, OwnershipKind } from '../model/facts.js';

/**
 * Which files are manifests, by name. Scan reads these whole; detect parses them by kind.
 * `name` matches the base name; `path` matches the whole root-relative path (for files whose
 * meaning depends on the folder they sit in). First match wins.
 */
export interface ManifestFileRule {
  kind: ManifestKind;
  name?: RegExp;
  path?: RegExp;
}

export const MANIFEST_FILES: readonly ManifestFileRule[] = [
  // Ownership files first: a descriptor under `deploy/` is still a descriptor, not Kubernetes.
  { kind: 'catalog', name: /^catalog-info([-_.][\w.-]*)?\.ya?ml$/ },
  { kind: 'catalog', path: /(^|\/)\.backstage\/(.+\/)?[^/]+\.ya?ml$/ },
  { kind: 'codeowners', path: /^(\.github\/|docs\/)?CODEOWNERS$/ },
  { kind: 'package.json', name: /^package\.json$/ },
  { kind: 'package-lock', name: /^(package-lock|npm-shrinkwrap)\.json$/ },
  { kind: 'yarn-lock', name: /^yarn\.lock$/ },
  { kind: 'pnpm-lock', name: /^pnpm-lock\.ya?ml$/ },
  { kind: 'pnpm-workspace', name: /^pnpm-workspace\.ya?ml$/ },
  { kind: 'bun-lock', name: /^bun\.lock$/ },
  // pip-tools inputs and constraint files share the requirements format.
  { kind: 'requirements', name: /^(requirements|constraints)([-_.][\w.-]*)?\.(txt|in)$/i },
  { kind: 'requirements', path: /(^|\/)requirements\/[^/]+\.(txt|in)$/i },
  { kind: 'pyproject', name: /^pyproject\.toml$/ },
  { kind: 'pipfile', name: /^Pipfile$/ },
  { kind: 'pipfile-lock', name: /^Pipfile\.lock$/ },
  { kind: 'setup-py', name: /^setup\.py$/ },
  { kind: 'setup-cfg', name: /^setup\.cfg$/ },
  { kind: 'uv-lock', name: /^uv\.lock$/ },
  { kind: 'poetry-lock', name: /^poetry\.lock$/ },
  { kind: 'pdm-lock', name: /^pdm\.lock$/ },
  { kind: 'conda', name: /^(environment|conda)([-_.][\w.-]*)?\.ya?ml$/ },
  { kind: 'dockerfile', name: /^(Dockerfile|Containerfile)([-_.][\w.-]*)?$|\.[Dd]ockerfile$/ },
  { kind: 'compose', name: /^(docker-)?compose([-_.][\w.-]*)?\.ya?ml$/ },
  { kind: 'procfile', name: /^Procfile([-_.][\w.-]*)?$/ },
  { kind: 'serverless', name: /^serverless\.(ya?ml|json|ts|js)$/ },
  { kind: 'serverless', name: /^template\.ya?ml$|^samconfig\.toml$/ },
  {
    kind: 'platform',
    name: /^(app\.ya?ml|fly\.toml|render\.ya?ml|vercel\.json|netlify\.toml|railway\.(json|toml)|app\.json|Aptfile|runtime\.txt|\.python-version|\.nvmrc|\.node-version)$/,
  },
  { kind: 'kubernetes', name: /^(Chart|kustomization)\.ya?ml$/ },
  { kind: 'kubernetes', path: /(^|\/)(k8s|kubernetes|kube|manifests|deploy|deployment|helm|charts)\/.*\.ya?ml$/ },
];

export function manifestKindOf(path: string): ManifestKind | undefined {
  const slash = path.lastIndexOf('/');
  const base = slash < 0 ? path : path.slice(slash + 1);
  for (const rule of MANIFEST_FILES) {
    if (rule.name?.test(base) || rule.path?.test(path)) return rule.kind;
  }
  return undefined;
}

const OWNERSHIP_KINDS: ReadonlySet<ManifestKind> = new Set<OwnershipKind>(['catalog', 'codeowners']);

/** Backstage descriptors and CODEOWNERS: read whole like manifests, but they declare owners, not dependencies. */
export function isOwnershipKind(kind: ManifestKind): kind is OwnershipKind {
  return OWNERSHIP_KINDS.has(kind);
}

// What both floors of the benchmark prune and read (bench-floor.mjs, bench-floor-sync.mjs).
export const PRUNE = new Set(['node_modules', '.git', 'vendor', '.venv', 'venv', 'dist', 'build', '__pycache__']);
export const READ =
  /\.(js|jsx|mjs|cjs|ts|tsx|mts|cts|py|ipynb|json|toml|txt|ya?ml|lock|cfg)$|^(Dockerfile|Procfile|Pipfile)$/;

import type { ServerRecord } from './types.js';

export const nextjs: ServerRecord = {
  id: 'nextjs',
  name: 'Next.js',
  role: 'fullstack',
  node: {
    packages: ['next'],
    commands: [String.raw`next\s+start`],
    buildCommands: [String.raw`next\s+build`],
    code: [
      // a static export: the site is files, no server runs
      {
        id: 'next-static-export',
        kind: 'static-export',
        keyword: 'output',
        pattern: /\boutput\s*:\s*['"`]export['"`]/,
        detail: "Next.js static export (output: 'export')",
        files: /(?:^|\/)next\.config\.[cm]?[jt]s$/,
      },
    ],
  },
  routes: [/^(src\/)?pages\/api\//, /^(src\/)?app\/(.+\/)?route\.[cm]?[jt]sx?$/, /^(src\/)?middleware\.[jt]s$/],
};

import type { SignalRecord } from './types.js';

export const frontend: SignalRecord = {
  id: 'frontend',
  summary: 'a JavaScript/TypeScript frontend beside the service: the team writes JavaScript',
  packages: [
    {
      ecosystem: 'node',
      packages: [
        'react',
        'react-dom',
        'vue',
        '@angular/core',
        'svelte',
        'solid-js',
        'preact',
        'lit',
        'next',
        'nuxt',
        '@sveltejs/kit',
        '@remix-run/react',
        'astro',
        'jquery',
        'alpinejs',
        'htmx.org',
      ],
      base: 0.5,
      why: 'a JavaScript/TypeScript frontend in the repo',
    },
  ],
  files: [],
  // the team share already counts the frontend's code; this is the smaller nudge of L14
  effects: [
    {
      criterion: 'team-skills',
      favours: 'node',
      points: 5,
      guide: 'L14',
      why: 'developers familiar with JavaScript adapt quickly to Node.js',
    },
  ],
};

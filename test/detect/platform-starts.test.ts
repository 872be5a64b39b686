import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/detect/manifests/index.js';

const processes = (file: string, text: string) => {
  const parsed = parseManifest('platform', file, text);
  return {
    processes: (parsed.manifest?.processes ?? []).map((p) => `${p.dir}: ${p.name}: ${p.command} (line ${p.line})`),
    warnings: parsed.warnings.map((w) => `${w.file}: ${w.message}`),
  };
};

describe('platform files that name their start commands', () => {
  it('railway.json and railway.toml: deploy.startCommand, in their folder', () => {
    expect(processes('bot/railway.json', '{\n  "deploy": {\n    "startCommand": "python3 bot.py"\n  }\n}\n')).toEqual({
      processes: ['bot: start: python3 bot.py (line 3)'],
      warnings: [],
    });
    expect(
      processes('railway.toml', '[build]\nbuilder = "NIXPACKS"\n\n[deploy]\nstartCommand = "npm run serve"\n'),
    ).toEqual({
      processes: ['.: start: npm run serve (line 5)'],
      warnings: [],
    });
  });

  it("App Engine's entrypoint and fly.toml's experimental cmd, a list of words", () => {
    expect(
      processes('api/app.yaml', 'runtime: python312\nentrypoint: gunicorn -b :$PORT main:app\n').processes,
    ).toEqual(['api: start: gunicorn -b :$PORT main:app (line 2)']);
    expect(processes('fly.toml', 'app = "x"\n[experimental]\n  cmd = ["python", "app.py"]\n').processes).toEqual([
      '.: start: python app.py (line 3)',
    ]);
  });

  it("render.yaml: each service's command in its rootDir; cron jobs and static sites start no service", () => {
    const blueprint = [
      'services:',
      '  - type: web',
      '    name: api',
      '    rootDir: ./backend',
      '    startCommand: uvicorn main:app',
      '  - type: cron',
      '    name: nightly',
      '    startCommand: python nightly.py',
      '  - type: worker',
      '    name: outside',
      '    rootDir: ../elsewhere',
      '    startCommand: python worker.py',
      '',
    ].join('\n');
    expect(processes('render.yaml', blueprint).processes).toEqual(['backend: api: uvicorn main:app (line 5)']);
  });

  it('a file that does not parse: one warning naming it, no commands; platform files without start commands have none', () => {
    expect(processes('nixpacks.toml', '[start\ncmd = "x"\n')).toEqual({
      processes: [],
      warnings: [expect.stringMatching(/^nixpacks\.toml: invalid TOML.*; its start commands are not read$/)],
    });
    expect(processes('vercel.json', '{"builds": []}').processes).toEqual([]);
  });
});

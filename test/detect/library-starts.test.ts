import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index.js';
import { startsInsideApi } from '../../src/detect/library-starts.js';
import { scan } from '../../src/scan/index.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const at = (file: string, line = 3) => ({ file, line, detail: 'starts listening' });
const NONE: ReadonlySet<string> = new Set();

describe('a published package that starts a server only inside its API (issue 25)', () => {
  it('a start in a module of the API is the library’s; one in its main or a placed entry script is a program', () => {
    expect(startsInsideApi('.', 'dist/index.js', [at('src/core/App.ts')], NONE)).toEqual(at('src/core/App.ts'));
    expect(startsInsideApi('kit', undefined, [at('kit/lib/application.js')], NONE)).toEqual(
      at('kit/lib/application.js'),
    );
    // the package's main, whatever its extension, and entry scripts at its top or one folder below run it
    expect(startsInsideApi('.', 'lib/serve', [at('lib/serve.js')], NONE)).toBeUndefined();
    expect(startsInsideApi('api', 'index.js', [at('api/server.js')], NONE)).toBeUndefined();
    expect(startsInsideApi('api', 'index.js', [at('api/src/main.ts')], NONE)).toBeUndefined();
    // one runnable start is enough; a start without a line (a manifest's word) is no code of the API
    expect(startsInsideApi('.', 'index.js', [at('src/core/App.ts'), at('app.js')], NONE)).toBeUndefined();
    expect(startsInsideApi('.', 'index.js', [{ file: 'package.json', detail: 'build' }], NONE)).toBeUndefined();
    // a function platform's package is its folder's entry, a manifest's line: no start inside the API
    expect(startsInsideApi('.', 'dist/index.js', [at('package.json', 14)], new Set(['package.json']))).toBeUndefined();
    expect(startsInsideApi('.', 'index.js', [], NONE)).toBeUndefined();
  });

  it('the app container is a library with its reason; an app whose server.js listens at its top stays a service', async () => {
    const facts = detect(await scan(path.join(FIXTURES, 'app-container-library')));
    expect(facts.services.map((s) => [s.path, s.current, s.kind])).toEqual([['apps/status', 'node', 'http']]);
    expect(facts.notServices.map((n) => [n.path, n.reason, n.why])).toEqual([
      [
        '.',
        'library',
        'a published package (main/exports/files) whose code starts a server only inside its API (src/core/App.ts:14), for the apps built on it; no start script, README, deployment file or image runs it',
      ],
    ]);
  });
});

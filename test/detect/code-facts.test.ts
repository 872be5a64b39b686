import { describe, expect, it } from 'vitest';
import { extractCodeFacts } from '../../src/detect/code-facts.js';

const starts = (line: string) =>
  extractCodeFacts('src/server.ts', `import express from 'express';\n${line}\n`, undefined, [{ module: 'express' }])
    .filter((f) => f.pattern === 'node-listen')
    .map((f) => f.line);

describe('code that starts serving', () => {
  it.each([
    'app.listen(3000);',
    'server.listen(PORT, () => console.log("up"));',
    'httpServer.listen({ port: 4000 });',
    'await app.listen(port, "0.0.0.0")',
    'server.listen()',
  ])('%s starts a server', (line) => {
    expect(starts(line)).toEqual([2]);
  });

  it.each([
    'history.listen((location) => track(location));',
    'memoryHistory.listen(location => setPath(location.pathname))',
    'router.listen(function (route) {})',
    'emitter.listen(async () => refresh())',
  ])('%s subscribes to events: no server', (line) => {
    expect(starts(line)).toEqual([]);
  });
});

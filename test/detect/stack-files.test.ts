import { describe, expect, it } from 'vitest';
import { stackFileFunctions } from '../../src/detect/manifests/stack-files.js';

const STACK = `version: 1.0
provider:
  name: openfaas
  gateway: http://127.0.0.1:8080
functions:
  resize:
    lang: python3-http
    handler: ./resize
  hook:
    lang: node20
    handler: ../hook
  probe:
    lang: go
    handler: ./probe
  scorer:
    lang: dockerfile
    handler: ./score
  nowhere:
    lang: python3
    handler: ../../../outside
`;

describe("a function platform's own stack file (issue 25: OpenFaaS)", () => {
  it('places each function at its handler folder, from the file, with the backend its template names', () => {
    const fns = stackFileFunctions('functions/stack.yml', STACK);
    expect(fns.map((f) => [f.dir, f.backend, f.otherRuntime, f.platform, f.line])).toEqual([
      ['functions/resize', 'python', undefined, 'OpenFaaS', 6],
      ['hook', 'node', undefined, 'OpenFaaS', 9],
      ['functions/probe', undefined, 'go', 'OpenFaaS', 12],
      ['functions/score', undefined, undefined, 'OpenFaaS', 15],
    ]);
  });

  it("reads nothing from another provider's file, a file without functions, or YAML that does not parse", () => {
    expect(stackFileFunctions('serverless.yml', STACK.replace('openfaas', 'aws'))).toEqual([]);
    expect(stackFileFunctions('stack.yml', 'provider:\n  name: openfaas\n')).toEqual([]);
    expect(stackFileFunctions('stack.yml', 'provider:\n  name: openfaas\nfunctions: [\n')).toEqual([]);
  });

  it('reads a template shared through a merge key, and tags it does not know as plain values', () => {
    const shared = `provider:
  name: openfaas
x-python: &python
  lang: python3-http
  environment:
    region: !Ref Region
functions:
  resize:
    <<: *python
    handler: ./resize
`;
    expect(stackFileFunctions('stack.yml', shared).map((f) => [f.dir, f.backend])).toEqual([['resize', 'python']]);
  });
});

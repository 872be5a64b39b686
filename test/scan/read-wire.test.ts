import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReadOutcome, ReadRequest } from '../../src/scan/read.js';
import { decodeOutcomes, decodeRequests, encodeOutcomes, encodeRequests } from '../../src/scan/read-wire.js';

const size = fc.oneof(fc.nat(), fc.constant(2 * 1024 ** 3), fc.constant(Number.MAX_SAFE_INTEGER));
const request: fc.Arbitrary<ReadRequest> = fc
  .record({
    absPath: fc.string({ unit: 'binary', maxLength: 80 }),
    size: fc.option(size, { nil: undefined }),
    limit: size,
    mode: fc.constantFrom('whole' as const, 'head' as const),
    label: fc.constantFrom('manifest' as const, 'notebook' as const, 'source file' as const),
    ecosystem: fc.option(fc.constantFrom('node' as const, 'python' as const), { nil: undefined }),
  })
  // an absent ecosystem is left out, as readRequest leaves it out
  .map(({ ecosystem, ...rest }) => ({ ...rest, ...(ecosystem ? { ecosystem } : {}) }));
const codeLines = fc.array(fc.record({ line: fc.nat(), text: fc.string({ maxLength: 30 }) }), {
  minLength: 1,
  maxLength: 3,
});
const outcome: fc.Arbitrary<ReadOutcome> = fc.oneof(
  fc.record({ kind: fc.constant('problem' as const), message: fc.string(), bytesRead: size, size }),
  fc
    .record({
      kind: fc.constant('text' as const),
      text: fc.string({ unit: 'binary', maxLength: 200 }),
      truncated: fc.boolean(),
      bytesRead: size,
      codeLines: fc.option(codeLines, { nil: undefined }),
      size,
    })
    .map(({ codeLines: lines, ...rest }) => ({ ...rest, ...(lines ? { codeLines: lines } : {}) })),
);

describe('the read wire format', () => {
  it('gives back the requests a batch was made of, once copied to another thread', () => {
    fc.assert(
      fc.property(fc.array(request, { maxLength: 20 }), (requests) => {
        expect(decodeRequests(structuredClone(encodeRequests(requests)))).toStrictEqual(requests);
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  it('gives back the outcomes a worker read', () => {
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 20 }), (outcomes) => {
        expect(decodeOutcomes(structuredClone(encodeOutcomes(outcomes)))).toEqual(outcomes);
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});

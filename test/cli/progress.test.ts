import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';
import { captureIo } from '../support/cli-io.js';

describe('progress on stderr', () => {
  it('stays silent for quick scans and when disabled, shows and clears its line for long ones', async () => {
    const { io, out } = captureIo({}, true);
    const quick = createProgress(io.stderr, true, 10_000);
    quick.update(1, 10);
    quick.done();
    expect(out.stderr).toBe('');
    const off = createProgress(io.stderr, false, 0);
    off.update(5, 10);
    expect(out.stderr).toBe('');
    const slow = createProgress(io.stderr, true, 0);
    await new Promise((r) => setTimeout(r, 5));
    slow.update(3, 10);
    slow.done();
    expect(out.stderr).toBe('\r\x1b[2Kbackend-fit: reading files 3/10\r\x1b[2K');
  });
});

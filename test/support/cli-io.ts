import { Writable } from 'node:stream';
import type { CliIo } from '../../src/cli/run.js';

/** Streams that collect what the CLI writes, for in-process CLI tests. */
export function captureIo(env: NodeJS.ProcessEnv = {}, tty = false) {
  const out = { stdout: '', stderr: '' };
  const stream = (key: 'stdout' | 'stderr') =>
    Object.assign(
      new Writable({
        write(chunk, _enc, done) {
          out[key] += String(chunk);
          done();
        },
      }),
      { isTTY: tty },
    ) as unknown as NodeJS.WriteStream;
  const io: CliIo = { stdout: stream('stdout'), stderr: stream('stderr'), env };
  return { io, out };
}

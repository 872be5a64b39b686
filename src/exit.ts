/**
 * Ends the process with `code` once what it wrote has left. A process left to end on its own
 * first lets V8 finish any garbage collection it has begun (10–25 ms at the end of a run on a
 * 4,700-file repository, measured in docs/performance.md): work nobody needs once the report is
 * out. The write callbacks keep output that is still buffered (a pipe on macOS) from being cut.
 */
export function exitOnceWritten(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

/**
 * A one-line progress indicator on stderr, for terminals only, and only once a scan has
 * taken long enough to be worth showing (short runs stay silent).
 */
export function createProgress(stream: NodeJS.WriteStream, enabled: boolean, delayMs = 400) {
  const started = Date.now();
  let shown = false;
  let last = 0;
  return {
    update(done: number, total: number): void {
      if (!enabled) return;
      const now = Date.now();
      if (now - started < delayMs || now - last < 80) return;
      last = now;
      shown = true;
      stream.write(`\r\x1b[2Kbackend-fit: reading files ${done}/${total}`);
    },
    done(): void {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}

// The synchronous floor for the benchmark: the same work as bench-floor.mjs (list the tree,
// pruning the same vendored folders, stat each file, read the first 16 KiB of each source or
// manifest file, parse nothing) done the cheapest way Node offers: readdir with types, one
// lstat per file, and every head read into one reused buffer.
import { closeSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import { PRUNE, READ } from './bench-floor-rules.mjs';

const root = path.resolve(process.argv[2] ?? '.');
const buffer = Buffer.alloc(16 * 1024);
let files = 0;
let bytesRead = 0;
const pending = [root];
while (pending.length > 0) {
  const dir = pending.pop();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!PRUNE.has(entry.name)) pending.push(full);
    } else if (entry.isFile()) {
      files += 1;
      const info = lstatSync(full);
      if (!READ.test(entry.name) || info.size > 64 * 1024 * 1024) continue;
      const fd = openSync(full, 'r');
      try {
        bytesRead += readSync(fd, buffer, 0, buffer.length, 0);
      } finally {
        closeSync(fd);
      }
    }
  }
}
console.log(JSON.stringify({ files, bytesRead }));

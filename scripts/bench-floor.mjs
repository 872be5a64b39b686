// The floor for the benchmark: the least any analyzer of this tree must do. It lists the tree
// (pruning the same vendored folders), stats each file, and reads the first 16 KiB of each
// source or manifest file. Nothing is parsed.
import { opendir, open, stat } from 'node:fs/promises';
import path from 'node:path';

import { PRUNE, READ } from './bench-floor-rules.mjs';
const root = path.resolve(process.argv[2] ?? '.');
const listed = [];
let bytes = 0;

async function walk(dir) {
  for await (const entry of await opendir(dir)) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!PRUNE.has(entry.name)) await walk(full);
    } else if (entry.isFile()) {
      listed.push(full);
    }
  }
}

async function visit(file, buffer) {
  const info = await stat(file);
  if (!READ.test(path.basename(file)) || info.size > 64 * 1024 * 1024) return;
  const handle = await open(file, 'r');
  try {
    // read first, then add: `bytes += await …` would read `bytes` before the await and lose updates
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    bytes += bytesRead;
  } finally {
    await handle.close();
  }
}

await walk(root);
let next = 0;
// the same bounded concurrency as the analyzer's reader, so the floor is a fair one
await Promise.all(
  Array.from({ length: 32 }, async () => {
    const buffer = Buffer.alloc(16 * 1024);
    while (next < listed.length) await visit(listed[next++], buffer);
  }),
);
const files = listed.length;
console.log(JSON.stringify({ files, bytesRead: bytes }));

import type { ScannedFile, ScanResult } from '../../src/model/scan.js';
import { classify } from '../../src/scan/index.js';

/** A ScanResult from file texts, classified as scan would: detect's input without a disk. */
export function scanTree(files: Record<string, string>): ScanResult {
  const scanned: ScannedFile[] = Object.entries(files).flatMap(([path, text]) => {
    const c = classify(path);
    return c ? [{ path, size: text.length, ...c, ...(c.role === 'other' ? {} : { text }) }] : [];
  });
  return { files: scanned, warnings: [], stats: { files: scanned.length, bytesRead: 0 } };
}

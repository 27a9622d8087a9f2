// Bytes of a file as `gzip -9c <file> | wc -c` counts them: the embed's budget (issue 14) is
// stated so. Without a gzip binary, zlib at level 9 plus the header's file-name field.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

/** @param {string} path */
export function gzipSize(path) {
  try {
    return execFileSync('gzip', ['-9c', path], { maxBuffer: 16 * 1024 * 1024 }).length;
  } catch {
    const name = Buffer.byteLength(basename(path)) + 1;
    return gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION }).length + name;
  }
}

/**
 * The chunks the embed's entry (its text) imports statically, which load at once with it: with
 * the entry, the finder's first screen. (Chunks it imports with `import()` load later.)
 * @param {string} entry
 */
export function staticChunks(entry) {
  return [...entry.matchAll(/(?:from|import)\s*"\.\/(polku-finder-[\w-]+\.js)"/g)].map(
    (match) => match[1],
  );
}

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

/** The chunk the embed's entry (its text) loads at once: the finder's first screen. */
/** @param {string} entry */
export function firstScreenChunk(entry) {
  const name = /import\("\.\/(polku-finder-main-[\w-]+\.js)"\)/.exec(entry)?.[1];
  if (!name) throw new Error('polku-finder.js imports no polku-finder-main-<hash>.js');
  return name;
}

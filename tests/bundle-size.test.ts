// The embed entry's budget (issue 14): `packages/elements/dist/polku-finder.js` stays at most
// 30 720 bytes as `gzip -9c` writes it. Bytes are deterministic, unlike timings: this fails on the
// commit that crosses the line. What does not serve the finder's first screen loads after it, in
// the lazily loaded chunks beside the entry.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const entry = fileURLToPath(new URL('../packages/elements/dist/polku-finder.js', import.meta.url));
const budget = 30_720;

/** The size `gzip -9c <entry> | wc -c` prints; zlib plus gzip's file-name field without gzip. */
function gzipSize(path: string): number {
  try {
    return execFileSync('gzip', ['-9c', path], { maxBuffer: 16 * 1024 * 1024 }).length;
  } catch {
    const name = Buffer.byteLength('polku-finder.js') + 1;
    return gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION }).length + name;
  }
}

describe('the embed entry', () => {
  it(`is at most ${budget} bytes gzip -9`, () => {
    assert.ok(existsSync(entry), 'build the embed first: npm run build');
    const size = gzipSize(entry);
    console.log(`polku-finder.js: ${size} bytes gzip -9 (budget ${budget})`);
    assert.ok(size <= budget, `polku-finder.js is ${size} bytes gzip -9, over ${budget}`);
  });
});

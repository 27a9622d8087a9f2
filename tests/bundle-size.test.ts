// The embed's budget (issue 14): `packages/elements/dist/polku-finder.js` stays at most 30 720
// bytes as `gzip -9c` writes it, and so does the entry together with any chunk it imports
// statically (they load at once: the first screen). Bytes are deterministic, unlike timings: this
// fails on the commit that crosses the line. What does not serve the finder's first screen loads
// after it, in the other chunks beside the entry.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSize, staticChunks } from '../scripts/gzip-size.mjs';

const dist = new URL('../packages/elements/dist/', import.meta.url);
const entry = fileURLToPath(new URL('polku-finder.js', dist));
const budget = 30_720;

describe('the embed entry', () => {
  it(`is at most ${budget} bytes gzip -9`, () => {
    assert.ok(existsSync(entry), 'build the embed first: npm run build');
    const size = gzipSize(entry);
    console.log(`polku-finder.js: ${size} bytes gzip -9 (budget ${budget})`);
    assert.ok(size <= budget, `polku-finder.js is ${size} bytes gzip -9, over ${budget}`);
  });

  it(`with the chunks it imports statically, is at most ${budget} bytes gzip -9`, () => {
    const names = staticChunks(readFileSync(entry, 'utf8'));
    const chunks = names.map((name) => gzipSize(fileURLToPath(new URL(name, dist))));
    const size = chunks.reduce((total, bytes) => total + bytes, gzipSize(entry));
    console.log(
      `polku-finder.js + [${names.join(', ')}]: ${size} bytes gzip -9 (budget ${budget})`,
    );
    assert.ok(size <= budget, `the first screen is ${size} bytes gzip -9, over ${budget}`);
  });
});

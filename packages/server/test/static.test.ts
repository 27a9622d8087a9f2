// The static file table without HTTP: the embed's entry and every chunk it imports relative to
// itself (polku-finder-*.js) with their source maps, at the root, with the entry's headers but
// for caching: a chunk's name holds its hash, so it is cached for a year; the entry revalidates.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { loadStaticFiles } from '../src/http/static-files.js';

function rootWith(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'polku-static-embed-'));
  const dist = join(root, 'packages/elements/dist');
  mkdirSync(dist, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, name), text);
  return root;
}

describe('the embed files in the static table', () => {
  it('holds the entry, its chunks and their maps at the root; the chunks immutable', () => {
    const root = rootWith({
      'polku-finder.js': 'import("./polku-finder-professional-AbC_12-x.js");',
      'polku-finder.js.map': '{}',
      'polku-finder-professional-AbC_12-x.js': 'export {};',
      'polku-finder-professional-AbC_12-x.js.map': '{}',
      // tsc's own output and anything else in dist is not the embed.
      'polku-finder.bundle.js': 'export {};',
      'index.js': 'export {};',
      'polku-finder-x.d.ts': '',
    });
    const { files, embed, missing } = loadStaticFiles(root);
    assert.deepEqual(embed, [
      '/polku-finder-professional-AbC_12-x.js',
      '/polku-finder-professional-AbC_12-x.js.map',
      '/polku-finder.js',
      '/polku-finder.js.map',
    ]);
    assert.equal(files.has('/polku-finder.bundle.js'), false);
    assert.equal(files.has('/index.js'), false);
    assert.equal(missing.has('/polku-finder.js'), false);
    const entry = files.get('/polku-finder.js');
    const chunk = files.get('/polku-finder-professional-AbC_12-x.js');
    assert.ok(entry && chunk);
    const ignored = {
      etag: undefined,
      'content-length': undefined,
      'cache-control': undefined,
      sourcemap: undefined,
    };
    assert.deepEqual({ ...chunk.headers, ...ignored }, { ...entry.headers, ...ignored });
    assert.equal(chunk.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(
      files.get('/polku-finder-professional-AbC_12-x.js.map')?.headers['cache-control'],
      'public, max-age=31536000, immutable',
    );
    assert.equal(entry.headers['cache-control'], 'public, max-age=60, must-revalidate');
    // The map is named by a header (the build writes no comment into the script).
    assert.equal(entry.headers.sourcemap, 'polku-finder.js.map');
    assert.equal(chunk.headers.sourcemap, 'polku-finder-professional-AbC_12-x.js.map');
    assert.equal(files.get('/polku-finder.js.map')?.headers.sourcemap, undefined);
    assert.equal(
      files.get('/polku-finder.js.map')?.headers['cache-control'],
      entry.headers['cache-control'],
    );
    assert.match(String(chunk.headers['content-type']), /^text\/javascript/);
    assert.match(
      String(files.get('/polku-finder-professional-AbC_12-x.js.map')?.headers['content-type']),
      /^application\/json/,
    );
  });

  it('says what to build when there is no entry', () => {
    const { files, embed, missing } = loadStaticFiles(rootWith({}));
    // The route stays, so a request gets the problem+json that says what to build.
    assert.deepEqual(embed, ['/polku-finder.js']);
    assert.equal(files.has('/polku-finder.js'), false);
    assert.match(missing.get('/polku-finder.js') ?? '', /npm run build/);
  });

  it("sends a script in the brotli the build wrote beside it, only if it is that script's", () => {
    const entry = `export const text = ${JSON.stringify('Tukea perheen arkeen. '.repeat(200))};\n`;
    const chunk = `export const other = ${JSON.stringify('Stöd i vardagen. '.repeat(200))};\n`;
    const root = rootWith({
      'polku-finder.js': entry,
      'polku-finder.js.br': brotliCompressSync(entry),
      'polku-finder-later-AbC_12-x.js': chunk,
      // Left from another build: it decodes to other bytes, so the server compresses the file.
      'polku-finder-later-AbC_12-x.js.br': brotliCompressSync(`${chunk}// old\n`),
    });
    const { files, embed } = loadStaticFiles(root);
    assert.equal(
      embed.some((path) => path.endsWith('.br')),
      false,
    );
    const br = files.get('/polku-finder.js')?.br;
    assert.ok(br);
    assert.equal(brotliDecompressSync(br).toString(), entry);
    assert.equal(files.get('/polku-finder-later-AbC_12-x.js')?.br, undefined);
  });
});

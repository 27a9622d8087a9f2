// Sizes: the embed's entry as served, with any chunk it imports statically (the first screen),
// and @polku/client bundled with ky (which it imports at its first request: a chunk of its own,
// counted with it), each file gzipped at level 9; lit and ky alone for reference.
// Bundles are made with the same rollup + terser as the embed.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { gzipSize, staticChunks } from '../scripts/gzip-size.mjs';

const gzipBytes = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Minified ES modules of `source` (a module text) bundled with its dependencies: entry first. */
async function bundle(root, source) {
  const entry = '\0bench-entry';
  const build = await rollup({
    input: entry,
    onwarn: () => {},
    plugins: [
      {
        name: 'bench-entry',
        resolveId: (id) => (id === entry ? entry : null),
        load: (id) => (id === entry ? source : null),
      },
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'], rootDir: root }),
      terser({ module: true, format: { comments: false } }),
    ],
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output.filter((file) => file.type === 'chunk').map((file) => Buffer.from(file.code));
}

export async function measureSizes(root) {
  const dist = resolve(root, 'packages/elements/dist');
  const embed = await readFile(resolve(dist, 'polku-finder.js'));
  const firstScreen = [
    resolve(dist, 'polku-finder.js'),
    ...staticChunks(embed.toString('utf8')).map((name) => resolve(dist, name)),
  ];
  const sum = (values) => values.reduce((total, value) => total + value, 0);
  const clientEntry = resolve(root, 'packages/client/dist/index.js');
  const client = await bundle(root, `export * from ${JSON.stringify(clientEntry)};`);
  const [lit] = await bundle(root, `export * from 'lit';`);
  const [ky] = await bundle(root, `export { default } from 'ky';`);
  return {
    bundle_gzip_bytes: gzipBytes(embed),
    bundle_raw_bytes: embed.length,
    // The entry and any chunk it imports statically (loaded at once), what a finder's first screen
    // needs, counted as the budget's test counts them (gzip -9 of each file).
    first_screen_gzip_bytes: sum(firstScreen.map(gzipSize)),
    first_screen_raw_bytes: sum(
      await Promise.all(firstScreen.map(async (path) => (await readFile(path)).length)),
    ),
    client_gzip_bytes: sum(client.map(gzipBytes)),
    client_raw_bytes: sum(client.map((file) => file.length)),
    reference_lit_gzip_bytes: gzipBytes(lit),
    reference_ky_gzip_bytes: gzipBytes(ky),
  };
}

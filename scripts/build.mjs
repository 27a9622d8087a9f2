#!/usr/bin/env node
// Builds everything `npm start` serves: the packages (tsc -b), the embed bundle (rollup), the
// custom-elements manifest and the rendered spec. `--if-missing` skips the build when every
// output exists (so `npm start` on a built tree starts at once).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outputs = [
  'packages/contract/dist/index.js',
  'packages/client/dist/index.js',
  'packages/catalogue/dist/index.js',
  'packages/server/dist/cli.js',
  'packages/generator/dist/index.js',
  'packages/elements/dist/index.js',
  'packages/elements/dist/polku-finder.js',
  'packages/elements/dist/ssr/index.js',
  'packages/elements/custom-elements.json',
  'dist/docs/index.html',
];

if (
  process.argv.includes('--if-missing') &&
  outputs.every((file) => existsSync(resolve(root, file)))
) {
  process.exit(0);
}

const bin = (name) => resolve(root, 'node_modules/.bin', name);
const steps = [
  ['types and packages (tsc -b)', bin('tsc'), ['-b']],
  ['embed bundle and the elements for the server (rollup)', bin('rollup'), ['-c', '--silent']],
  [
    'custom-elements manifest',
    bin('cem'),
    ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
  ],
  // Redoc from node_modules, its script beside the page: nothing from another origin.
  ['rendered spec (redocly)', process.execPath, [resolve(root, 'scripts/build-docs.mjs')]],
];

for (const [label, command, args] of steps) {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error(`build failed at: ${label}`);
    process.exit(result.status ?? 1);
  }
  console.log(`built ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

#!/usr/bin/env node
// Fails when a package imports against the direction data flows (docs/architecture.md):
//   contract ← client ← elements;  contract ← catalogue ← server;  contract ← elements;
//   elements ← server (the hosted family pages render the elements on the server, Lit SSR).
// Checks each package's source imports and its package.json dependencies, and that no source
// reaches into another package by a relative path. Run by CI (`npm run lint`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What each workspace package may import of the others. */
const allowedImports = {
  contract: [],
  client: ['contract'],
  catalogue: ['contract'],
  server: ['contract', 'catalogue', 'elements'],
  elements: ['contract', 'client'],
  generator: ['contract', 'catalogue'],
};

function sourceFiles(dir, found = []) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) sourceFiles(path, found);
    else if (/\.(ts|mts|js|mjs)$/.test(entry)) found.push(path);
  }
  return found;
}

const importPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;
const problems = [];
const packagesDir = resolve(root, 'packages');

for (const name of readdirSync(packagesDir)) {
  const packageDir = join(packagesDir, name);
  const manifestPath = join(packageDir, 'package.json');
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    continue;
  }
  const allowed = allowedImports[name];
  if (!allowed) {
    problems.push(`packages/${name}: not in scripts/check-imports.mjs; say what it may import`);
    continue;
  }
  const dependencies = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  for (const dependency of dependencies.filter((d) => d.startsWith('@polku/'))) {
    if (!allowed.includes(dependency.slice('@polku/'.length))) {
      problems.push(`packages/${name}/package.json: depends on ${dependency}`);
    }
  }
  let srcFiles = [];
  try {
    srcFiles = sourceFiles(join(packageDir, 'src'));
  } catch {}
  for (const file of srcFiles) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(importPattern)) {
      const specifier = match[1];
      const where = relative(root, file);
      if (specifier.startsWith('@polku/')) {
        const target = specifier.slice('@polku/'.length).split('/')[0];
        if (target !== name && !allowed.includes(target)) {
          problems.push(
            `${where}: imports ${specifier} (packages/${name} may import ${allowed.map((a) => `@polku/${a}`).join(', ') || 'no other Polku package'})`,
          );
        }
      } else if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier);
        if (!target.startsWith(`${packageDir}/`)) {
          problems.push(`${where}: reaches outside its package by a relative path (${specifier})`);
        }
      }
    }
  }
}

if (problems.length > 0) {
  console.error(
    `Imports against the data flow (see docs/architecture.md):\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log('imports follow the data flow');

#!/usr/bin/env node
// `npm test`: builds, runs every Node suite (node:test through tsx) and every browser suite
// (@web/test-runner in Chromium), then prints one line that sums them all:
// `tests: N passed, M failed`. Exits non-zero when anything failed or a runner crashed.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
const args = process.argv.slice(2);
const only = args.find((arg) => arg === '--node' || arg === '--browser');

/** Test files under `dir`, split by whether they sit in a `browser/` folder. */
function findTests(dir, found = { node: [], browser: [] }, inBrowser = false) {
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      findTests(path, found, inBrowser || entry === 'browser');
    } else if (/\.test\.(ts|mjs)$/.test(entry)) {
      (inBrowser ? found.browser : found.node).push(relative(root, path));
    }
  }
  return found;
}

function run(command, commandArgs, env = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(command, commandArgs, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('exit', (code, signal) => resolveRun(code ?? (signal ? 1 : 0)));
  });
}

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const totals = { passed: 0, failed: 0 };
let crashed = false;

/**
 * Adds a runner's counts (from its reporter's file) to the totals; a runner that exits non-zero
 * without counting a failed test crashed.
 */
function tally(runner, suites, code, countsFile) {
  const counts = readCounts(countsFile);
  rmSync(countsFile, { force: true });
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
  }
  if (!counts || (code !== 0 && counts.failed === 0)) {
    console.error(`${runner} exited with ${code} without reporting a failed test`);
    crashed = true;
  }
  console.log(`${suites} suites: ${counts?.passed ?? 0} passed, ${counts?.failed ?? 0} failed`);
}

if (!process.env.POLKU_SKIP_BUILD) {
  const code = await run(process.execPath, [resolve(root, 'scripts/build.mjs')]);
  if (code !== 0) {
    console.log('tests: 0 passed, 1 failed');
    process.exit(1);
  }
}

const packageDirs = readdirSync(resolve(root, 'packages')).map((name) => `packages/${name}/test`);
const tests = { node: [], browser: [] };
for (const dir of [...packageDirs, 'tests']) findTests(resolve(root, dir), tests);

if (only !== '--browser' && tests.node.length > 0) {
  const countsFile = join(tmpdir(), `polku-node-counts-${process.pid}.json`);
  const code = await run(process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${resolve(root, 'scripts/node-count-reporter.mjs')}`,
    `--test-reporter-destination=${countsFile}`,
    ...tests.node.sort(),
  ]);
  tally('node:test', 'node', code, countsFile);
}

if (only !== '--node' && tests.browser.length > 0) {
  const countsFile = join(tmpdir(), `polku-wtr-counts-${process.pid}.json`);
  const code = await run(bin('wtr'), ['--config', 'web-test-runner.config.mjs'], {
    POLKU_WTR_COUNTS: countsFile,
  });
  tally('web-test-runner', 'browser', code, countsFile);
}

if (crashed) totals.failed += 1;
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);

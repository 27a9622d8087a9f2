#!/usr/bin/env node
// `npm run bench`: sizes, in-process search, HTTP against a bare server, and time to first results
// against a static page and a 13-line script (on a desktop, and on a phone as Chromium emulates
// one), each as a ratio or figure measured in this one run. Writes
// bench/results.json and bench/REPORT.md. `--quick` is the small version `npm test` runs so the
// benchmark cannot rot (its figures are not compared to the goals there).
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeCatalogueFolder } from '@polku/catalogue';
import { generateCatalogue } from '@polku/generator';
import { measureHttp, measureRss, startChild } from './http.mjs';
import { writeReport } from './report.mjs';
import { measureSearch } from './search.mjs';
import { measureSizes } from './size.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const execFileAsync = promisify(execFile);
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const outIndex = argv.indexOf('--out');
const outDir = outIndex >= 0 ? resolve(argv[outIndex + 1]) : resolve(root, 'bench');

const plan = quick
  ? {
      sizes: [1_000],
      repeats: 3,
      rssSize: 1_000,
      httpSize: 1_000,
      rounds: 1,
      duration: 1,
      connections: 4,
      firstRuns: 2,
    }
  : {
      sizes: [1_000, 10_000, 100_000],
      repeats: 20,
      rssSize: 100_000,
      httpSize: 10_000,
      rounds: 3,
      duration: 8,
      connections: 10,
      firstRuns: 24,
    };

const goals = {
  bundle_gzip_bytes: { max: 30_720 },
  client_gzip_bytes: { max: 7_168 },
  search_p99_ms_100000: { max: 10 },
  rss_mb_100k: { max: 300 },
  http_ratio_vs_bare: { min: 0.5 },
  first_results_ratio_vs_static: { max: 1.5 },
  first_results_hosted_ratio_vs_static_mobile: { max: 1.2 },
  first_results_ratio_vs_floor_mobile: { max: 1.25 },
  first_screen_gzip_bytes: { max: 30_720 },
};

function chromiumVersion() {
  try {
    return execFileSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'], // the Debian launcher script complains on stderr
    }).trim();
  } catch {
    return 'unknown';
  }
}

const log = (message) => console.log(`[bench] ${message}`);
const started = Date.now();
const results = {
  mode: quick ? 'quick' : 'full',
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memory_gb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion(),
  },
  plan,
  goals,
};

log('sizes');
Object.assign(results, await measureSizes(root));

log(`search on ${plan.sizes.join(', ')} services`);
Object.assign(results, measureSearch(plan.sizes, { repeats: plan.repeats }));

const work = await mkdtemp(join(tmpdir(), 'polku-bench-'));
try {
  log(`resident memory with ${plan.rssSize} services`);
  const rssDir = join(work, `rss-${plan.rssSize}`);
  await writeCatalogueFolder(generateCatalogue({ services: plan.rssSize, seed: 7 }), rssDir);
  results[quick ? `rss_mb_${plan.rssSize}` : 'rss_mb_100k'] = await measureRss(root, rssDir);

  log(`HTTP with ${plan.httpSize} services`);
  const httpDir = join(work, `http-${plan.httpSize}`);
  await writeCatalogueFolder(generateCatalogue({ services: plan.httpSize, seed: 11 }), httpDir);
  Object.assign(
    results,
    await measureHttp(root, {
      catalogueDir: httpDir,
      rounds: plan.rounds,
      duration: plan.duration,
      connections: plan.connections,
    }),
  );
} finally {
  await rm(work, { recursive: true, force: true });
}

log('first results in Chromium (demo catalogue)');
// The server and the browser's driver each in a process of their own, started fresh, as in use.
const demo = await startChild(root, [resolve(root, 'bench/children/polku-server.mjs')]);
try {
  const child = await execFileAsync(
    process.execPath,
    [resolve(root, 'bench/children/first-results.mjs'), demo.url, String(plan.firstRuns), root],
    { cwd: root, maxBuffer: 16 * 1024 * 1024 },
  );
  Object.assign(results, JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}'));
} finally {
  await demo.stop();
}

results.duration_s = Math.round((Date.now() - started) / 100) / 10;
await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
await writeReport(join(outDir, 'REPORT.md'), results);
log(`wrote ${join(outDir, 'results.json')} and REPORT.md in ${results.duration_s} s`);

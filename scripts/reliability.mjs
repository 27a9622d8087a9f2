#!/usr/bin/env node
// `npm run test:reliability`: the reliability suite (tests/reliability) in its full size, about
// five minutes on two cores: spec-driven fuzzing, load, a unique-query soak, slow clients, reloads
// and SIGTERM under load, a hostile catalogue, three replicas behind nginx. `npm test` runs the
// same files in a short size. Prints every figure at the end; exits non-zero on any failure.
// Needs a build (`npm ci && npm run build`); nginx (installed by the replica test where missing
// and root is available).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'packages/server/dist/cli.js'))) {
  console.error('test:reliability: build first: npm run build');
  process.exit(1);
}
const reportFile = join(tmpdir(), `polku-reliability-${process.pid}.jsonl`);
rmSync(reportFile, { force: true });
const files = readdirSync(join(root, 'tests/reliability'))
  .filter((name) => name.endsWith('.test.ts'))
  .sort()
  .map((name) => join('tests/reliability', name));
const started = Date.now();
const code = await new Promise((resolveRun) => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, POLKU_RELIABILITY: 'full', POLKU_RELIABILITY_REPORT: reportFile },
    },
  );
  child.on('exit', (exitCode, signal) => resolveRun(exitCode ?? (signal ? 1 : 0)));
});

const figures = existsSync(reportFile)
  ? readFileSync(reportFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
rmSync(reportFile, { force: true });
const by = (name) => figures.find((entry) => entry.name === name);
const line = (label, text) => console.log(`  ${label.padEnd(22)} ${text}`);
console.log(`\nreliability figures (${Math.round((Date.now() - started) / 1000)} s)`);
const fuzz = by('fuzz');
if (fuzz)
  line(
    'fuzzing',
    `${fuzz.requests} requests fuzzed (${fuzz.raw} raw), seed ${fuzz.seed}: 5xx ${fuzz.serverErrors}, contract failures ${fuzz.failures}; by status ${JSON.stringify(fuzz.byStatus)}`,
  );
const load = by('load');
if (load)
  line(
    'load (autocannon)',
    `${load.connections} connections, ${load.requests} requests, ${load.requestsPerSecond} req/s, p50 ${load.latencyP50ms} ms, p99 ${load.latencyP99ms} ms: errors ${load.errors}, timeouts ${load.timeouts}, non-2xx ${load.non2xx}`,
  );
const soak = by('soak');
if (soak)
  line(
    'unique-query soak',
    `${soak.uniqueQueries} unique queries in ${soak.seconds} s: errors ${soak.errors}, non-2xx ${soak.non2xx}; RSS MB ${soak.baselineRssMb} → ${soak.rssSeriesMb.join(' ')} (peak middle third ${soak.middleThirdPeakMb}, last third ${soak.lastThirdPeakMb}); response cache ${soak.responseCacheMb} MB`,
  );
const slow = by('slow clients');
if (slow)
  line(
    'slow clients',
    `${slow.trickling} trickling: ${slow.answered408} answered 408, the last cut off at ${slow.slowestCutOffSeconds} s; ${slow.neverReading} never reading; ordinary requests ${slow.ordinaryRequests}, failed ${slow.ordinaryFailures}, p99 ${slow.ordinaryP99ms} ms`,
  );
const reload = by('reload under load');
if (reload)
  line(
    'reload under load',
    `${reload.reloads} reloads (${reload.swapped} swapped, ${reload.refused} broken ones refused), ${reload.requests} requests: failed ${reload.failed}`,
  );
const shutdown = by('SIGTERM under load');
if (shutdown)
  line(
    'SIGTERM under load',
    `${shutdown.requests} requests: failed ${shutdown.failed}; exit ${shutdown.exitCode} after ${shutdown.exitSeconds} s; connections refused once the listener closed ${shutdown.refusedConnectionsAfterClose}`,
  );
const hostile = by('hostile catalogue');
if (hostile)
  line(
    'hostile catalogue',
    `${hostile.hostileFiles} hostile files, ${hostile.problems} problems reported in ${hostile.loadSeconds} s, unreported ${hostile.unreported.length}; ${hostile.servicesLoaded} valid services served`,
  );
const replicas = by('replicas behind nginx');
if (replicas)
  line(
    'replicas behind nginx',
    `${replicas.replicas} replicas, ${replicas.requests} requests in ${replicas.seconds} s while one stopped and one reloaded: failed ${replicas.failed}; cache ${JSON.stringify(replicas.cache)}`,
  );
else line('replicas behind nginx', 'not run (see the test output: nginx missing?)');
console.log(code === 0 ? 'reliability: passed' : 'reliability: FAILED');
process.exit(code);

// Runs the benchmark in quick mode so it cannot rot: every figure must come out as a number.
// The goals are not asserted here (shared machines are noisy); `npm run bench` reports them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

test('npm run bench --quick produces every figure and a report', { timeout: 300_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'polku-bench-quick-'));
  try {
    const run = spawnSync(process.execPath, ['bench/run.mjs', '--quick', '--out', out], {
      encoding: 'utf8',
      timeout: 280_000,
    });
    assert.equal(run.status, 0, `bench failed:\n${run.stdout}\n${run.stderr}`);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    for (const key of ['bundle_gzip_bytes', 'client_gzip_bytes', 'reference_lit_gzip_bytes']) {
      assert.ok(results[key] > 1000, `${key} = ${results[key]}`);
    }
    assert.ok(results.search_p99_ms['1000'] > 0, 'search p99 measured');
    assert.ok(results.index_build_ms['1000'] > 0, 'index build measured');
    assert.ok(results.rss_mb_1000 > 10, 'resident memory measured');
    assert.ok(results.http_ratio_vs_bare.median > 0, 'HTTP ratio measured');
    assert.ok(results.http_uncached_rps_polku.median > 0, 'uncached HTTP measured');
    assert.ok(results.first_results_ratio_vs_static.median > 0, 'first results measured');
    assert.ok(results.first_results_ratio_vs_floor.median > 0, 'first results floor measured');
    for (const key of [
      'first_results_hosted_ratio_vs_static_mobile',
      'first_results_ratio_vs_floor_mobile',
      'first_results_preload_ratio_vs_floor_mobile',
    ]) {
      assert.ok(results[key].median > 0, `${key} = ${JSON.stringify(results[key])}`);
    }
    // Counted by `gzip -9` as the budget's test does (bundle_gzip_bytes is zlib's, a few bytes apart).
    assert.ok(results.first_screen_gzip_bytes > 1000, 'first screen size');
    const report = readFileSync(join(out, 'REPORT.md'), 'utf8');
    assert.match(report, /bundle_gzip_bytes/);
    assert.match(report, /Chromium \d+/);
    assert.match(report, /floor \/ static: \d/);
    assert.match(report, /Hosted \/ static: \d/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

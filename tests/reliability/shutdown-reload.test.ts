// Updating and stopping under load (issue 17). Reloads (SIGHUP) of a changed catalogue, and of a
// broken one, while keep-alive clients ask without pause: no request fails, the change is served,
// the broken one is refused and the catalogue before it stays. Then SIGTERM under load: while it
// drains every request is answered; once its listener closes, new connections are refused (or
// reset by the kernel from its accept queue), which a load balancer retries elsewhere; it exits 0.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { demoCatalogueDir, loadCatalogue } from '@polku/catalogue';
import { type ChildServer, startChildServer } from './lib/child-server.js';
import { demoPaths, startLoad } from './lib/load.js';
import { report, size } from './lib/mode.js';

const folders: string[] = [];
after(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function catalogueCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'polku-reliability-'));
  folders.push(dir);
  cpSync(demoCatalogueDir, dir, { recursive: true });
  return dir;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the log has `count` entries whose message matches `pattern`. */
async function logged(server: ChildServer, pattern: RegExp, count: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (server.log.filter((entry) => pattern.test(String(entry.msg))).length < count) {
    if (Date.now() > deadline) throw new Error(`no ${pattern} in the log`);
    await sleep(50);
  }
}

test('reloads under load: no request fails; a broken catalogue is refused', {
  timeout: 600_000,
}, async () => {
  const dir = catalogueCopy();
  const { catalogue } = await loadCatalogue(dir);
  const paths = demoPaths(catalogue.services.map((service) => service.id));
  const server = await startChildServer({ POLKU_CATALOGUE: dir });
  const file = join(dir, 'services/tier-1.yaml');
  const original = readFileSync(file, 'utf8');
  let index = 0;
  const load = startLoad({
    connections: size(16, 64),
    nextUrl: () => `${server.url}${paths[index++ % paths.length]}`,
  });
  try {
    const rounds = size(2, 6);
    let accepted = 0;
    let refused = 0;
    for (let round = 1; round <= rounds; round += 1) {
      await sleep(500);
      // Every other round a good change, then a broken file.
      const broken = round % 2 === 0;
      writeFileSync(
        file,
        broken
          ? `${original}\n- id: [this is not\n`
          : original.replace('fi: "Neuvola"', `fi: "Neuvola (${round})"`),
      );
      server.process.kill('SIGHUP');
      if (broken) await logged(server, /reload rejected/, ++refused);
      else await logged(server, /^catalogue reloaded$/, ++accepted);
    }
    await sleep(500);
    const result = await load.stop();
    const neuvola = catalogue.services.find((service) => service.name.fi === 'Neuvola')?.id;
    const served = (await (await fetch(`${server.url}/v1/services/${neuvola}`)).json()) as {
      name: { fi: string };
    };
    const lastGood = rounds % 2 === 1 ? rounds : rounds - 1;
    report('reload under load', {
      reloads: rounds,
      swapped: accepted,
      refused,
      requests: result.requests,
      failed: result.failed,
      refusedConnections: result.refused,
      failures: result.failures,
    });
    assert.equal(served.name.fi, `Neuvola (${lastGood})`);
    assert.deepEqual(result.failures, []);
    assert.equal(result.failed, 0);
    assert.equal(result.refused, 0);
    assert.ok(result.requests > 100);
  } finally {
    await load.stop();
    await server.stop();
  }
});

test('SIGTERM under load: every accepted request is answered, exit 0', {
  timeout: 300_000,
}, async () => {
  const { catalogue } = await loadCatalogue(demoCatalogueDir);
  const paths = demoPaths(catalogue.services.map((service) => service.id));
  const delay = 1;
  const server = await startChildServer({ POLKU_SHUTDOWN_DELAY: String(delay) });
  let index = 0;
  let signalled: number | undefined;
  const load = startLoad({
    connections: size(32, 128),
    nextUrl: () => `${server.url}${paths[index++ % paths.length]}`,
    // The listener closes after the drain delay; resets before that are failures.
    closedAt: () => (signalled === undefined ? undefined : signalled + delay * 1000),
  });
  await sleep(size(1500, 5000));
  const before = load.result.requests;
  signalled = Date.now();
  server.process.kill('SIGTERM');
  const code = await server.exited;
  const exitSeconds = (Date.now() - signalled) / 1000;
  await sleep(300);
  const result = await load.stop();
  report('SIGTERM under load', {
    requestsBeforeSignal: before,
    requests: result.requests,
    failed: result.failed,
    refusedConnectionsAfterClose: result.refused,
    exitCode: code,
    exitSeconds: Math.round(exitSeconds * 10) / 10,
    failures: result.failures,
  });
  assert.equal(code, 0);
  assert.deepEqual(result.failures, []);
  assert.equal(result.failed, 0);
  assert.ok(result.requests > before, 'requests were answered while draining');
  assert.ok(exitSeconds < delay + 5, `${exitSeconds} s`);
});

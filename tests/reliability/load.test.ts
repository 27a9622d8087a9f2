// Load with autocannon (issue 17): many keep-alive connections against the server as production
// runs it (its own process, the demo catalogue), on a mix of what clients ask. No error, no
// timeout, no status but 2xx.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { demoCatalogueDir, loadCatalogue } from '@polku/catalogue';
import autocannon from 'autocannon';
import { type ChildServer, startChildServer } from './lib/child-server.js';
import { demoPaths } from './lib/load.js';
import { report, size } from './lib/mode.js';

let server: ChildServer;
before(async () => {
  server = await startChildServer();
});
after(() => server?.stop());

test('autocannon: no error under load', { timeout: 300_000 }, async () => {
  const { catalogue } = await loadCatalogue(demoCatalogueDir);
  const paths = demoPaths(catalogue.services.map((service) => service.id));
  const connections = size(50, 200);
  const result = await autocannon({
    url: server.url,
    connections,
    duration: size(5, 30),
    timeout: 10,
    headers: { 'accept-encoding': 'br, gzip' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  const figures = {
    connections,
    seconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50ms: result.latency.p50,
    latencyP99ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    rssMb: Math.round((server.rss() ?? 0) / 1024 / 1024),
  };
  report('load', figures);
  assert.ok(result.requests.total > connections, 'requests were made');
  assert.equal(result.errors, 0);
  assert.equal(result.timeouts, 0);
  assert.equal(result.non2xx, 0);
});

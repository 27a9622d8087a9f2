// A unique-query soak (issue 17): every request a search never asked before, so every one is
// computed and cached, for as long as the run lasts. The response cache is bounded; the
// process's resident memory must level off, not grow with the number of queries.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import autocannon from 'autocannon';
import { type ChildServer, startChildServer } from './lib/child-server.js';
import { report, size } from './lib/mode.js';

const cacheMb = 16;
let server: ChildServer;
before(async () => {
  server = await startChildServer({ POLKU_RESPONSE_CACHE_MB: String(cacheMb) });
});
after(() => server?.stop());

const words = [
  'perhe',
  'väsynyt',
  'trött',
  'ero',
  'neuvola',
  'riita',
  'yksin',
  'vauva',
  'koulu',
  'kriisi',
];

test('unique queries: memory levels off', { timeout: 600_000 }, async () => {
  const seconds = size(10, 75);
  const samples: number[] = [];
  const baseline = server.rss() ?? 0;
  const sampler = setInterval(() => {
    const rss = server.rss();
    if (rss !== undefined) samples.push(rss);
  }, 500);
  let counter = 0;
  const result = await autocannon({
    url: server.url,
    connections: 20,
    duration: seconds,
    timeout: 10,
    headers: { 'accept-encoding': 'br, gzip' },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          counter += 1;
          const word = words[counter % words.length] as string;
          const page = (counter % 3) + 1;
          request.path = `/v1/services?q=${encodeURIComponent(`${word} ${counter}`)}&page=${page}&per_page=${10 + (counter % 40)}`;
          return request;
        },
      },
    ],
  });
  clearInterval(sampler);
  const metrics = await (await fetch(`${server.url}/metrics`)).text();
  const cacheBytes = Number(/^polku_response_cache_bytes (\d+)$/m.exec(metrics)?.[1]);
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  // The series, in about twelve points.
  const step = Math.max(1, Math.floor(samples.length / 12));
  const series = samples.filter((_, index) => index % step === 0).map(mb);
  const third = Math.floor(samples.length / 3);
  const middlePeak = Math.max(...samples.slice(third, 2 * third));
  const lastPeak = Math.max(...samples.slice(2 * third));
  report('soak', {
    seconds: result.duration,
    uniqueQueries: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    baselineRssMb: mb(baseline),
    rssSeriesMb: series,
    middleThirdPeakMb: mb(middlePeak),
    lastThirdPeakMb: mb(lastPeak),
    responseCacheMb: Math.round((cacheBytes / 1024 / 1024) * 10) / 10,
  });
  assert.equal(result.errors, 0);
  assert.equal(result.non2xx, 0);
  assert.ok(samples.length >= 6, 'memory was sampled (/proc)');
  assert.ok(cacheBytes <= cacheMb * 1024 * 1024, `cache ${cacheBytes} bytes`);
  // Levelled off: the last third of the run peaks no higher than the middle third, give or take
  // what the garbage collector's timing moves (15 % and 24 MB).
  assert.ok(
    lastPeak <= middlePeak * 1.15 + 24 * 1024 * 1024,
    `${mb(middlePeak)} → ${mb(lastPeak)} MB`,
  );
  assert.ok(lastPeak - baseline < 300 * 1024 * 1024, `grew ${mb(lastPeak - baseline)} MB`);
});

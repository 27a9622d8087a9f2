// Running it like production software (issue 17): slow clients hear 408 within seconds, a
// shutdown drains with `Connection: close` and fails no request, probes and metrics answer, and
// every setting is a flag and an environment variable documented in README's table.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { ConfigError, readConfig, settings } from '../src/config.js';
import { type StartedServer, startServer } from '../src/index.js';
import { fixtureCatalogue, fixtureStaticRoot, validator } from './helpers.js';
import { rawRequest, requestText } from './raw-http.js';

function start(options: Parameters<typeof startServer>[0] = {}): Promise<StartedServer> {
  return startServer({
    catalogue: fixtureCatalogue(),
    port: 0,
    logger: false,
    staticRoot: fixtureStaticRoot(),
    ...options,
  });
}

describe('slow clients', () => {
  let server: StartedServer;
  before(async () => {
    server = await start({ timeouts: { headers: 1, request: 2 } });
  });
  after(() => server.close());

  test('headers that never end: 408 problem within seconds', async () => {
    const started = Date.now();
    const response = await rawRequest(server.url, 'GET /v1/tiers HTTP/1.1\r\nHost: x\r\nX-Slow: ', {
      timeoutMs: 8000,
    });
    const seconds = (Date.now() - started) / 1000;
    assert.equal(response.status, 408, response.raw);
    assert.ok(seconds < 4, `${seconds} s`);
    const problem = JSON.parse(response.body);
    assert.deepEqual(validator.validate('Problem', problem), []);
    assert.doesNotMatch(problem.detail, /ASCII|percent/);
  });

  test('a client trickling a byte at a time is cut off too; others are served meanwhile', async () => {
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    const text =
      'GET /v1/tiers HTTP/1.1\r\nHost: x\r\nX-Long: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n';
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', () => {});
    let index = 0;
    const timer = setInterval(() => {
      if (index < text.length && !socket.destroyed) socket.write(text[index++] as string);
    }, 150);
    const started = Date.now();
    const ok = await fetch(`${server.url}/v1/tiers`);
    assert.equal(ok.status, 200);
    assert.ok(Date.now() - started < 1000);
    await new Promise((resolve) => socket.once('close', resolve));
    clearInterval(timer);
    assert.match(received, /^HTTP\/1\.1 408 /);
    assert.ok(Date.now() - started < 5000);
  });
});

/** GETs on one keep-alive agent; the response's status and Connection header. */
function get(url: string, agent: Agent): Promise<{ status: number; connection: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (response) => {
      response.resume();
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          connection: String(response.headers.connection ?? ''),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('shutdown', () => {
  test('drains: /readyz 503, Connection: close on every response, no request fails', async () => {
    const server = await start();
    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    try {
      const first = await get(`${server.url}/v1/tiers`, agent);
      assert.equal(first.connection, 'keep-alive');
      assert.equal((await fetch(`${server.url}/readyz`)).status, 200);

      const closed = server.shutdown({ delay: 1.5, timeout: 5 });
      const during = await Promise.all(
        [0, 1, 2, 3].map(() => get(`${server.url}/v1/municipalities`, agent)),
      );
      assert.deepEqual(
        during.map((response) => [response.status, response.connection]),
        [0, 1, 2, 3].map(() => [200, 'close']),
      );
      const ready = await rawRequest(server.url, requestText('GET', '/readyz'));
      assert.equal(ready.status, 503);
      assert.match(ready.headers['content-type'] ?? '', /problem\+json/);
      await closed;
      await assert.rejects(fetch(`${server.url}/v1/tiers`), 'the listener is closed');
    } finally {
      agent.destroy();
      await server.close();
    }
  });

  test('requests on open keep-alive connections when the listener closes are all answered', async () => {
    // Node's own close() would reset a connection whose request has arrived but not been read.
    for (let round = 0; round < 3; round += 1) {
      const server = await start();
      const agent = new Agent({ keepAlive: true, maxSockets: 16 });
      try {
        const warm = Array.from({ length: 16 }, () => get(`${server.url}/v1/tiers`, agent));
        await Promise.all(warm);
        const pending = Array.from({ length: 16 }, (_, i) =>
          get(`${server.url}/v1/services?page=${(i % 5) + 1}&per_page=50`, agent),
        );
        const closing = server.shutdown({ timeout: 5 });
        const responses = await Promise.all(pending);
        await closing;
        assert.deepEqual(
          responses.map((response) => response.status),
          pending.map(() => 200),
        );
      } finally {
        agent.destroy();
      }
    }
  });
});

describe('probes and metrics', () => {
  let server: StartedServer;
  before(async () => {
    server = await start();
  });
  after(() => server.close());

  test('/healthz and /readyz answer 200, not cached', async () => {
    for (const path of ['/healthz', '/readyz']) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.equal((await response.json()).services, fixtureCatalogue().services.length);
    }
  });

  test('/metrics counts requests by route and status, with latency and catalogue gauges', async () => {
    await (await fetch(`${server.url}/v1/services?q=v%C3%A4kivalta`)).arrayBuffer();
    await (await fetch(`${server.url}/v1/services?q=perhe&colour=x`)).arrayBuffer();
    await (
      await fetch(`${server.url}/v1/services/${fixtureCatalogue().services[0]!.id}`)
    ).arrayBuffer();
    const response = await fetch(`${server.url}/metrics`);
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    assert.match(
      text,
      /^polku_http_requests_total\{method="GET",route="\/v1\/services",status="200"\} 1$/m,
    );
    assert.match(
      text,
      /^polku_http_requests_total\{method="GET",route="\/v1\/services",status="400"\} 1$/m,
    );
    assert.match(
      text,
      /^polku_http_requests_total\{method="GET",route="\/v1\/services\/:id",status="200"\} 1$/m,
    );
    assert.match(
      text,
      /^polku_http_request_duration_seconds_bucket\{method="GET",route="\/v1\/services",le="\+Inf"\} 2$/m,
    );
    assert.match(
      text,
      new RegExp(
        `^polku_catalogue_records\\{kind="service"\\} ${fixtureCatalogue().services.length}$`,
        'm',
      ),
    );
    assert.match(text, /^polku_catalogue_age_seconds \d/m);
    assert.match(text, /^process_resident_memory_bytes \d+$/m);
    // No personal data: nothing from a query or a path, no address.
    for (const secret of [
      'väkivalta',
      'v%C3%A4kivalta',
      'perhe',
      'colour',
      fixtureCatalogue().services[0]!.id,
      '127.0.0.1',
    ])
      assert.ok(!text.includes(secret), secret);
    // Every sample line is a metric name, optional labels and a number.
    for (const line of text.split('\n').filter((l) => l && !l.startsWith('#')))
      assert.match(line, /^[a-z_]+(\{[^}]*\})? [-+0-9.eInf]+$/, line);
  });

  test('/metrics can be turned off', async () => {
    const off = await start({ metrics: false });
    try {
      assert.equal((await fetch(`${off.url}/metrics`)).status, 404);
    } finally {
      await off.close();
    }
  });
});

describe('configuration', () => {
  test('flags win over the environment, which wins over the defaults', () => {
    const config = readConfig(['--port', '9000', '--watch', '--access-log=off'], {
      PORT: '7000',
      HOST: '0.0.0.0',
      POLKU_SHUTDOWN_DELAY: '5',
      POLKU_PUBLIC_URL: 'https://palvelut.example/',
    });
    assert.equal(config.port, 9000);
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.watch, true);
    assert.equal(config.accessLog, false);
    assert.equal(config.shutdownDelayS, 5);
    assert.equal(config.publicUrl, 'https://palvelut.example');
    assert.equal(config.headersTimeoutS, 10);
    assert.equal(readConfig(['--quiet'], {}).accessLog, false);
  });

  test('bad values are refused with the setting named', () => {
    for (const [argv, env] of [
      [['--port', 'eighty'], {}],
      [[], { POLKU_HEADERS_TIMEOUT: 'soon' }],
      [[], { POLKU_PUBLIC_URL: 'javascript:alert(1)' }],
      [['--log-level', 'loud'], {}],
      [['--colour'], {}],
      [['--port'], {}],
    ] as [string[], Record<string, string>][]) {
      assert.throws(() => readConfig(argv, env), ConfigError, JSON.stringify({ argv, env }));
    }
  });

  test("README's production table lists every setting, its flag and its variable", () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Run in production'));
    assert.ok(section.length > 0, 'README has a "Run in production" section');
    for (const setting of settings) {
      const row = section.split('\n').find((line) => line.includes(`\`${setting.env}\``));
      assert.ok(row, `no row for ${setting.env}`);
      assert.ok(row.includes(`\`${setting.flag}`), `${setting.env}'s row lacks ${setting.flag}`);
    }
  });
});

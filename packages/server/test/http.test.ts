// The server over HTTP: every operation, bad input, caching, CORS, compression, static files
// and the privacy of the access log. Every response is checked against the spec.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { ServicePage } from '@polku/contract';
import { checkResponse, fixtureCatalogue, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

async function getChecked(
  path: string,
  headers?: Record<string, string>,
  // biome-ignore lint/suspicious/noExplicitAny: bodies are checked against the spec's schemas by checkResponse before tests read them
): Promise<{ response: Response; body: any }> {
  const response = await server.get(path, headers);
  const body = await checkResponse(response, path);
  return { response, body };
}

describe('every operation answers within the contract', () => {
  const catalogue = fixtureCatalogue();
  const service = catalogue.services[3]!;
  const organization = catalogue.organizations[1]!;
  const chain = catalogue.chains[0]!;
  const paths = [
    '/v1',
    '/v1/services',
    '/v1/services?q=perheneuvola',
    '/v1/services?q=familjerådgivning&lang=sv',
    '/v1/services?q=perhe&tier=3,2,1&municipality=638,434&provider_type=public,ngo&channel=phone,in_person&language=fi,sv&free=true&no_referral=true&age=3&per_page=5&page=1&lang=en',
    '/v1/services?lat=60.3932&lon=25.6651&radius=50000&sort=distance',
    `/v1/services?organization=${organization.id}&chain=${chain.id}&sort=name&lang=sv`,
    `/v1/services?id=${service.id},${catalogue.services[5]!.id}`,
    '/v1/services?page=99999',
    `/v1/services/${service.id}`,
    `/v1/services/${service.id}?lang=sv`,
    '/v1/organizations',
    '/v1/organizations?provider_type=ngo&municipality=638&lang=en&per_page=3',
    `/v1/organizations/${organization.id}`,
    '/v1/tiers?lang=sv',
    '/v1/service-chains',
    `/v1/service-chains/${chain.id}?lang=en`,
    '/v1/municipalities',
    '/v1/urgent-help?lang=fi',
  ];
  for (const path of paths) {
    test(path, async () => {
      const { response } = await getChecked(path);
      assert.equal(response.status, 200);
    });
  }

  test('the API root names the absolute URL of the spec, which is served', async () => {
    const { body } = await getChecked('/v1');
    assert.equal(body.openapi_url, `${server.url}/openapi.yaml`);
    const spec = await server.get('/openapi.yaml');
    assert.equal(spec.status, 200);
    assert.match(await spec.text(), /^openapi: 3\.1/);
  });

  test('lang keeps the shape and carries only the asked language or the fallback under its own key', async () => {
    const { body } = await getChecked(`/v1/services/${service.id}?lang=sv`);
    assert.deepEqual(Object.keys(body.name), ['sv']);
    assert.equal(body.name.sv, service.name.sv);
    const en = (await getChecked('/v1/municipalities?lang=en')).body;
    const askola = en.contents.find((m: { code: string }) => m.code === '018');
    // Askola has no English name: the Finnish one is given under `fi`.
    assert.deepEqual(askola.name, {
      fi: catalogue.municipalities.find((m) => m.code === '018')!.name.fi,
    });
  });

  test('unknown ids are 404 problems', async () => {
    const { response, body } = await getChecked(
      '/v1/services/00000000-0000-4000-8000-000000000000',
    );
    assert.equal(response.status, 404);
    assert.match(body.detail, /No service has the id/);
    assert.equal((await getChecked('/v1/service-chains/no-such-chain')).response.status, 404);
    assert.equal(
      (await getChecked('/v1/organizations/00000000-0000-4000-8000-000000000000')).response.status,
      404,
    );
    assert.equal((await getChecked('/v1/nothing-here')).response.status, 404);
  });
});

describe('bad input is answered 400 problem+json naming each parameter', () => {
  const cases: [string, string[]][] = [
    ['/v1/services?tier=0', ['tier']],
    ['/v1/services?tier=5', ['tier']],
    ['/v1/services?tier=1,2,3,4,1', ['tier']],
    ['/v1/services?tier=', ['tier']],
    ['/v1/services?tier=x', ['tier']],
    ['/v1/services?municipality=63', ['municipality']],
    ['/v1/services?provider_type=company', ['provider_type']],
    ['/v1/services?channel=fax', ['channel']],
    ['/v1/services?language=fin', ['language']],
    ['/v1/services?free=yes', ['free']],
    ['/v1/services?no_referral=1', ['no_referral']],
    ['/v1/services?age=-1', ['age']],
    ['/v1/services?age=26', ['age']],
    ['/v1/services?age=2.5', ['age']],
    ['/v1/services?lat=91&lon=25', ['lat']],
    ['/v1/services?lat=60&lon=181', ['lon']],
    ['/v1/services?lat=abc&lon=25', ['lat']],
    ['/v1/services?lat=60', ['lon']],
    ['/v1/services?radius=100', ['radius']],
    ['/v1/services?lat=60&lon=25&radius=0', ['radius']],
    ['/v1/services?sort=distance', ['sort']],
    ['/v1/services?sort=random', ['sort']],
    ['/v1/services?organization=not-a-uuid', ['organization']],
    ['/v1/services?chain=Not_A_Slug', ['chain']],
    ['/v1/services?id=1,2', ['id']],
    ['/v1/services?page=0', ['page']],
    ['/v1/services?page=100001', ['page']],
    ['/v1/services?per_page=0', ['per_page']],
    ['/v1/services?per_page=101', ['per_page']],
    ['/v1/services?lang=de', ['lang']],
    ['/v1/services?q=', ['q']],
    [`/v1/services?q=${'a'.repeat(201)}`, ['q']],
    [`/v1/services?q=${'väkivalta '.repeat(1000)}`, ['q']],
    ['/v1/services?q=%E0%A4%A', ['q']],
    ['/v1/services?q=%ED%A0%80', ['q']],
    ['/v1/services?q=%', ['q']],
    ['/v1/services?colour=red', ['colour']],
    ['/v1/services?q=a&q=b', ['q']],
    ['/v1/services?per_page=500&colour=red&tier=9', ['per_page', 'colour', 'tier']],
    ['/v1/organizations?q=perhe', ['q']],
    ['/v1/organizations?provider_type=x', ['provider_type']],
    ['/v1/tiers?page=2', ['page']],
    ['/v1/tiers?lang=xx', ['lang']],
    ['/v1/services/not-a-uuid', ['id']],
    [`/v1/services/${'f'.repeat(300)}`, ['id']],
    ['/v1/services/..%2F..%2Fpackage.json', ['id']],
    ['/v1/service-chains/..%2Fx', ['id']],
    ['/v1/organizations/%00', ['id']],
    ['/v1?x=1', ['x']],
  ];
  for (const [path, names] of cases) {
    test(path.length > 80 ? `${path.slice(0, 80)}…` : path, async () => {
      const { response, body } = await getChecked(path);
      assert.equal(response.status, 400);
      assert.deepEqual(Object.keys(body.errors).sort(), [...names].sort());
      for (const messages of Object.values(body.errors) as string[][])
        assert.ok(messages.length > 0);
    });
  }

  test('messages say what is wrong with which value', async () => {
    const { body } = await getChecked('/v1/services?tier=2,7,x');
    assert.deepEqual(body.errors.tier, [
      'value 2 ("7") must be <= 4 (got 7)',
      'value 3 ("x") must be an integer',
    ]);
  });

  test('odd but valid Unicode is searched, not rejected', async () => {
    for (const q of [
      '🙂',
      '\u0000',
      'a\u0308iti',
      'ＰＥＲＨＥ',
      '\u202e',
      '%',
      '"<script>',
      "' OR 1=1 --",
    ]) {
      const path = `/v1/services?q=${encodeURIComponent(q)}`;
      const { response } = await getChecked(path);
      assert.equal(response.status, 200, q);
    }
  });

  test('a malformed path or a non-GET method is a problem, not a 500', async () => {
    for (const path of ['/v1/services/%', '/%E0%A4%A', '/v1/services/%ZZ']) {
      const response = await server.get(path);
      assert.ok(response.status >= 400 && response.status < 500, `${path}: ${response.status}`);
      await checkResponse(response, path);
    }
    const post = await fetch(`${server.url}/v1/services`, {
      method: 'POST',
      body: '{"x":',
      headers: { 'content-type': 'application/json' },
    });
    assert.ok(post.status === 405 || post.status === 400, String(post.status));
    await checkResponse(post, '/v1/services');
  });

  test('a URL with raw non-ASCII bytes is a problem that says to percent-encode', async () => {
    const { port } = new URL(server.url);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.end(Buffer.from('GET /v1/services?q=trött HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8')),
      );
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString('utf8');
      });
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    assert.match(raw, /^HTTP\/1\.1 400 /);
    assert.match(raw, /application\/problem\+json/);
    const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)) as { detail: string };
    assert.match(body.detail, /percent-encoded/);
  });
});

describe('HTTP caching, CORS and compression', () => {
  test('a current ETag in If-None-Match is answered 304 with no body; another one 200', async () => {
    const path = '/v1/services?q=perhe&per_page=3';
    const first = await getChecked(path);
    const etag = first.response.headers.get('etag')!;
    const again = await server.get(path, { 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal(again.headers.get('etag'), etag);
    assert.match(again.headers.get('cache-control') ?? '', /^public/);
    const stale = await server.get(path, { 'if-none-match': '"something-else"' });
    assert.equal(stale.status, 200);
    const otherPage = await getChecked('/v1/services?q=perhe&per_page=3&page=2');
    assert.notEqual(otherPage.response.headers.get('etag'), etag);
  });

  test('the same request gives the same ETag; parameter order does not matter', async () => {
    const a = await server.get('/v1/services?tier=2&free=true');
    const b = await server.get('/v1/services?free=true&tier=2');
    assert.equal(a.headers.get('etag'), b.headers.get('etag'));
    assert.equal(await a.text(), await b.text());
  });

  test('CORS is open for GET and preflights are answered', async () => {
    const response = await server.get('/v1/tiers', { origin: 'https://seurakunta.example' });
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-expose-headers') ?? '', /ETag/);
    // A client on another origin must be able to read Retry-After (from a proxy) to back off.
    assert.match(response.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    const preflight = await fetch(`${server.url}/v1/services`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://x.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /GET/);
  });

  test('large responses are compressed with brotli or gzip as the client accepts', async () => {
    const path = '/v1/services?per_page=50';
    const plain = await (await server.get(path, { 'accept-encoding': 'identity' })).arrayBuffer();
    const { request } = await import('node:http');
    const raw = (encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const req = request(
          `${server.url}${path}`,
          { headers: { 'accept-encoding': encoding } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          },
        );
        req.on('error', reject);
        req.end();
      });
    const br = await raw('gzip, deflate, br');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.ok(br.body.length < plain.byteLength / 2);
    assert.deepEqual(brotliDecompressSync(br.body), Buffer.from(plain));
    const gz = await raw('gzip');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(gz.body), Buffer.from(plain));
    assert.match(String(gz.headers.vary), /Accept-Encoding/i);
    const small = await raw('br');
    assert.ok(small.headers['content-encoding'] === 'br');
    const tiny = await new Promise<Record<string, unknown>>((resolve) => {
      request(
        `${server.url}/v1/services/00000000-0000-4000-8000-000000000000`,
        { headers: { 'accept-encoding': 'br' } },
        (res) => {
          res.resume();
          resolve(res.headers);
        },
      ).end();
    });
    assert.equal(tiny['content-encoding'], undefined);
  });

  test('healthz answers', async () => {
    const response = await server.get('/healthz');
    assert.equal(response.status, 200);
    assert.equal((await response.json()).status, 'ok');
  });
});

describe('static files', () => {
  test('bundle, docs, home page and examples are served with ETags', async () => {
    for (const [path, type] of [
      ['/polku-finder.js', /javascript/],
      ['/docs', /html/],
      ['/', /html/],
      ['/examples/intranet/', /html/],
      ['/examples/intranet/app.js', /javascript/],
    ] as const) {
      const response = await server.get(path);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type') ?? '', type, path);
      assert.ok(response.headers.get('etag'), path);
      const cached = await server.get(path, { 'if-none-match': response.headers.get('etag')! });
      assert.equal(cached.status, 304, path);
    }
  });

  test("an example's headers.json adds its headers to that example only", async () => {
    const page = await server.get('/examples/intranet/');
    assert.match(page.headers.get('content-security-policy') ?? '', /require-trusted-types-for/);
    const home = await server.get('/');
    assert.doesNotMatch(
      home.headers.get('content-security-policy') ?? '',
      /require-trusted-types-for/,
    );
    const headersFile = await server.get('/examples/intranet/headers.json');
    assert.equal(headersFile.status, 404);
  });

  test('/examples/<name> redirects to the folder', async () => {
    const response = await fetch(`${server.url}/examples/intranet`, { redirect: 'manual' });
    assert.equal(response.status, 301);
    assert.equal(response.headers.get('location'), '/examples/intranet/');
  });

  test('no path reaches a file outside the allow-list', async () => {
    const { request } = await import('node:http');
    const rawGet = (path: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${server.url}/`, { path }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
    for (const path of [
      '/examples/../secret.txt',
      '/examples/intranet/../../secret.txt',
      '/examples/intranet/..%2f..%2fsecret.txt',
      '/examples/%2e%2e/secret.txt',
      '/examples/intranet/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/secret.txt',
      '/examples//etc/passwd',
      '/examples/intranet/index.html%00.js',
    ]) {
      const { status, body } = await rawGet(path);
      assert.ok(status === 404 || status === 400, `${path}: ${status}`);
      assert.doesNotMatch(body, /do not serve/, path);
    }
  });

  test('a tree with nothing built still starts; missing files are 404 problems and / says what to build', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const bare = await startTestServer({ staticRoot: mkdtempSync(join(tmpdir(), 'polku-empty-')) });
    try {
      const bundle = await bare.get('/polku-finder.js');
      assert.equal(bundle.status, 404);
      const problem = (await checkResponse(bundle, '/polku-finder.js')) as { detail: string };
      assert.match(problem.detail, /npm run build/);
      const home = await bare.get('/');
      assert.equal(home.status, 200);
      assert.match(await home.text(), /npm run build/);
    } finally {
      await bare.close();
    }
  });
});

describe('the access log', () => {
  test('holds method, route pattern and status, never the query text or the address', async () => {
    server.log.length = 0;
    await (
      await server.get('/v1/services?q=v%C3%A4kivalta%20kotona&municipality=638')
    ).arrayBuffer();
    await (await server.get(`/v1/services/${fixtureCatalogue().services[0]!.id}`)).arrayBuffer();
    await (await server.get('/v1/services?q=huostaanotto&colour=x')).arrayBuffer();
    await (await server.get('/v%C3%A4kivalta')).arrayBuffer();
    // Each line is a JSON object; what the process says of itself (time, pid, host) aside.
    const entries = server.log.map((line) => {
      const { time: _time, pid: _pid, hostname: _hostname, ...entry } = JSON.parse(line);
      return entry as Record<string, unknown>;
    });
    const requests = entries.map(({ method, route, status }) => `${method} ${route} ${status}`);
    assert.ok(requests.includes('GET /v1/services 200'), requests.join('\n'));
    assert.ok(requests.includes('GET /v1/services/:id 200'));
    assert.ok(requests.includes('GET /v1/services 400'));
    assert.ok(requests.includes('GET (no route) 404'));
    const log = entries.map((entry) => JSON.stringify(entry)).join('\n');
    for (const secret of [
      'väkivalta',
      'v%C3%A4kivalta',
      'kotona',
      'huostaanotto',
      '638',
      '127.0.0.1',
      fixtureCatalogue().services[0]!.id,
      '?',
    ]) {
      assert.ok(!log.includes(secret), `the log holds ${secret}:\n${log}`);
    }
  });
});

describe('search over HTTP', () => {
  test('pages are stable and cover the result exactly once', async () => {
    const seen = new Set<string>();
    let total = 0;
    for (let page = 1; page <= 50; page += 1) {
      const { body } = await getChecked(`/v1/services?q=perhe&per_page=40&page=${page}`);
      const result = body as ServicePage;
      total = result.total_items;
      for (const service of result.contents) {
        assert.ok(!seen.has(service.id), `${service.id} on two pages`);
        seen.add(service.id);
      }
      if (result.last_page) break;
    }
    assert.equal(seen.size, total);
    assert.ok(total > 40);
  });
});

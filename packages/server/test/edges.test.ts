// The contract's edges (issues 17 and 20): parameter names of any spelling, names cut by whole
// characters, 405 with Allow for every method a path does not serve, and problem+json for what
// Node's HTTP parser rejects before the router sees it. Each of these answered otherwise once
// (500, a lone surrogate, 404 or 400, an empty body).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { spec } from '@polku/contract/spec';
import {
  checkResponse,
  fixtureCatalogue,
  startTestServer,
  type TestServer,
  validator,
} from './helpers.js';
import { type RawResponse, rawRequest, requestText } from './raw-http.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** Every operation's path with real ids, from the spec. */
function operationPaths(): string[] {
  const catalogue = fixtureCatalogue();
  const ids: Record<string, string> = {
    '/v1/services/{id}': catalogue.services[0]!.id,
    '/v1/organizations/{id}': catalogue.organizations[0]!.id,
    '/v1/service-chains/{id}': catalogue.chains[0]!.id,
  };
  return Object.keys(spec.paths).map((path) => path.replace('{id}', ids[path] ?? 'x'));
}

function checkProblem(response: RawResponse, status: number): Record<string, unknown> {
  assert.equal(response.status, status, response.raw.slice(0, 300));
  assert.match(response.headers['content-type'] ?? '', /^application\/problem\+json/);
  assert.equal(response.headers['access-control-allow-origin'], '*');
  const problem = JSON.parse(response.body) as Record<string, unknown>;
  assert.deepEqual(validator.validate('Problem', problem), []);
  assert.equal(problem.status, status);
  return problem;
}

describe('parameter names of any spelling', () => {
  const names = [
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'isPrototypeOf',
    '__defineGetter__',
    'prototype',
    'then',
  ];
  for (const path of operationPaths()) {
    test(`are unknown parameters of ${path}`, async () => {
      for (const name of names) {
        for (const query of [`${name}=x`, name, `${name}=1&${name}=2`, `${name}[a]=1`]) {
          const url = `${path}?${query}`;
          const response = await server.get(url);
          assert.equal(response.status, 400, url);
          const problem = (await checkResponse(response, url)) as { errors: object };
          const named = query.split(/[=&]/)[0] as string;
          assert.deepEqual(Object.keys(problem.errors), [named], url);
        }
      }
    });
  }
});

describe('parameter names of any spelling on the HSDS API', () => {
  const paths = [
    '/hsds/',
    '/hsds/services',
    '/hsds/organizations',
    '/hsds/service_at_locations',
    '/hsds/taxonomies',
    '/hsds/taxonomy_terms',
    `/hsds/services/${fixtureCatalogue().services[0]!.id}`,
  ];
  test('are unknown parameters there too: 400, not 500', async () => {
    for (const path of paths) {
      for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
        const url = `${path}?${name}=x`;
        const response = await server.get(url);
        assert.equal(response.status, 400, url);
        const problem = (await checkResponse(response, url)) as { errors: object };
        assert.deepEqual(Object.keys(problem.errors), [name], url);
      }
      const long = `${path}?${encodeURIComponent('𝐀'.repeat(200))}=1`;
      const text = await (await server.get(long)).text();
      assert.doesNotMatch(text, /\\u[dD][89abAB]/);
      assert.ok(text.length < 1000, `${long}: ${text.length} characters`);
    }
  });
});

describe('names in error bodies', () => {
  test('are cut by whole characters: the body is well-formed for any name', async () => {
    const names = [
      '𝐀'.repeat(100), // mathematical bold A: a letter outside the BMP, two UTF-16 units
      `a${'𝐀'.repeat(100)}`, // the cut at 64 units would fall inside a pair
      '😀'.repeat(70),
      `${'x'.repeat(63)}𝐀𝐀`,
      `${'é'.repeat(40)}${'𝐀'.repeat(40)}`,
    ];
    for (const name of names) {
      const url = `/v1/services?${encodeURIComponent(name)}=1`;
      const response = await server.get(url);
      const text = await response.text();
      assert.equal(response.status, 400);
      // A lone surrogate would come out of JSON.stringify as a \ud8xx escape.
      assert.doesNotMatch(text, /\\u[dD][89abAB]/, name);
      const body = JSON.parse(text) as { errors: Record<string, string[]> };
      for (const key of Object.keys(body.errors)) {
        // A lone surrogate: a high one not followed by a low one, or a low one on its own.
        assert.doesNotMatch(
          key,
          /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
          `a lone surrogate in ${JSON.stringify(key)}`,
        );
        assert.ok([...key].length <= 65, key);
      }
    }
  });

  test('a long bad value in an array is quoted cut too', async () => {
    const url = `/v1/services?tier=1,${encodeURIComponent('𝐀'.repeat(300))}`;
    const response = await server.get(url);
    const text = await response.text();
    assert.doesNotMatch(text, /\\u[dD][89abAB]/);
    assert.ok(text.length < 1000, `${text.length} characters`);
  });
});

describe('methods a path does not serve', () => {
  const paths = [
    ...operationPaths(),
    '/',
    '/openapi.yaml',
    '/polku-finder.js',
    '/healthz',
    '/nowhere',
  ];
  const methods = [
    'TRACE',
    'QUERY',
    'PUT',
    'POST',
    'DELETE',
    'PATCH',
    'PROPFIND',
    'PURGE',
    'M-SEARCH',
    'LINK',
    'FOO',
    'get',
    'X'.repeat(20),
  ];
  test('answer 405 with Allow and a problem body, on every path', async () => {
    for (const path of paths) {
      for (const method of methods) {
        const response = await rawRequest(
          server.url,
          `${requestText(method, path, {
            Host: 'polku.test',
            'Content-Type': 'text/x-odd',
            'Content-Length': '3',
          })}abc`,
        );
        const label = `${method} ${path}`;
        assert.equal(response.status, 405, `${label}: ${response.raw.slice(0, 200)}`);
        assert.equal(response.headers.allow, 'GET, HEAD, OPTIONS', label);
        checkProblem(response, 405);
      }
    }
  });

  test('CONNECT answers 405 too, instead of a closed socket', async () => {
    const response = await rawRequest(server.url, requestText('CONNECT', 'example.org:443'));
    assert.equal(response.headers.allow, 'GET, HEAD, OPTIONS');
    checkProblem(response, 405);
  });

  test('GET, HEAD and OPTIONS still work', async () => {
    assert.equal((await rawRequest(server.url, requestText('GET', '/v1/tiers'))).status, 200);
    assert.equal((await rawRequest(server.url, requestText('HEAD', '/v1/tiers'))).status, 200);
    assert.equal((await rawRequest(server.url, requestText('OPTIONS', '/v1/tiers'))).status, 204);
  });
});

describe("what Node's HTTP parser answers", () => {
  test('Expect other than 100-continue: 417 problem', async () => {
    const response = await rawRequest(
      server.url,
      requestText('GET', '/v1', { Host: 'polku.test', Expect: 'foo' }),
    );
    checkProblem(response, 417);
  });

  test('Expect: 100-continue is still served', async () => {
    const response = await rawRequest(
      server.url,
      requestText('GET', '/v1/tiers', { Host: 'polku.test', Expect: '100-continue' }),
    );
    assert.match(response.raw, /HTTP\/1\.1 200 OK/);
  });

  test('HTTP/1.1 without Host: 400 problem; HTTP/1.0 without it is served', async () => {
    checkProblem(
      await rawRequest(server.url, 'GET /v1 HTTP/1.1\r\nConnection: close\r\n\r\n'),
      400,
    );
    const old = await rawRequest(server.url, 'GET /v1/tiers HTTP/1.0\r\n\r\n');
    assert.equal(old.status, 200);
  });

  test('malformed requests of every kind: problem+json with the right status', async () => {
    const cases: [string, string | Buffer, number][] = [
      ['an unknown method token', 'hello there\r\n\r\n', 405],
      ['JSON', '{"a":1}\r\n\r\n', 400],
      [
        'a TLS hello',
        Buffer.from([0x16, 0x03, 0x01, 0x00, 0x10, 0x01, 0, 0, 0x0c, 0x03, 0x03]),
        400,
      ],
      ['HTTP/2 preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 400],
      ['HTTP/1.2', 'GET /v1 HTTP/1.2\r\nHost: x\r\n\r\n', 400],
      ['bare LF', 'GET /v1 HTTP/1.1\nHost: x\n\n', 400],
      ['space in header name', 'GET /v1 HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n', 400],
      [
        'control character in a header',
        'GET /v1 HTTP/1.1\r\nHost: x\r\nX-A: a\u0001b\r\n\r\n',
        400,
      ],
      [
        'Content-Length and Transfer-Encoding',
        'GET /v1 HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
        400,
      ],
      [
        'two Content-Lengths',
        'GET /v1 HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n',
        400,
      ],
      [
        'raw non-ASCII in the URL',
        Buffer.from('GET /v1/services?q=trött HTTP/1.1\r\nHost: x\r\n\r\n'),
        400,
      ],
      ['NUL in the URL', 'GET /v1\u0000 HTTP/1.1\r\nHost: x\r\n\r\n', 400],
      [
        'headers over 64 kB',
        `GET /v1 HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`,
        431,
      ],
    ];
    for (const [label, request, status] of cases) {
      const response = await rawRequest(server.url, request);
      assert.equal(response.status, status, `${label}: ${response.raw.slice(0, 200)}`);
      const problem = checkProblem(response, status);
      assert.ok(typeof problem.detail === 'string' && problem.detail.length > 0, label);
    }
  });

  test('only a URL with raw non-ASCII is told to percent-encode', async () => {
    const raw = await rawRequest(
      server.url,
      Buffer.from('GET /v1/services?q=trött HTTP/1.1\r\nHost: x\r\n\r\n'),
    );
    assert.match(JSON.parse(raw.body).detail, /percent-encoded/);
    const other = await rawRequest(
      server.url,
      'GET /v1 HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n',
    );
    assert.doesNotMatch(JSON.parse(other.body).detail, /percent-encoded/);
  });
});

// Errors, timeouts, retries, Retry-After and abort, against a stub server that misbehaves on cue.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { createPolkuClient } from '../src/create-client.js';
import { PolkuApiError } from '../src/errors/polku-api-error.js';
import { PolkuNetworkError } from '../src/errors/polku-network-error.js';
import { PolkuTimeoutError } from '../src/errors/polku-timeout-error.js';
import { rejection } from './rejection.js';
import { pageOf, type Stub, sendJson, sendLater, startStub } from './stub-server.js';

const stubs: Stub[] = [];
after(() => Promise.all(stubs.map((stub) => stub.close())));

async function stub(answer: Parameters<typeof startStub>[0]): Promise<Stub> {
  const started = await startStub(answer);
  stubs.push(started);
  return started;
}

const tiers = pageOf([{ level: 1 }]);
const invalid = {
  type: '/problems/invalid-parameters',
  title: 'Invalid parameters',
  status: 400,
  detail: '1 parameter is invalid.',
  errors: { per_page: ['must be <= 100'] },
};

describe('HTTP errors', () => {
  test('400 problem+json becomes a PolkuApiError with the problem and its per-parameter errors, not retried', async () => {
    const server = await stub((response) => sendJson(response, invalid, 400));
    const client = createPolkuClient({ baseUrl: server.api });
    const error = await rejection(client.services.search({ per_page: 100 }));
    assert.ok(error instanceof PolkuApiError);
    assert.equal(error.name, 'PolkuApiError');
    assert.equal(error.status, 400);
    assert.deepEqual(error.problem, invalid);
    assert.deepEqual(error.problem.errors?.per_page, ['must be <= 100']);
    assert.match(error.message, /400/);
    assert.equal(server.requests.length, 1);
  });

  test('a 404 whose body is not JSON gets a synthetic problem from the status', async () => {
    const server = await stub((response) => {
      response.writeHead(404, 'Not Found', { 'content-type': 'text/html' });
      response.end('<h1>nope</h1>');
    });
    const client = createPolkuClient({ baseUrl: server.api });
    const error = await rejection(client.services.get('x'));
    assert.ok(error instanceof PolkuApiError);
    assert.equal(error.status, 404);
    assert.deepEqual(error.problem, { type: 'about:blank', title: 'Not Found', status: 404 });
    assert.equal(server.requests.length, 1);
  });

  test('a JSON error body without the required members is completed from the status', async () => {
    const server = await stub((response) => sendJson(response, { detail: 'gone' }, 410));
    const client = createPolkuClient({ baseUrl: server.api });
    const error = await rejection(client.tiers.list());
    assert.ok(error instanceof PolkuApiError);
    assert.equal(error.problem.status, 410);
    assert.equal(error.problem.type, 'about:blank');
    assert.equal(error.problem.detail, 'gone');
  });
});

describe('retry', () => {
  test('a 503 is retried and the second answer returned', async () => {
    const server = await stub((response, index) =>
      index === 0
        ? sendJson(response, { status: 503, title: 'x', type: 'x' }, 503)
        : sendJson(response, tiers),
    );
    const client = createPolkuClient({ baseUrl: server.api });
    assert.deepEqual(await client.tiers.list(), tiers);
    assert.equal(server.requests.length, 2);
  });

  test('500 on every attempt: 1 + 2 retries by default, then PolkuApiError 500', async () => {
    const server = await stub((response) =>
      sendJson(response, { status: 500, title: 'x', type: 'x' }, 500),
    );
    const client = createPolkuClient({ baseUrl: server.api });
    const error = await rejection(client.tiers.list());
    assert.ok(error instanceof PolkuApiError);
    assert.equal(error.status, 500);
    assert.equal(server.requests.length, 3);
    // ky's backoff between attempts: 0.3 s, then 0.6 s.
    const [first, second, third] = server.requests.map((request) => request.at) as [
      number,
      number,
      number,
    ];
    assert.ok(second - first >= 250, `first wait ${second - first} ms`);
    assert.ok(third - second >= 550, `second wait ${third - second} ms`);
  });

  test('retry: 0 sends one request; retry: 1 sends two', async () => {
    const server = await stub((response) =>
      sendJson(response, { status: 502, title: 'x', type: 'x' }, 502),
    );
    await rejection(createPolkuClient({ baseUrl: server.api, retry: 0 }).tiers.list());
    assert.equal(server.requests.length, 1);
    await rejection(createPolkuClient({ baseUrl: server.api, retry: { limit: 1 } }).tiers.list());
    assert.equal(server.requests.length, 3);
  });

  test('404 and 501 are not retried', async () => {
    const server = await stub((response, index) => sendJson(response, {}, index === 0 ? 404 : 501));
    const client = createPolkuClient({ baseUrl: server.api });
    assert.equal(((await rejection(client.tiers.list())) as PolkuApiError).status, 404);
    assert.equal(((await rejection(client.tiers.list())) as PolkuApiError).status, 501);
    assert.equal(server.requests.length, 2);
  });

  test('Retry-After in seconds on a 503 sets the wait', async () => {
    const server = await stub((response, index) =>
      index === 0 ? sendJson(response, {}, 503, { 'retry-after': '1' }) : sendJson(response, tiers),
    );
    const client = createPolkuClient({ baseUrl: server.api });
    assert.deepEqual(await client.tiers.list(), tiers);
    const [first, second] = server.requests.map((request) => request.at) as [number, number];
    assert.ok(second - first >= 950, `waited ${second - first} ms`);
  });

  test('Retry-After as an HTTP date on a 429 sets the wait; on a 500 it is ignored', async () => {
    const server = await stub((response, index) => {
      const date = new Date(Date.now() + 2000).toUTCString();
      if (index === 0) sendJson(response, {}, 429, { 'retry-after': date });
      else if (index === 2) sendJson(response, {}, 500, { 'retry-after': '30' });
      else sendJson(response, tiers);
    });
    const client = createPolkuClient({ baseUrl: server.api });
    await client.tiers.list();
    await client.tiers.list();
    const [first, second, third, fourth] = server.requests.map(
      (request) => request.at,
    ) as number[] as [number, number, number, number];
    // An HTTP date has whole seconds: the wait is between 1 and 2 s.
    assert.ok(second - first >= 950 && second - first < 2500, `429 waited ${second - first} ms`);
    assert.ok(fourth - third < 1500, `500 waited ${fourth - third} ms (backoff, not 30 s)`);
  });

  test('a Retry-After longer than maxRetryAfter is cut to it', async () => {
    const server = await stub((response, index) =>
      index === 0
        ? sendJson(response, {}, 503, { 'retry-after': '3600' })
        : sendJson(response, tiers),
    );
    const client = createPolkuClient({ baseUrl: server.api, retry: { maxRetryAfter: 200 } });
    assert.deepEqual(await client.tiers.list(), tiers);
    const [first, second] = server.requests.map((request) => request.at) as [number, number];
    assert.ok(second - first >= 150 && second - first < 1500, `waited ${second - first} ms`);
  });

  test('a dropped connection is retried', async () => {
    const server = await stub((response, index) => {
      if (index === 0) response.socket?.destroy();
      else sendJson(response, tiers);
    });
    const client = createPolkuClient({ baseUrl: server.api });
    assert.deepEqual(await client.tiers.list(), tiers);
    assert.equal(server.requests.length, 2);
  });
});

describe('network errors and timeouts', () => {
  test('nothing listening: PolkuNetworkError with the fetch TypeError as cause', async () => {
    const server = await startStub(() => {});
    await server.close();
    const client = createPolkuClient({ baseUrl: server.api, retry: 0 });
    const error = await rejection(client.tiers.list());
    assert.ok(error instanceof PolkuNetworkError, String(error));
    assert.equal(error.name, 'PolkuNetworkError');
    assert.ok(error.cause instanceof TypeError);
  });

  test('no response headers within timeout: PolkuTimeoutError, and the attempt is not retried', async () => {
    const server = await stub((response) => sendLater(response, 2000, tiers));
    const client = createPolkuClient({ baseUrl: server.api, timeout: 150 });
    const started = performance.now();
    const error = await rejection(client.tiers.list());
    assert.ok(error instanceof PolkuTimeoutError, String(error));
    assert.equal(error.timeout, 150);
    assert.ok(performance.now() - started < 1500);
    assert.equal(server.requests.length, 1);
  });

  test('the timeout is per attempt: a retry after a 503 gets a fresh one', async () => {
    const server = await stub((response, index) =>
      index === 0 ? sendLater(response, 250, {}) : sendLater(response, 250, tiers),
    );
    // Force a 503 on the first attempt through an injected fetch that rewrites it.
    let attempt = 0;
    const client = createPolkuClient({
      baseUrl: server.api,
      timeout: 400,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        return attempt++ === 0
          ? new Response('{}', { status: 503, headers: { 'retry-after': '0' } })
          : response;
      },
    });
    // Two attempts of 250 ms each: more than one timeout in all, less than one each.
    assert.deepEqual(await client.tiers.list(), tiers);
    assert.equal(server.requests.length, 2);
  });
});

describe('abort', () => {
  test('aborting during the request rejects with the DOMException AbortError, not wrapped', async () => {
    const server = await stub((response) => sendLater(response, 2000, tiers));
    const client = createPolkuClient({ baseUrl: server.api });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await rejection(client.tiers.list({ signal: controller.signal }));
    assert.ok(error instanceof DOMException, String(error));
    assert.equal(error.name, 'AbortError');
    assert.equal(error, controller.signal.reason);
    assert.equal(server.requests.length, 1);
  });

  test('an already aborted signal sends nothing', async () => {
    const server = await stub((response) => sendJson(response, tiers));
    const client = createPolkuClient({ baseUrl: server.api });
    const error = await rejection(client.services.search({}, { signal: AbortSignal.abort() }));
    assert.ok(error instanceof DOMException);
    assert.equal(error.name, 'AbortError');
    assert.equal(server.requests.length, 0);
  });

  test('aborting while waiting to retry rejects at once with AbortError', async () => {
    const server = await stub((response) => sendJson(response, {}, 503, { 'retry-after': '5' }));
    const client = createPolkuClient({ baseUrl: server.api });
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 100);
    const error = await rejection(client.tiers.list({ signal: controller.signal }));
    assert.equal((error as Error).name, 'AbortError');
    assert.ok(performance.now() - started < 2000);
    assert.equal(server.requests.length, 1);
  });

  test('a timeout signal of the caller rejects with its reason, not PolkuTimeoutError', async () => {
    const server = await stub((response) => sendLater(response, 2000, tiers));
    const client = createPolkuClient({ baseUrl: server.api });
    const error = await rejection(client.tiers.list({ signal: AbortSignal.timeout(100) }));
    assert.ok(error instanceof DOMException);
    assert.equal(error.name, 'TimeoutError');
  });
});

// What the client sends (URLs, parameters, lang, headers, fetch) and how it pages, against a stub.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { Service } from '@polku/contract';
import { createPolkuClient } from '../src/create-client.js';
import { pageOf, type Stub, sendJson, startStub } from './stub-server.js';

const stubs: Stub[] = [];
after(() => Promise.all(stubs.map((stub) => stub.close())));

/** A stub that answers every request with an empty page and records it. */
async function echo(): Promise<Stub> {
  const started = await startStub((response) => sendJson(response, pageOf([])));
  stubs.push(started);
  return started;
}

/** Path and query of each request the stub got, as `/v1/tiers?lang=fi`. */
const sent = (stub: Stub) => stub.requests.map(({ url }) => url.pathname + url.search);

describe('URLs', () => {
  test('every method asks for its path of the spec, with or without a trailing slash on baseUrl', async () => {
    const server = await echo();
    for (const baseUrl of [server.api, `${server.api}/`, new URL(server.api)]) {
      const client = createPolkuClient({ baseUrl });
      await client.root();
      await client.services.search();
      await client.services.get('0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e01');
      await client.organizations.list();
      await client.organizations.get('6f0b6f7e-8f5c-4f0e-9a57-3f3c1d0a1b01');
      await client.tiers.list();
      await client.chains.list();
      await client.chains.get('perheiden-jaksaminen');
      await client.municipalities.list();
      await client.urgentHelp.list();
    }
    const expected = [
      '/v1',
      '/v1/services',
      '/v1/services/0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e01',
      '/v1/organizations',
      '/v1/organizations/6f0b6f7e-8f5c-4f0e-9a57-3f3c1d0a1b01',
      '/v1/tiers',
      '/v1/service-chains',
      '/v1/service-chains/perheiden-jaksaminen',
      '/v1/municipalities',
      '/v1/urgent-help',
    ];
    assert.deepEqual(sent(server), [...expected, ...expected, ...expected]);
  });

  test('an id is percent-encoded into its path segment', async () => {
    const server = await echo();
    await createPolkuClient({ baseUrl: server.api }).services.get('../tiers?x=1');
    assert.deepEqual(sent(server), ['/v1/services/..%2Ftiers%3Fx%3D1']);
  });
});

describe('parameters', () => {
  test('arrays comma-separated, booleans and numbers as text, unset and empty ones left out', async () => {
    const server = await echo();
    const client = createPolkuClient({ baseUrl: server.api });
    await client.services.search({
      q: 'äiti & vauva',
      tier: [3, 2, 1],
      municipality: ['638', '434'],
      channel: [],
      free: true,
      no_referral: false,
      age: 0,
      lat: 60.39,
      lon: 25.66,
      sort: undefined,
    });
    assert.deepEqual(sent(server), [
      '/v1/services?q=%C3%A4iti%20%26%20vauva&tier=3,2,1&municipality=638,434&free=true&no_referral=false&age=0&lat=60.39&lon=25.66',
    ]);
    const [request] = server.requests;
    assert.deepEqual(request?.url.searchParams.get('tier')?.split(','), ['3', '2', '1']);
  });

  test('language sends lang with every request, unless the call sets lang', async () => {
    const server = await echo();
    const client = createPolkuClient({ baseUrl: server.api, language: 'sv' });
    await client.root();
    await client.services.search({ tier: [2] });
    await client.services.search({ lang: 'en' });
    await client.services.get('x', { lang: 'fi' });
    await client.tiers.list();
    await client.chains.list({ page: 2 });
    assert.deepEqual(sent(server), [
      '/v1?lang=sv',
      '/v1/services?tier=2&lang=sv',
      '/v1/services?lang=en',
      '/v1/services/x?lang=fi',
      '/v1/tiers?lang=sv',
      '/v1/service-chains?page=2&lang=sv',
    ]);
  });

  test('without language no lang is sent', async () => {
    const server = await echo();
    await createPolkuClient({ baseUrl: server.api }).municipalities.list();
    assert.deepEqual(sent(server), ['/v1/municipalities']);
  });
});

describe('headers and fetch', () => {
  test('headers go with every request, and Accept is application/json', async () => {
    const server = await echo();
    const client = createPolkuClient({
      baseUrl: server.api,
      headers: { 'x-polku-app': 'kunta-fi' },
    });
    await client.tiers.list();
    await client.urgentHelp.list();
    for (const request of server.requests) {
      assert.equal(request.headers['x-polku-app'], 'kunta-fi');
      assert.equal(request.headers.accept, 'application/json');
    }
    assert.equal(server.requests.length, 2);
  });

  test('an injected fetch is used for every request', async () => {
    const seen: string[] = [];
    const client = createPolkuClient({
      baseUrl: 'https://palvelut.example/v1',
      fetch: async (input) => {
        seen.push(input instanceof Request ? input.url : String(input));
        return Response.json(pageOf([{ level: 1 }]));
      },
    });
    const page = await client.tiers.list();
    assert.equal(page.contents[0]?.level, 1);
    assert.deepEqual(seen, ['https://palvelut.example/v1/tiers']);
  });
});

describe('searchAll', () => {
  /** A stub catalogue of `count` services, paged as the client asks. */
  async function catalogue(count: number, lastPageFlag = true): Promise<Stub> {
    const ids = Array.from({ length: count }, (_, index) => `s${index + 1}`);
    const started = await startStub((response, _index, request) => {
      const page = Number(request.url.searchParams.get('page'));
      const size = Number(request.url.searchParams.get('per_page'));
      const totalPages = Math.ceil(count / size);
      const body = pageOf(
        ids.slice((page - 1) * size, page * size).map((id) => ({ id })),
        page,
        totalPages,
      );
      sendJson(response, lastPageFlag ? body : { ...body, last_page: false });
    });
    stubs.push(started);
    return started;
  }

  test('pages with per_page=100 from page 1 until last_page and yields every service in order', async () => {
    const server = await catalogue(250);
    const client = createPolkuClient({ baseUrl: server.api });
    const ids: string[] = [];
    for await (const service of client.services.searchAll({ tier: [2], q: 'perhe' }))
      ids.push(service.id);
    assert.equal(ids.length, 250);
    assert.equal(ids[0], 's1');
    assert.equal(ids[249], 's250');
    assert.deepEqual(sent(server), [
      '/v1/services?tier=2&q=perhe&page=1&per_page=100',
      '/v1/services?tier=2&q=perhe&page=2&per_page=100',
      '/v1/services?tier=2&q=perhe&page=3&per_page=100',
    ]);
  });

  test('page and per_page given by a caller are overridden', async () => {
    const server = await catalogue(3);
    const client = createPolkuClient({ baseUrl: server.api });
    const params: Parameters<typeof client.services.search>[0] = {
      page: 5,
      per_page: 1,
      free: true,
    };
    const all = [];
    for await (const service of client.services.searchAll(params)) all.push(service);
    assert.equal(all.length, 3);
    assert.deepEqual(sent(server), ['/v1/services?page=1&per_page=100&free=true']);
  });

  test('an empty result is one request and nothing yielded', async () => {
    const server = await catalogue(0);
    const all: Service[] = [];
    for await (const service of createPolkuClient({ baseUrl: server.api }).services.searchAll())
      all.push(service);
    assert.deepEqual(all, []);
    assert.equal(server.requests.length, 1);
  });

  test('an empty page ends it even when the server never says last_page', async () => {
    const server = await catalogue(150, false);
    let count = 0;
    for await (const _ of createPolkuClient({ baseUrl: server.api }).services.searchAll()) count++;
    assert.equal(count, 150);
    assert.equal(server.requests.length, 3);
  });

  test('the signal reaches every page, and an abort stops the iteration with AbortError', async () => {
    const server = await catalogue(250);
    const client = createPolkuClient({ baseUrl: server.api });
    const controller = new AbortController();
    let count = 0;
    await assert.rejects(
      async () => {
        for await (const _ of client.services.searchAll({}, { signal: controller.signal })) {
          if (++count === 120) controller.abort();
        }
      },
      { name: 'AbortError' },
    );
    assert.equal(count, 120);
    assert.equal(server.requests.length, 2);
  });
});

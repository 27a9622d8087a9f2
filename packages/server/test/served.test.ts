// The served catalogue behind `app.servedCatalogue`: every route reads it per request, so
// assigning another one swaps everything at once (what a reload will do), with no stale
// response left in a cache.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { ServicePage } from '@polku/contract';
import { generateCatalogue } from '@polku/generator';
import { indexForServing } from '../src/catalogue/compact.js';
import { oncePerCatalogue, serveCatalogue } from '../src/catalogue/served.js';
import { fixtureCatalogue, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

async function json(path: string): Promise<{ status: number; etag: string | null; body: unknown }> {
  const response = await server.get(path);
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    body: await response.json(),
  };
}

test('assigning a served catalogue swaps every route to it', async () => {
  const first = fixtureCatalogue();
  const second = generateCatalogue({ services: 25, seed: 99 });
  const firstService = first.services[0]!;
  const secondService = second.services[0]!;
  const secondOrganization = second.organizations.find(
    (o) => !first.organizations.some((other) => other.id === o.id),
  );
  const before = await json('/v1/services?q=perhe');
  assert.equal(((await json('/healthz')).body as { services: number }).services, 400);
  assert.equal((await json(`/v1/services/${firstService.id}`)).status, 200);

  server.app.servedCatalogue = serveCatalogue(indexForServing(second));

  assert.equal(((await json('/healthz')).body as { services: number }).services, 25);
  assert.equal(((await json('/v1/services')).body as ServicePage).total_items, 25);
  const after = await json('/v1/services?q=perhe');
  assert.notEqual(after.etag, before.etag, 'no response of the old catalogue is served');
  assert.equal((await json(`/v1/services/${firstService.id}`)).status, 404);
  const found = await json(`/v1/services/${secondService.id}`);
  assert.equal(found.status, 200);
  assert.deepEqual(found.body, secondService);
  if (secondOrganization)
    assert.equal((await json(`/v1/organizations/${secondOrganization.id}`)).status, 200);
  const chains = (await json('/v1/service-chains')).body as { total_items: number };
  assert.equal(chains.total_items, second.chains.length);
});

test('a value derived once per served catalogue is made once per key, and anew for a new catalogue', () => {
  const calls: string[] = [];
  const derived = oncePerCatalogue((served, key: string) => {
    calls.push(key);
    return { services: served.catalogue.services.length, key };
  });
  const first = serveCatalogue(indexForServing(fixtureCatalogue()));
  const second = serveCatalogue(indexForServing(generateCatalogue({ services: 25, seed: 99 })));
  const value = derived(first, 'fi');
  assert.equal(derived(first, 'fi'), value, 'the same value, not made again');
  assert.notEqual(derived(first, 'sv'), value);
  assert.deepEqual(derived(second, 'fi'), { services: 25, key: 'fi' });
  assert.deepEqual(calls, ['fi', 'sv', 'fi']);
});

// Compile-time checks: each `@ts-expect-error` line must stay an error, or `tsc -p
// tsconfig.tests.json` fails (TS2578, unused directive). At run time the client sends what it is
// given; the server then answers 400.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPolkuClient } from '../src/create-client.js';
import { pageOf } from './stub-server.js';

test('parameters and results are typed from the spec', async () => {
  const sent: string[] = [];
  const client = createPolkuClient({
    baseUrl: 'https://palvelut.example/v1',
    fetch: async (input) => {
      sent.push(new URL(input instanceof Request ? input.url : String(input)).search);
      return Response.json(pageOf([]));
    },
  });

  // @ts-expect-error a misspelt parameter: the spec's is `municipality`
  await client.services.search({ municipalities: ['638'] });
  // @ts-expect-error a wrong value type: tier levels are the numbers 1-4
  await client.services.search({ tier: ['2'] });
  // @ts-expect-error a boolean parameter given a string
  await client.services.search({ free: 'yes' });
  // @ts-expect-error `sort` is one of relevance, name, distance
  await client.services.search({ sort: 'newest' });
  // @ts-expect-error organizations take no free text
  await client.organizations.list({ q: 'seurakunta' });
  // @ts-expect-error a method whose only parameter is `lang` takes no paging
  await client.tiers.list({ page: 2 });
  // @ts-expect-error Polku's display languages are fi, sv and en
  createPolkuClient({ baseUrl: '/v1', language: 'de' });

  const page = await client.services.search({ tier: [2, 3], municipality: ['638'], free: true });
  // @ts-expect-error a ServicePage has `contents`, not `items`
  void page.items;
  const total: number = page.total_items;
  assert.equal(total, 0);
  assert.deepEqual(sent, [
    '?municipalities=638',
    '?tier=2',
    '?free=yes',
    '?sort=newest',
    '?q=seurakunta',
    '?page=2',
    '?tier=2,3&municipality=638&free=true',
  ]);
});

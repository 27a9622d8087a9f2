// The client against the real Polku server (demo catalogue, and a generated one for paging), on
// an ephemeral port: what a developer of another system sees.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { generateCatalogue } from '@polku/generator';
import { startServer } from '@polku/server';
import { createPolkuClient, type PolkuClient } from '../src/create-client.js';
import { PolkuApiError } from '../src/errors/polku-api-error.js';
import { rejection } from './rejection.js';

type Started = Awaited<ReturnType<typeof startServer>>;

describe('against the real server with the demo catalogue', () => {
  let server: Started;
  let client: PolkuClient;
  before(async () => {
    server = await startServer({ port: 0, logger: false });
    client = createPolkuClient({ baseUrl: `${server.url}/v1/` });
  });
  after(() => server.close());

  test('root: the API version and where its description is', async () => {
    const root = await client.root();
    assert.match(root.version, /^\d+\.\d+\.\d+/);
    assert.equal(root.openapi_url, `${server.url}/openapi.yaml`);
  });

  test('search with comma-separated filters: every service matches them', async () => {
    const page = await client.services.search({
      tier: [3, 2],
      municipality: ['638', '434'],
      per_page: 5,
    });
    assert.ok(
      page.total_items > 0,
      'the demo catalogue has tier 2-3 services in Porvoo or Loviisa',
    );
    assert.ok(page.contents.length > 0 && page.contents.length <= 5);
    assert.equal(page.size, 5);
    for (const service of page.contents) {
      assert.ok(
        service.tiers.some((tier) => tier === 2 || tier === 3),
        `${service.id} tiers`,
      );
      assert.ok(
        service.municipalities.some((code) => code === '638' || code === '434'),
        service.id,
      );
    }
    assert.ok('tier' in page.facets);
  });

  test('get a service by id, and texts in one language with language', async () => {
    const first = (await client.services.search({ per_page: 1 })).contents[0];
    assert.ok(first);
    const service = await client.services.get(first.id);
    assert.equal(service.id, first.id);
    const swedish = createPolkuClient({ baseUrl: `${server.url}/v1`, language: 'sv' });
    const localized = await swedish.services.get(first.id);
    assert.equal(Object.keys(localized.name).length, 1, 'only one language in the name');
  });

  test('organizations, tiers, chains, municipalities and urgent help', async () => {
    const organizations = await client.organizations.list({ per_page: 3 });
    assert.ok(organizations.contents.length > 0);
    const organization = organizations.contents[0];
    assert.ok(organization);
    assert.equal((await client.organizations.get(organization.id)).id, organization.id);

    const tiers = await client.tiers.list({ lang: 'en' });
    assert.deepEqual(
      tiers.contents.map((tier) => tier.level),
      [1, 2, 3, 4],
    );
    assert.ok(tiers.contents[0]?.name.en);

    const chains = await client.chains.list();
    const chain = chains.contents[0];
    assert.ok(chain);
    assert.equal((await client.chains.get(chain.id)).id, chain.id);

    const municipalities = await client.municipalities.list();
    assert.ok(municipalities.contents.some((municipality) => municipality.code === '638'));

    const urgent = await client.urgentHelp.list();
    assert.ok(urgent.contents.some((line) => line.phone === '112'));
  });

  test('400: PolkuApiError with the problem and the bad parameter named', async () => {
    const error = await rejection(client.services.search({ per_page: 500, age: 99 }));
    assert.ok(error instanceof PolkuApiError, String(error));
    assert.equal(error.status, 400);
    assert.equal(error.problem.status, 400);
    assert.ok(error.problem.errors?.per_page?.length, 'per_page named');
    assert.ok(error.problem.errors?.age?.length, 'age named');
  });

  test('404: PolkuApiError for a service that does not exist', async () => {
    const error = await rejection(client.services.get('0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e99'));
    assert.ok(error instanceof PolkuApiError, String(error));
    assert.equal(error.status, 404);
    assert.equal(error.problem.status, 404);
    assert.equal(typeof error.problem.title, 'string');
  });

  test('searchAll over the demo catalogue yields exactly what search counts', async () => {
    const { total_items } = await client.services.search({ tier: [2] });
    const ids = new Set<string>();
    for await (const service of client.services.searchAll({ tier: [2] })) ids.add(service.id);
    assert.ok(total_items > 0);
    assert.equal(ids.size, total_items);
  });
});

describe('paging to the end against the real server with 250 generated services', () => {
  let server: Started;
  before(async () => {
    server = await startServer({
      port: 0,
      logger: false,
      catalogue: generateCatalogue({ services: 250, seed: 7 }),
    });
  });
  after(() => server.close());

  test('searchAll yields every service once, over three pages', async () => {
    const client = createPolkuClient({ baseUrl: `${server.url}/v1` });
    const ids: string[] = [];
    for await (const service of client.services.searchAll({ sort: 'name' })) ids.push(service.id);
    assert.equal(ids.length, 250);
    assert.equal(new Set(ids).size, 250);
    const lastPage = await client.services.search({ sort: 'name', page: 3, per_page: 100 });
    assert.equal(lastPage.last_page, true);
    assert.equal(ids.at(-1), lastPage.contents.at(-1)?.id);
  });
});

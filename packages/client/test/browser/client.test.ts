// @polku/client in Chromium: against the real server (window.POLKU_TEST_API, another origin) and
// against the misbehaving endpoints of tests/wtr-middleware.mjs on the page's own origin.
import { expect } from '@open-wc/testing';
import { createPolkuClient } from '../../src/create-client.js';
import { PolkuApiError } from '../../src/errors/polku-api-error.js';
import { PolkuNetworkError } from '../../src/errors/polku-network-error.js';
import { PolkuTimeoutError } from '../../src/errors/polku-timeout-error.js';

const api = (window as { POLKU_TEST_API?: string }).POLKU_TEST_API ?? '';
const test = `${location.origin}/__test`;

/** The rejection of `promise`, failing the test when it fulfils. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('@polku/client against the real server', () => {
  const client = createPolkuClient({ baseUrl: api, language: 'sv' });

  it('searches with comma-separated filters, across origins', async () => {
    expect(api).to.match(/^http:\/\/.+\/v1$/);
    const page = await client.services.search({ tier: [3], per_page: 5 });
    expect(page.total_items).to.be.greaterThan(0);
    expect(page.contents.length).to.be.within(1, 5);
    for (const service of page.contents) expect(service.tiers).to.include(3);
    // language: 'sv' asks for one language per text.
    expect(Object.keys(page.contents[0]?.name ?? {})).to.have.length(1);
  });

  it('400: PolkuApiError with the bad parameter named', async () => {
    const error = await rejection(client.services.search({ per_page: 1000 }));
    expect(error).to.be.instanceOf(PolkuApiError);
    expect((error as PolkuApiError).status).to.equal(400);
    expect((error as PolkuApiError).problem.errors).to.have.property('per_page');
  });

  it('404: PolkuApiError for an unknown chain', async () => {
    const error = await rejection(client.chains.get('ei-ole-olemassa'));
    expect(error).to.be.instanceOf(PolkuApiError);
    expect((error as PolkuApiError).status).to.equal(404);
    expect((error as PolkuApiError).problem.status).to.equal(404);
  });

  it('searchAll pages to the end: as many services as the search counts', async () => {
    const { total_items } = await client.services.search({ per_page: 1 });
    const ids = new Set<string>();
    for await (const service of client.services.searchAll()) ids.add(service.id);
    expect(total_items).to.be.greaterThan(0);
    expect(ids.size).to.equal(total_items);
  });

  it('abort: rejects with the DOMException AbortError, not wrapped', async () => {
    const controller = new AbortController();
    const pending = client.services.search({ q: 'perhe' }, { signal: controller.signal });
    controller.abort();
    const error = await rejection(pending);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});

describe('@polku/client against misbehaving endpoints', () => {
  it('abort during a slow answer', async () => {
    const client = createPolkuClient({ baseUrl: `${test}/slow/3000/v1` });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const error = await rejection(client.tiers.list({ signal: controller.signal }));
    expect((error as Error).name).to.equal('AbortError');
    expect(error).to.equal(controller.signal.reason);
    expect(performance.now() - started).to.be.below(2000);
  });

  it('timeout: PolkuTimeoutError when the answer takes longer than the timeout', async () => {
    const client = createPolkuClient({ baseUrl: `${test}/slow/3000/v1`, timeout: 200 });
    const error = await rejection(client.tiers.list());
    expect(error).to.be.instanceOf(PolkuTimeoutError);
    expect((error as PolkuTimeoutError).timeout).to.equal(200);
  });

  it('a slow answer within the timeout succeeds', async () => {
    const client = createPolkuClient({ baseUrl: `${test}/slow/300/v1`, timeout: 2000 });
    const page = await client.tiers.list();
    expect(page.last_page).to.equal(true);
  });

  it('retry: a 503 with Retry-After: 0 is retried and the second answer returned', async () => {
    const client = createPolkuClient({ baseUrl: `${test}/flaky/${crypto.randomUUID()}/v1` });
    const page = (await client.tiers.list()) as unknown as { attempts: number };
    expect(page.attempts).to.equal(2);
  });

  it('retry: 0 gives the 503 to the caller', async () => {
    const client = createPolkuClient({
      baseUrl: `${test}/flaky/${crypto.randomUUID()}/v1`,
      retry: 0,
    });
    const error = await rejection(client.tiers.list());
    expect(error).to.be.instanceOf(PolkuApiError);
    expect((error as PolkuApiError).status).to.equal(503);
    expect((error as PolkuApiError).problem.title).to.equal('Busy');
  });

  it('a problem+json 400 is parsed into problem.errors', async () => {
    const client = createPolkuClient({ baseUrl: `${test}/problem/v1` });
    const error = await rejection(client.services.search({ per_page: 100 }));
    expect(error).to.be.instanceOf(PolkuApiError);
    expect((error as PolkuApiError).problem.errors).to.deep.equal({ per_page: ['must be <= 100'] });
  });

  it('an HTML error page gives a synthetic problem', async () => {
    const client = createPolkuClient({ baseUrl: `${test}/html/410/v1` });
    const error = await rejection(client.services.get('x'));
    expect(error).to.be.instanceOf(PolkuApiError);
    expect((error as PolkuApiError).problem).to.include({ type: 'about:blank', status: 410 });
  });

  it('an unreachable server: PolkuNetworkError with the TypeError as cause', async () => {
    const client = createPolkuClient({ baseUrl: 'http://127.0.0.1:9/v1', retry: 0 });
    const error = await rejection(client.tiers.list());
    expect(error).to.be.instanceOf(PolkuNetworkError);
    expect((error as PolkuNetworkError).cause).to.be.instanceOf(TypeError);
  });
});

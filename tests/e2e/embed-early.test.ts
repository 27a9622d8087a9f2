// The embed loads in parallel (issue 15): the script starts the finder's first search before the
// rest of it (Lit, the elements) is evaluated, and a host page with the README's two preload lines
// lets the browser fetch the script and the first results at once, and only once. Three origins,
// as on a real third-party page: the host page, a proxy standing for the Polku server (it counts
// what reaches it), and Polku behind it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startServer } from '@polku/server';
import { type Browser, chromium } from 'playwright-core';
import { readmePreloadLines } from '../../bench/lib/readme-preload.mjs';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const bundle = new URL('../../packages/elements/dist/polku-finder.js', import.meta.url);
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

let polku: Awaited<ReturnType<typeof startServer>>;
let proxy: Server;
let proxyUrl: string;
let host: Server;
let hostUrl: string;
let browser: Browser;
const firstSearch = '/v1/services?per_page=20&lang=fi';
/** What reached the proxy, in order: the path and query, and when (ms since the test began). */
let arrivals: { path: string; at: number; done?: number }[] = [];
/** While set, the proxy refuses ky's chunk, as a network that drops it would. */
let refuseKy = false;

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

const hostPage = (preload: boolean) =>
  `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Yhdistys</title>
${preload ? readmePreloadLines(readme, proxyUrl) : ''}</head>
<body><main><h1>Yhdistys</h1><polku-finder api="${proxyUrl}/v1"></polku-finder></main>
<script type="module" src="${proxyUrl}/polku-finder.js"></script></body></html>`;

before(async () => {
  assert.ok(existsSync(bundle), 'build the embed first: npm run build');
  polku = await startServer({ port: 0, host: '127.0.0.1', logger: false });
  const started = Date.now();
  proxy = createServer(async (request, response) => {
    const arrival: (typeof arrivals)[number] = {
      path: request.url ?? '',
      at: Date.now() - started,
    };
    arrivals.push(arrival);
    if (refuseKy && arrival.path.startsWith('/polku-finder-ky-')) {
      response.writeHead(503).end();
      return;
    }
    // The first results take their time, as on a slow link: what the finder asks for besides them
    // waits until they are in.
    if (arrival.path === firstSearch) await new Promise((resolve) => setTimeout(resolve, 600));
    const upstream = await fetch(`${polku.url}${request.url}`, {
      headers: { origin: request.headers.origin ?? '' },
    });
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'access-control-allow-origin', 'cache-control']) {
      const value = upstream.headers.get(name);
      if (value) headers[name] = value;
    }
    // Not from the HTTP cache: a second fetch of the same results would reach this proxy.
    if (arrival.path.startsWith('/v1')) headers['cache-control'] = 'no-store';
    response.writeHead(upstream.status, headers);
    response.end(Buffer.from(await upstream.arrayBuffer()));
    arrival.done = Date.now() - started;
  });
  proxyUrl = await listen(proxy);
  host = createServer((request, response) => {
    if (request.url === '/preload' || request.url === '/plain') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(hostPage(request.url === '/preload'));
      return;
    }
    response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
  });
  hostUrl = await listen(host);
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
  await new Promise((resolve) => proxy?.close(resolve));
  await polku?.close();
});

/** A fetch the page made: its URL, and whether Lit had been evaluated when it was called. */
interface PageFetch {
  url: string;
  litEvaluated: boolean;
}

// Runs before the page's scripts: notes each `fetch` call and whether Lit (which registers its
// version on the global object as it is evaluated) had run by then.
const noteFetches = () => {
  const seen: PageFetch[] = [];
  (window as unknown as { __fetches: PageFetch[] }).__fetches = seen;
  const original = window.fetch;
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    seen.push({ url, litEvaluated: 'litHtmlVersions' in window });
    return original(input, init);
  };
};

/** Opens a host page in a fresh context; the finder's first card names and what the console said. */
async function load(path: string) {
  arrivals = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(noteFetches);
  const console: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.push(message.text());
  });
  page.on('pageerror', (error) => console.push(String(error)));
  await page.goto(`${hostUrl}${path}`);
  await page.waitForFunction(
    () =>
      (document.querySelector('polku-finder')?.shadowRoot?.querySelectorAll('polku-service-card')
        .length ?? 0) > 0,
    null,
    { timeout: 20_000 },
  );
  // Long enough for Chromium to warn about a preload that was never used (it does after ~3 s).
  await page.waitForTimeout(3500);
  const fetches = await page.evaluate(
    () => (window as unknown as { __fetches: PageFetch[] }).__fetches,
  );
  const first = await page.evaluate(
    () =>
      document
        .querySelector('polku-finder')
        ?.shadowRoot?.querySelector('polku-service-card')
        ?.shadowRoot?.querySelector('[part="heading"]')
        ?.textContent?.trim() ?? '',
  );
  await context.close();
  return { first, console, fetches };
}

describe('the embed on a third-party page', () => {
  it('with the README’s preload lines, the script and the first results are fetched once', async () => {
    const { first, console } = await load('/preload');
    const searches = arrivals.filter((arrival) => arrival.path === firstSearch);
    assert.equal(searches.length, 1, `requests: ${arrivals.map((a) => a.path).join(', ')}`);
    assert.equal(
      arrivals.filter((arrival) => arrival.path === '/polku-finder.js').length,
      1,
      'the entry once',
    );
    const page = await (await fetch(`${polku.url}${firstSearch}`)).json();
    assert.equal(first, page.contents[0].name.fi);
    assert.deepEqual(console, [], 'no error, and no warning of a preload left unused');
  });

  it('without them, the script asks for the first results before Lit and the finder are evaluated', async () => {
    const { console, fetches } = await load('/plain');
    const searches = arrivals.filter((arrival) => arrival.path === firstSearch);
    assert.equal(searches.length, 1, `requests: ${arrivals.map((a) => a.path).join(', ')}`);
    const early = fetches.find((call) => call.url === `${proxyUrl}${firstSearch}`);
    assert.ok(early, `fetches: ${fetches.map((call) => call.url).join(', ')}`);
    assert.equal(early.litEvaluated, false, 'the first search started before Lit was evaluated');
    // The first screen is that one file: nothing it needs waits for a second script.
    const scripts = arrivals.filter((arrival) => arrival.path.endsWith('.js'));
    assert.deepEqual(
      scripts.slice(0, 1).map((arrival) => arrival.path),
      ['/polku-finder.js'],
    );
    assert.ok(
      scripts.every((arrival) => !/^\/polku-finder-main-/.test(arrival.path)),
      `scripts: ${scripts.map((arrival) => arrival.path).join(', ')}`,
    );
    // The rest (the API's tiers, help lines and municipalities, the later chunk, the client's ky)
    // after the results.
    const answered = searches[0]?.done ?? Number.POSITIVE_INFINITY;
    const rest = arrivals.filter(
      (arrival) =>
        /^\/v1\/(tiers|urgent-help|municipalities)/.test(arrival.path) ||
        /^\/polku-finder-(later|ky)-/.test(arrival.path),
    );
    assert.equal(rest.length, 5, `requests: ${arrivals.map((a) => a.path).join(', ')}`);
    for (const arrival of rest)
      assert.ok(
        arrival.at >= answered,
        `${arrival.path} asked at ${arrival.at} ms, the results answered at ${answered} ms`,
      );
    assert.deepEqual(console, []);
  });
  it('the first results need no ky; a search without it fails plainly and its retry works', async () => {
    arrivals = [];
    refuseKy = true;
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${hostUrl}/plain`);
      await page.locator('polku-service-card').first().waitFor({ timeout: 20_000 });
      const expected = await (await fetch(`${polku.url}${firstSearch}`)).json();
      assert.equal(
        (await page.locator('polku-service-card [part="heading"]').first().textContent())?.trim(),
        expected.contents[0].name.fi,
      );
      await page.locator('#query').fill('väsynyt');
      const retry = page.getByRole('button', { name: 'Yritä uudelleen' });
      await retry.waitFor({ timeout: 10_000 });
      assert.ok(arrivals.some((arrival) => arrival.path.startsWith('/polku-finder-ky-')));
      refuseKy = false;
      await retry.click();
      const searched = await (
        await fetch(`${polku.url}/v1/services?q=v%C3%A4synyt&per_page=20&lang=fi`)
      ).json();
      await page
        .locator('[part="count"]')
        .filter({ hasText: String(searched.total_items) })
        .waitFor({ timeout: 10_000 });
      assert.deepEqual(errors, []);
    } finally {
      refuseKy = false;
      await context.close();
    }
  });
});

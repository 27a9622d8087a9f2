// The built embed (packages/elements/dist/polku-finder.js) on host pages, as an embedder uses
// it: markup before the script, two finders in two languages, the script loaded twice, and a
// strict Content-Security-Policy with Trusted Types. A tiny host server serves the pages and
// passes /polku-finder.js, the chunks beside it and /v1/* through to a real Polku server, so the
// finder's default `api` (the script's origin plus /v1) is exercised too.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startServer } from '@polku/server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const bundle = new URL('../../packages/elements/dist/polku-finder.js', import.meta.url);
const strictPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const script = (src = '/polku-finder.js') => `<script type="module" src="${src}"></script>`;
const page = (body: string) =>
  `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Host</title></head><body>${body}</body></html>`;

const pages: Record<string, { html: string; headers?: Record<string, string> }> = {
  '/two': {
    html: page(
      `<polku-finder id="fi"></polku-finder><polku-finder id="sv" lang="sv" tier="2"></polku-finder>${script()}`,
    ),
  },
  '/twice': {
    html: page(
      `<polku-finder></polku-finder>${script()}${script()}${script('/polku-finder.js?copy=2')}`,
    ),
  },
  '/csp': {
    html: page(`<polku-finder lang="sv"></polku-finder>${script()}`),
    headers: { 'content-security-policy': strictPolicy },
  },
};

let polku: Awaited<ReturnType<typeof startServer>>;
let host: Server;
let hostUrl: string;
let browser: Browser;

before(async () => {
  assert.ok(existsSync(bundle), 'build the embed first: npx tsc -b && npx rollup -c');
  polku = await startServer({ port: 0, host: '127.0.0.1', logger: false });
  host = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    const hosted = pages[path];
    if (hosted) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...hosted.headers });
      response.end(hosted.html);
      return;
    }
    // The entry, its lazily loaded chunks (polku-finder-<name>-<hash>.js) and the API.
    if (/^\/polku-finder[\w-]*\.js$/.test(path) || path.startsWith('/v1')) {
      const upstream = await fetch(`${polku.url}${request.url}`);
      response.writeHead(upstream.status, {
        'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
      });
      response.end(Buffer.from(await upstream.arrayBuffer()));
      return;
    }
    // The browser's own favicon request is not the finder's; anything else is.
    response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
  await polku?.close();
});

interface Observed {
  page: Page;
  warnings: string[];
  errors: string[];
}

async function open(path: string): Promise<Observed> {
  const observed: Observed = { page: await browser.newPage(), warnings: [], errors: [] };
  observed.page.on('console', (message) => {
    if (message.type() === 'warning') observed.warnings.push(message.text());
    if (message.type() === 'error') observed.errors.push(message.text());
  });
  observed.page.on('pageerror', (error) => observed.errors.push(String(error)));
  await observed.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await observed.page.goto(`${hostUrl}${path}`);
  return observed;
}

/** Waits until the finder matching `selector` shows service cards; returns the first names. */
async function cardNames(observed: Observed, selector = 'polku-finder'): Promise<string[]> {
  await observed.page.waitForFunction(
    (sel) =>
      (document.querySelector(sel)?.shadowRoot?.querySelectorAll('polku-service-card').length ??
        0) > 0,
    selector,
    { timeout: 15_000 },
  );
  return observed.page.evaluate((sel) => {
    const cards =
      document.querySelector(sel)?.shadowRoot?.querySelectorAll('polku-service-card') ?? [];
    return [...cards].map(
      (card) => card.shadowRoot?.querySelector('[role="heading"]')?.textContent?.trim() ?? '',
    );
  }, selector);
}

async function text(observed: Observed, selector: string, inner: string): Promise<string> {
  return observed.page.evaluate(
    ([sel, part]) =>
      document
        .querySelector(sel as string)
        ?.shadowRoot?.querySelector(part as string)
        ?.textContent?.trim() ?? '',
    [selector, inner],
  );
}

describe('the embed bundle on a host page', () => {
  it('upgrades markup that was there before the script, with results from the default api', async () => {
    const observed = await open('/two');
    const names = await cardNames(observed, '#fi');
    assert.ok(names.length > 0);
    assert.equal(await text(observed, '#fi', 'label[for="tier"]'), 'Miten teillä menee?');
    assert.deepEqual(observed.errors, []);
    await observed.page.close();
  });

  it('shows two finders in their own languages, each with its own tier', async () => {
    const observed = await open('/two');
    await cardNames(observed, '#fi');
    await cardNames(observed, '#sv');
    assert.equal(await text(observed, '#sv', 'label[for="tier"]'), 'Hur har ni det just nu?');
    assert.equal(await text(observed, '#sv', 'label[for="query"]'), 'Sök tjänster');
    assert.equal(await text(observed, '#fi', 'label[for="query"]'), 'Hae palveluja');
    const checked = await observed.page.evaluate(() =>
      ['#fi', '#sv'].map((sel) => {
        const select = document
          .querySelector(sel)
          ?.shadowRoot?.querySelector<HTMLSelectElement>('select#tier');
        return select?.value;
      }),
    );
    assert.deepEqual(checked, ['', '2']);
    assert.match(await text(observed, '#sv', '[role="status"]'), /tjänst/);
    await observed.page.close();
  });

  it('warns, and does not throw, when the script is loaded twice (also under another URL)', async () => {
    const observed = await open('/twice');
    const names = await cardNames(observed);
    assert.ok(names.length > 0);
    // The copy under another URL is a second copy of the elements: the first one's stand.
    assert.ok(
      observed.warnings.some((warning) =>
        warning.includes('already defined by another copy of Polku'),
      ),
      `warnings: ${observed.warnings.join(' | ')}`,
    );
    assert.deepEqual(observed.errors, []);
    await observed.page.close();
  });

  it('keeps the tier choice and its border visible in forced colours', async () => {
    const observed = await open('/two');
    await observed.page.emulateMedia({ forcedColors: 'active' });
    await cardNames(observed, '#sv');
    const border = await observed.page.evaluate(() => {
      const select = document.querySelector('#sv')?.shadowRoot?.querySelector('select#tier');
      return select ? getComputedStyle(select).borderTopWidth : '';
    });
    assert.equal(border, '2px');
    await observed.page.close();
  });

  it('works under a strict CSP with Trusted Types (policy "lit-html") and no violation', async () => {
    const observed = await open('/csp');
    const names = await cardNames(observed);
    assert.ok(names.length > 0);
    // Open a service's details too: the dialog renders under the same policy.
    await observed.page.evaluate(() => {
      const card = document
        .querySelector('polku-finder')
        ?.shadowRoot?.querySelector('polku-service-card');
      card?.shadowRoot?.querySelector('button')?.click();
    });
    await observed.page.waitForFunction(
      () =>
        document
          .querySelector('polku-finder')
          ?.shadowRoot?.querySelector('polku-service-details')
          ?.shadowRoot?.querySelector('dialog')?.open === true,
    );
    assert.deepEqual(observed.errors, []);
    await observed.page.close();
  });

  it('loads the self-check chunk only when the person opens it, under the strict CSP', async () => {
    const observed = await open('/csp');
    const fetched: string[] = [];
    observed.page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await cardNames(observed);
    const chunk = (path: string) => /^\/polku-finder-self-check-[\w-]+\.js$/.test(path);
    assert.deepEqual(fetched.filter(chunk), [], 'not before it is opened');
    // Keyboard only: Tab past the skip link to the link under the intro, Enter, Tab to "Börja",
    // Enter.
    await observed.page.keyboard.press('Tab');
    await observed.page.keyboard.press('Tab');
    await observed.page.keyboard.press('Enter');
    const inSelfCheck = (selector: string) =>
      observed.page.waitForFunction(
        (sel) =>
          document
            .querySelector('polku-finder')
            ?.shadowRoot?.querySelector('polku-self-check')
            ?.shadowRoot?.querySelector(sel),
        selector,
        { timeout: 15_000 },
      );
    await inSelfCheck('.intro');
    assert.equal(fetched.filter(chunk).length, 1, `fetched: ${fetched.join(', ')}`);
    await observed.page.keyboard.press('Tab');
    await observed.page.keyboard.press('Enter');
    await inSelfCheck('fieldset legend');
    assert.deepEqual(observed.errors, []);
    await observed.page.close();
  });
});

// A good guest (issue 20): on every page Polku serves, at 375×812 (a phone) and 1350×940, the
// cumulative layout shift stays ≤ 0.05 after load and after a first search, measured with a
// `layout-shift` PerformanceObserver; no API resource is requested twice during a page's load;
// a language change fetches only what depends on the language. The network is made slow on
// purpose (the embed's scripts and every API answer are delayed), so the host page paints before
// the finder is defined and the finder before its data arrives, as on a real connection.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startServer } from '@polku/server';
import { type Browser, chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import {
  desktop,
  layoutShift,
  openPage,
  phone,
  repeatedApiRequests,
  settle,
  waitForCards,
} from './page-tools.js';

const bundle = new URL('../../packages/elements/dist/polku-finder.js', import.meta.url);
let polku: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

before(async () => {
  assert.ok(existsSync(bundle), 'build the embed first: npm run build');
  polku = await startServer({ port: 0, host: '127.0.0.1', logger: false });
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  await polku?.close();
});

const pages = [
  { path: '/', query: 'väsynyt' },
  { path: '/examples/third-sector/', query: 'väsynyt' },
  { path: '/examples/third-sector/sv.html', query: 'trött' },
  { path: '/examples/intranet/', query: 'perheneuvola' },
  { path: '/examples/intranet/palveluketju.html' },
  { path: '/fi/', query: 'väsynyt' },
  { path: '/sv/', query: 'trött' },
  { path: '/en/', query: 'tired' },
  // A family-list link: the family's services first, the finder below them.
  {
    path: '/sv/?polku-services=cfa29a39-f09c-4200-bfa2-91f500cf0048,903d9e16-fc5b-4bb2-a867-fd4a97e43099&polku-lang=sv',
    query: 'trött',
  },
];

const limit = 0.05;

describe('layout shift and requests while a page loads', () => {
  for (const { path, query } of pages) {
    for (const viewport of [phone, desktop]) {
      it(`${path} at ${viewport.width}×${viewport.height}: CLS ≤ ${limit}, nothing fetched twice`, async (t) => {
        const opened = await openPage(browser, `${polku.url}${path}`, {
          viewport,
          apiDelay: 400,
          scriptDelay: 300,
        });
        const { page } = opened;
        if (path.includes('palveluketju')) {
          await page.locator('polku-chain [part="tier"]').first().waitFor({ timeout: 20_000 });
        } else {
          await waitForCards(page);
        }
        await settle(opened);
        const afterLoad = await layoutShift(page);
        assert.deepEqual(repeatedApiRequests(opened.requests), [], 'an API request repeated');
        t.diagnostic(`CLS after load ${afterLoad.toFixed(4)}`);
        assert.ok(afterLoad <= limit, `CLS after load ${afterLoad.toFixed(3)} > ${limit}`);
        if (query) {
          const count = page.locator('polku-finder [part="count"]');
          const before = await count.innerText();
          await page.locator('polku-finder input[type="search"]').click();
          await page.keyboard.type(query, { delay: 60 });
          await page.waitForFunction(
            (previous) => {
              const text = document
                .querySelector('polku-finder')
                ?.shadowRoot?.querySelector('[part="count"]')?.textContent;
              return text && text.trim() !== previous.trim() && /\d/.test(text);
            },
            before,
            { timeout: 20_000 },
          );
          await settle(opened);
          const afterSearch = await layoutShift(page);
          t.diagnostic(`CLS after a search ${afterSearch.toFixed(4)}`);
          assert.ok(
            afterSearch <= limit,
            `CLS after a search ${afterSearch.toFixed(3)} > ${limit}`,
          );
        }
        assert.deepEqual(opened.errors, []);
        await opened.close();
      });
    }
  }

  it('the intranet page: a language change fetches only what depends on the language', async () => {
    const opened = await openPage(browser, `${polku.url}/examples/intranet/`, { apiDelay: 100 });
    const { page } = opened;
    await waitForCards(page);
    await page.locator('polku-finder polku-chain [part="tier"]').first().waitFor();
    await settle(opened);
    const before = opened.requests.length;
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.waitForFunction(() =>
      /tjänst/.test(
        document.querySelector('polku-finder')?.shadowRoot?.querySelector('[part="count"]')
          ?.textContent ?? '',
      ),
    );
    await settle(opened);
    const paths = opened.requests
      .slice(before)
      .filter((request) => request.startsWith('/v1'))
      .map((request) => new URL(request, 'http://x').pathname)
      .sort();
    assert.deepEqual(paths, ['/v1/service-chains/perheiden-jaksaminen', '/v1/services']);
    await opened.close();
  });
});

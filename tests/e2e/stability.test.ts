// A good guest (issue 20): on every page Polku serves (served-pages.ts), at 375×812 (a phone) and
// 1350×940, the cumulative layout shift stays ≤ 0.05 after load and after a first search,
// measured with a `layout-shift` PerformanceObserver on a slow network (stability-tools.ts); no
// API resource is requested twice during a page's load, and nothing from another origin; a
// language change fetches only what depends on the language.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { type RunningPolku, serverAndBrowser } from './harness.js';
import { desktop, openPage, phone, settle, waitForCards } from './page-tools.js';
import { servedPages } from './served-pages.js';
import { measureStability } from './stability-tools.js';

let polku: RunningPolku;
let browser: Browser;
serverAndBrowser((running) => {
  ({ polku, browser } = running);
});

const limit = 0.05;

describe('layout shift and requests while a page loads', () => {
  for (const served of servedPages) {
    for (const viewport of [phone, desktop]) {
      // CLS is Polku's own markup's to keep (/docs is Redoc's: `npm run audit` reports it).
      const what = served.own ? `CLS ≤ ${limit}, nothing` : 'nothing';
      it(`${served.path} at ${viewport.width}×${viewport.height}: ${what} fetched twice or from elsewhere`, async (t) => {
        const measured = await measureStability(browser, polku.url, served, viewport);
        assert.deepEqual(measured.repeated, [], 'an API request repeated');
        assert.deepEqual(measured.foreign, [], 'a request to another origin');
        t.diagnostic(`CLS after load ${measured.afterLoad.toFixed(4)}`);
        if (!served.own) return;
        assert.ok(
          measured.afterLoad <= limit,
          `CLS after load ${measured.afterLoad.toFixed(3)} > ${limit}`,
        );
        if (measured.afterSearch !== undefined) {
          t.diagnostic(`CLS after a search ${measured.afterSearch.toFixed(4)}`);
          assert.ok(
            measured.afterSearch <= limit,
            `CLS after a search ${measured.afterSearch.toFixed(3)} > ${limit}`,
          );
        }
        assert.deepEqual(measured.errors, []);
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

// One page load as a guest page is judged (issue 20), shared by the stability suite and
// `npm run audit`: the cumulative layout shift after load and after a first search, the API
// requests made twice, and the requests to any other origin. The network is slow on purpose (the
// embed's scripts and every API answer are delayed), so the host page paints before the finder is
// defined and the finder before its data arrives, as on a real connection.
import type { Browser } from 'playwright-core';
import { layoutShift, openPage, repeatedApiRequests, settle, waitForCards } from './page-tools.js';
import type { ServedPage } from './served-pages.js';

export interface Stability {
  /** CLS once the page has loaded and settled. */
  afterLoad: number;
  /** CLS after a first search (the whole page's, load included); none without a finder. */
  afterSearch?: number;
  /** API requests during the load that repeat an earlier one. */
  repeated: string[];
  /** Requests to an origin other than the page's (http, https, ws, wss). */
  foreign: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/** Requests (as `openPage` records them) that went to another origin over the network. */
export function foreignRequests(requests: readonly string[]): string[] {
  return requests.filter((request) => /^(https?|wss?):/i.test(request));
}

/** Opens `served` at `viewport` on `origin`, waits for it, searches once, and measures. */
export async function measureStability(
  browser: Browser,
  origin: string,
  served: Pick<ServedPage, 'path' | 'ready' | 'query'>,
  viewport: { width: number; height: number },
): Promise<Stability> {
  const opened = await openPage(browser, `${origin}${served.path}`, {
    viewport,
    apiDelay: 400,
    scriptDelay: 300,
  });
  const { page } = opened;
  try {
    if (served.ready === 'chain') {
      await page.locator('polku-chain [part="tier"]').first().waitFor({ timeout: 20_000 });
    } else if (served.ready === 'cards') {
      await waitForCards(page);
    } else {
      await page.waitForLoadState('load');
    }
    await settle(opened);
    const afterLoad = await layoutShift(page);
    const repeated = repeatedApiRequests(opened.requests);
    let afterSearch: number | undefined;
    if (served.query) {
      const count = page.locator('polku-finder [part="count"]');
      const before = await count.innerText();
      await page.locator('polku-finder input[type="search"]').click();
      await page.keyboard.type(served.query, { delay: 60 });
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
      afterSearch = await layoutShift(page);
    }
    return {
      afterLoad,
      afterSearch,
      repeated,
      foreign: foreignRequests(opened.requests),
      errors: [...opened.errors],
    };
  } finally {
    await opened.close();
  }
}

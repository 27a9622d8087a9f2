// Polku's own family pages in Chromium, as the server renders them (issue 15): the first results
// are on the page before any script runs, the finder then hydrates them (no console error, none
// of the data asked for again, nothing of the results moving), searches like any finder, and axe
// finds nothing; with JavaScript off the results, the help lines and the tier links still read
// and work, as links the server renders, and the search form asks the server for its words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type RunningPolku, serverAndBrowser } from './harness.js';
import {
  axeSerious,
  layoutShift,
  openPage,
  phone,
  settle,
  waitForFirstCard,
} from './page-tools.js';

let polku: RunningPolku;
let browser: Browser;
serverAndBrowser((running) => {
  ({ polku, browser } = running);
});

/** The names on the finder's service cards, in order (server-rendered or not). */
function cardNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...(document
        .querySelector('polku-finder')
        ?.shadowRoot?.querySelectorAll('polku-service-card') ?? []),
    ].map((card) => card.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim() ?? ''),
  );
}

async function apiNames(query: string, lang = 'fi'): Promise<string[]> {
  const page = (await (await fetch(`${polku.url}/v1/services?${query}`)).json()) as {
    contents: { name: Record<string, string> }[];
  };
  return page.contents.map((service) => service.name[lang] ?? '');
}

/** Types `words` into the hydrated finder, sends them, and waits for `expected` first card. */
async function searchFor(page: Page, words: string, expected: string[]): Promise<void> {
  await page.locator('polku-finder').locator('#query').fill(words);
  await page.locator('polku-finder').locator('#query').press('Enter');
  const [first] = expected;
  assert.ok(first, 'the words find services');
  await waitForFirstCard(page, first);
}

/** The finder's buttons that only its script can work: the self-check and the filters. */
async function scriptButtons(page: Page) {
  const finder = page.locator('polku-finder');
  const buttons = [finder.locator('.self-check-link'), finder.locator('.filters-toggle')];
  for (const button of buttons) assert.equal(await button.count(), 1);
  return buttons;
}

/** Whether the finder has taken over its server-rendered shadow root (hydrated). */
function hydrated(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      (document.querySelector('polku-finder') as (Element & { hasUpdated?: boolean }) | null)
        ?.hasUpdated === true,
  );
}

/** The results' heading stands in the phone's screen: the page was opened on the results. */
async function assertResultsInView(page: Page) {
  await page.waitForFunction(() => window.scrollY > 0, undefined, { timeout: 5_000 });
  const box = await page.locator('polku-finder').locator('#results-heading').boundingBox();
  assert.ok(box, 'the results heading is shown');
  assert.ok(
    box.y >= 0 && box.y + box.height <= phone.height,
    `the results heading stands in the screen (at ${box.y} px)`,
  );
}

describe('the server-rendered family pages in Chromium', () => {
  it('hydrate on a phone: no console error, no request for what the page holds, no jump', async () => {
    const opened = await openPage(browser, `${polku.url}/fi/`, {
      viewport: phone,
      bypassCSP: false,
    });
    try {
      const { page } = opened;
      // The results are there before the script has done anything: the server wrote them.
      assert.deepEqual(await cardNames(page), await apiNames('per_page=20&lang=fi'));
      await page.waitForFunction(() => customElements.get('polku-finder') !== undefined);
      await page.waitForFunction(
        () => (document.querySelector('polku-finder') as { hasUpdated?: boolean }).hasUpdated,
      );
      await settle(opened);
      assert.ok(await hydrated(page));
      assert.deepEqual(opened.errors, []);
      const api = opened.requests.filter((request) => request.startsWith('/v1'));
      assert.deepEqual(api, [], 'the page held the results, tiers, help lines and municipalities');
      assert.equal(await layoutShift(page), 0, 'nothing moved while the finder took over');
      for (const button of await scriptButtons(page))
        assert.ok(await button.isVisible(), 'the buttons that need the script, once it is here');
      // Still the server's nodes (hydrated, not drawn anew), still the same results.
      assert.equal(
        await page.evaluate(
          () =>
            document.querySelector('polku-finder')?.shadowRoot?.querySelectorAll('#query').length,
        ),
        1,
      );
      assert.deepEqual(await cardNames(page), await apiNames('per_page=20&lang=fi'));
      // "More details" is a link to the service's page; once hydrated, a tap opens the dialog.
      const address = page.url();
      const more = page.locator('polku-finder').locator('polku-service-card').nth(1);
      await more.locator('a[part="details-button"]').tap();
      const heading = page.locator('polku-service-details').locator('#details-heading');
      await heading.waitFor();
      assert.equal(await heading.textContent(), (await cardNames(page))[1]);
      assert.equal(page.url(), address, 'the page stays');
      assert.deepEqual(opened.errors, []);
    } finally {
      await opened.close();
    }
  });

  it('searches once hydrated, as any finder does', async () => {
    const opened = await openPage(browser, `${polku.url}/sv/`, { viewport: phone });
    try {
      const { page } = opened;
      await page.waitForFunction(
        () => (document.querySelector('polku-finder') as { hasUpdated?: boolean }).hasUpdated,
      );
      const expected = await apiNames('per_page=20&q=familjer%C3%A5dgivning&lang=sv', 'sv');
      await searchFor(page, 'familjerådgivning', expected);
      assert.deepEqual(await cardNames(page), expected);
      // The tier link of the server's page now chooses the tier in place.
      await page.locator('polku-finder').locator('.tier-help summary').click();
      // It keeps the words searched for, as a link without script would.
      await page
        .locator('polku-finder')
        .locator('.tier-help a[href="?polku-q=familjer%C3%A5dgivning&polku-tier=2#polku-results"]')
        .click();
      await page.waitForFunction(
        () =>
          (
            document.querySelector('polku-finder')?.shadowRoot?.querySelector('#tier') as
              | HTMLSelectElement
              | undefined
          )?.value === '2',
      );
      assert.equal(new URL(page.url()).search, '', 'no navigation: chosen in place');
      await settle(opened);
      assert.deepEqual(opened.errors, []);
      assert.ok(opened.requests.some((request) => request.includes('tier=2,1')));
    } finally {
      await opened.close();
    }
  });

  it('a service’s own page is clean to axe on a phone, in Swedish', async () => {
    const [id] = (
      (await (await fetch(`${polku.url}/v1/services?per_page=1&lang=sv`)).json()) as {
        contents: { id: string }[];
      }
    ).contents.map((service) => service.id);
    const opened = await openPage(browser, `${polku.url}/sv/tjanst/${id}`, {
      viewport: phone,
      bypassCSP: true,
    });
    try {
      assert.deepEqual(await axeSerious(opened.page), []);
      assert.deepEqual(opened.errors, []);
    } finally {
      await opened.close();
    }
  });

  it('is clean to axe as the server wrote it and once hydrated', async () => {
    const opened = await openPage(browser, `${polku.url}/en/`, {
      viewport: phone,
      bypassCSP: true,
    });
    try {
      const { page } = opened;
      assert.deepEqual(await axeSerious(page), []);
      await page.waitForFunction(
        () => (document.querySelector('polku-finder') as { hasUpdated?: boolean }).hasUpdated,
      );
      await settle(opened);
      assert.deepEqual(await axeSerious(page), []);
    } finally {
      await opened.close();
    }
  });

  it('with JavaScript off: results and help lines read, tier links and "Show more" work', async () => {
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${polku.url}/fi/`);
      assert.deepEqual(await cardNames(page), await apiNames('per_page=20&lang=fi'));
      const finder = page.locator('polku-finder');
      assert.ok(await finder.locator('a[href^="tel:112"]').first().isVisible());
      // What only the script can work is not offered without it (its place kept).
      for (const button of await scriptButtons(page))
        assert.equal(await button.isVisible(), false, 'a button that needs the script');
      // The finder's skip link leads to the results without script too.
      await finder.locator('a.skip').focus();
      await page.keyboard.press('Enter');
      await assertResultsInView(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      // The choice the page shows is the view's: all services, then the tier linked to.
      const choice = finder.locator('#tier');
      assert.equal(await choice.inputValue(), '');
      await finder.locator('.tier-help summary').click();
      await finder.locator('.tier-help a[href="?polku-tier=3#polku-results"]').click();
      await page.waitForURL(/polku-tier=3/);
      await assertResultsInView(page);
      assert.deepEqual(await cardNames(page), await apiNames('per_page=20&tier=3,2,1&lang=fi'));
      assert.equal(await choice.inputValue(), '3');
      await finder.locator('a.more').click();
      await page.waitForURL(/polku-per-page=40/);
      assert.deepEqual(await cardNames(page), await apiNames('per_page=40&tier=3,2,1&lang=fi'));
      // "More details" is a link: the service's own page, its details read without script.
      const [name] = await cardNames(page);
      const card = finder.locator('polku-service-card').first();
      const more = card.locator('a[part="details-button"]');
      assert.ok(await more.isVisible(), 'offered before and without the script');
      await more.click();
      await page.waitForURL(/\/fi\/palvelu\/[0-9a-f-]{36}$/);
      const heading = page.getByRole('heading', { level: 1 });
      assert.equal((await heading.textContent())?.trim(), name);
      assert.ok(await heading.isVisible());
      assert.ok(await page.getByRole('heading', { name: 'Yhteystiedot', level: 2 }).isVisible());
      await page.getByRole('link', { name: 'Takaisin palveluhakuun' }).click();
      await page.waitForURL(/\/fi\/$/);
    } finally {
      await context.close();
    }
  });

  it('with JavaScript off the search form works too: the server renders the words’ results', async () => {
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${polku.url}/sv/?polku-tier=2`);
      const field = page.locator('polku-finder').locator('#query');
      await field.fill('familjerådgivning');
      await field.press('Enter');
      await page.waitForURL(/polku-q=/);
      const address = new URL(page.url());
      assert.equal(address.searchParams.get('polku-q'), 'familjerådgivning');
      assert.equal(address.searchParams.get('polku-tier'), '2', 'in the tier the page showed');
      const expected = await apiNames(
        'per_page=20&q=familjer%C3%A5dgivning&tier=2,1&lang=sv',
        'sv',
      );
      assert.ok(expected.length > 0);
      assert.deepEqual(await cardNames(page), expected);
      assert.equal(await field.inputValue(), 'familjerådgivning', 'the words stay in the field');
      // The page opens on the results, not on its top again, where the parent would see no change.
      assert.equal(address.hash, '#polku-results');
      await assertResultsInView(page);

      // A tier chosen in the tier choice goes with the words when they are sent.
      await page.locator('polku-finder').locator('#tier').selectOption('3');
      await field.fill('stöd');
      await field.press('Enter');
      await page.waitForURL(/polku-tier=3/);
      const chosen = new URL(page.url());
      assert.equal(chosen.searchParams.get('polku-q'), 'stöd');
      assert.equal(chosen.searchParams.getAll('polku-tier').join(), '3', 'the tier once');
      assert.deepEqual(
        await cardNames(page),
        await apiNames('per_page=20&q=st%C3%B6d&tier=3,2,1&lang=sv', 'sv'),
      );
      assert.equal(await page.locator('polku-finder').locator('#tier').inputValue(), '3');

      // On a family-list link's page, the family's list stays above the results for the words.
      const ids = (
        (await (await fetch(`${polku.url}/v1/services?per_page=2&lang=sv`)).json()) as {
          contents: { id: string }[];
        }
      ).contents.map((service) => service.id);
      await page.goto(`${polku.url}/fi/?polku-services=${ids.join(',')}&polku-lang=sv`);
      await field.fill('stöd');
      // The button beside the field sends the form too, for a parent who does not press Enter
      // (in Swedish: the link's language is the finder's).
      const send = page.locator('polku-finder').getByRole('button', { name: 'Sök', exact: true });
      assert.ok(await send.isVisible(), 'the search button is offered without the script');
      await send.click();
      await page.waitForURL(/polku-q=/);
      const listed = await page.evaluate(
        () =>
          document
            .querySelector('polku-finder')
            ?.shadowRoot?.querySelector('polku-shared-list')
            ?.shadowRoot?.querySelectorAll('.service .name').length,
      );
      assert.equal(listed, 2, 'the family’s two services');
      assert.deepEqual(
        await cardNames(page),
        await apiNames('per_page=20&q=st%C3%B6d&lang=sv', 'sv'),
      );
      const showAll = page.locator('polku-finder').locator('.shared > button');
      assert.equal(await showAll.count(), 1);
      assert.equal(await showAll.isVisible(), false, '"Show all" moves the focus: a script’s work');
    } finally {
      await context.close();
    }
  });

  it('searching before the script has come (a slow phone): the words are not lost', async () => {
    const context = await browser.newContext({ viewport: phone });
    try {
      const page = await context.newPage();
      // The embed's script never arrives: the family types and sends before it would have.
      await page.route('**/polku-finder*.js', () => {});
      // (A module script holds DOMContentLoaded back: the page is read as it comes.)
      await page.goto(`${polku.url}/fi/`, { waitUntil: 'commit' });
      const field = page.locator('polku-finder').locator('#query');
      await field.fill('ero');
      await field.press('Enter');
      // No load event either: read the page once the finder's seed, after its cards, is in.
      await page.waitForURL(/polku-q=ero/, { waitUntil: 'commit' });
      await page.waitForFunction(() =>
        document.querySelector('polku-finder > script[data-polku-seed]'),
      );
      assert.deepEqual(await cardNames(page), await apiNames('per_page=20&q=ero&lang=fi'));
      assert.equal(await field.inputValue(), 'ero');
    } finally {
      await context.close();
    }
  });

  it('a searched page hydrates with its words: no request for what it holds, no jump', async () => {
    const opened = await openPage(browser, `${polku.url}/fi/?polku-q=v%C3%A4synyt`, {
      viewport: phone,
      bypassCSP: false,
    });
    try {
      const { page } = opened;
      const expected = await apiNames('per_page=20&q=v%C3%A4synyt&lang=fi');
      assert.deepEqual(await cardNames(page), expected);
      await page.waitForFunction(
        () => (document.querySelector('polku-finder') as { hasUpdated?: boolean }).hasUpdated,
      );
      await settle(opened);
      assert.deepEqual(opened.errors, []);
      assert.deepEqual(
        opened.requests.filter((request) => request.startsWith('/v1')),
        [],
        'the page held the results for the words',
      );
      assert.equal(await layoutShift(page), 0);
      assert.equal(await page.locator('polku-finder').locator('#query').inputValue(), 'väsynyt');
      assert.deepEqual(await cardNames(page), expected);
      // A search typed now replaces the server's, as on any finder.
      const next = await apiNames('per_page=20&q=ero&lang=fi');
      await searchFor(page, 'ero', next);
      assert.deepEqual(await cardNames(page), next);
    } finally {
      await opened.close();
    }
  });

  it('a family-list link shows the family’s services first, rendered and hydrated', async () => {
    const ids = (
      (await (await fetch(`${polku.url}/v1/services?per_page=3&lang=sv`)).json()) as {
        contents: { id: string }[];
      }
    ).contents.map((service) => service.id);
    const opened = await openPage(
      browser,
      `${polku.url}/fi/?polku-services=${ids.join(',')}&polku-lang=sv`,
      { viewport: phone },
    );
    try {
      const { page } = opened;
      const listed = () =>
        page.evaluate(() =>
          [
            ...(document
              .querySelector('polku-finder')
              ?.shadowRoot?.querySelector('polku-shared-list')
              ?.shadowRoot?.querySelectorAll('.service .name') ?? []),
          ].map((name) => name.textContent?.trim()),
        );
      const names = await apiNames(`id=${ids.join(',')}&per_page=100&lang=sv`, 'sv');
      assert.deepEqual((await listed()).sort(), [...names].sort(), 'rendered by the server');
      await page.waitForFunction(() => customElements.get('polku-shared-list') !== undefined);
      await settle(opened);
      assert.deepEqual((await listed()).sort(), [...names].sort(), 'still there, hydrated');
      assert.deepEqual(opened.errors, []);
      assert.deepEqual(
        opened.requests.filter((request) => request.startsWith('/v1')),
        [],
        'the list and the finder below it came with the page',
      );
      assert.equal(await layoutShift(page), 0);
    } finally {
      await opened.close();
    }
  });
});

// The finder on a phone (375×812, touch), as issue 14 asks: on the association example and on the
// hosted family page, the search field, the tier choice and a tap-to-call 112 are in the finder's
// first screen, the help lines take at most 200 px until expanded; a family-list link opens the
// hosted page in the family's language with the list first; with the API down the tier choice,
// every help line and a retry are there, under one heading.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type RunningPolku, serverAndBrowser } from './harness.js';
import {
  axeSerious,
  openPage,
  phone,
  settle,
  waitForCards,
  waitForFirstCard,
  yInFinder,
} from './page-tools.js';

let polku: RunningPolku;
let browser: Browser;
serverAndBrowser((running) => {
  ({ polku, browser } = running);
});

/** The first screen of the finder on a phone: where its three essentials stand. */
async function firstScreen(page: Page) {
  await page.locator('polku-finder input[type="search"]').waitFor({ timeout: 20_000 });
  return {
    search: await yInFinder(page, 'input[type="search"]'),
    searchButton: await yInFinder(page, '[part="search-button"]'),
    tiers: await yInFinder(page, '[part="tiers"]'),
    call112: await yInFinder(page, 'a[href="tel:112"]'),
    helpNow: await yInFinder(page, 'polku-help-now'),
  };
}

/** Where each essential must be: inside the first 812 px of the finder; help lines ≤ 200 px. */
function assertFirstScreen(where: Awaited<ReturnType<typeof firstScreen>>) {
  for (const [name, box] of Object.entries(where)) {
    assert.ok(box, `${name} is in the finder`);
    assert.ok(box.height > 0, `${name} is shown`);
    assert.ok(
      box.bottom <= phone.height,
      `${name} ends at ${box.bottom} px, within ${phone.height}`,
    );
  }
  assert.ok(
    (where.helpNow?.height ?? Infinity) <= 200,
    `the help lines take ${where.helpNow?.height} px until expanded`,
  );
}

async function tierChoices(page: Page): Promise<number> {
  return page.evaluate(() => {
    const tiers = document
      .querySelector('polku-finder')
      ?.shadowRoot?.querySelector('[part="tiers"]');
    return tiers?.querySelectorAll('option, input[type="radio"]').length ?? 0;
  });
}

describe('the finder on a 375×812 phone', () => {
  for (const path of ['/examples/third-sector/', '/fi/']) {
    it(`${path}: search, tier choice and 112 in the finder's first screen, no sideways scroll`, async () => {
      const opened = await openPage(browser, `${polku.url}${path}`, { viewport: phone });
      const { page } = opened;
      await waitForCards(page);
      const where = await firstScreen(page);
      assertFirstScreen(where);
      assert.equal(await tierChoices(page), 5, 'four tiers and "all"');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0, 'no sideways scrolling');
      assert.deepEqual(opened.errors, []);
      await opened.close();
    });
  }

  it('/sv/: the search key brings the results into view and reads their heading', async () => {
    const opened = await openPage(browser, `${polku.url}/sv/`, { viewport: phone });
    const { page } = opened;
    await waitForCards(page);
    const input = page.locator('polku-finder input[type="search"]');
    await input.tap();
    await input.fill('vi bråkar hela tiden');
    await input.press('Enter');
    await page.waitForFunction(
      () =>
        document.querySelector('polku-finder')?.shadowRoot?.activeElement?.id === 'results-heading',
      undefined,
      { timeout: 10_000 },
    );
    const heading = await page.evaluate(() => {
      const box = document
        .querySelector('polku-finder')
        ?.shadowRoot?.querySelector('#results-heading')
        ?.getBoundingClientRect();
      return box && { top: box.top, bottom: box.bottom };
    });
    assert.ok(heading, 'the results heading is there');
    assert.ok(
      heading.top >= -1 && heading.top <= phone.height / 4,
      `the results heading stands at the top of the screen (${heading.top}–${heading.bottom} px)`,
    );
    // With the results under it, not below the screen's edge.
    const card = await page.locator('polku-finder [part="card"]').first().boundingBox();
    assert.ok(card && card.y < phone.height / 2, `the first card starts at ${card?.y} px`);
    assert.match(await page.locator('polku-finder [part="card"]').first().innerText(), /\S/);
    assert.deepEqual(opened.errors, []);
    await opened.close();
  });

  it('/fi/: the button beside the field searches at once, in the tier shown', async () => {
    const opened = await openPage(browser, `${polku.url}/fi/?polku-tier=2`, { viewport: phone });
    const { page } = opened;
    await waitForCards(page);
    const finder = page.locator('polku-finder');
    const button = finder.getByRole('button', { name: 'Hae', exact: true });
    const field = finder.locator('#query');
    const [fieldBox, buttonBox] = [await field.boundingBox(), await button.boundingBox()];
    assert.ok(fieldBox && buttonBox, 'the field and its button are shown');
    assert.ok(buttonBox.height >= 44 && buttonBox.width >= 44, 'a button a thumb can hit');
    assert.ok(
      Math.abs(buttonBox.y - fieldBox.y) < 4 && buttonBox.x > fieldBox.x,
      'beside the field',
    );
    await field.tap();
    await field.fill('väsynyt äiti');
    await button.tap();
    await page.waitForFunction(
      () =>
        document.querySelector('polku-finder')?.shadowRoot?.activeElement?.id === 'results-heading',
      undefined,
      { timeout: 10_000 },
    );
    const expected = (
      (await (
        await fetch(`${polku.url}/v1/services?q=v%C3%A4synyt%20%C3%A4iti&tier=2,1&lang=fi`)
      ).json()) as { contents: { name: { fi?: string } }[] }
    ).contents[0]?.name.fi;
    assert.ok(expected, 'the words find services');
    await waitForFirstCard(page, expected, 10_000);
    assert.deepEqual(opened.errors, []);
    await opened.close();
  });

  it('/fi/: every help line one tap away, and nothing serious for axe in each state', async () => {
    const opened = await openPage(browser, `${polku.url}/fi/`, { viewport: phone });
    const { page } = opened;
    await waitForCards(page);
    assert.deepEqual(await axeSerious(page), [], 'results');
    const lines = await page.evaluate(async () => {
      const help = document
        .querySelector('polku-finder')
        ?.shadowRoot?.querySelector('polku-help-now')?.shadowRoot;
      const more = help?.querySelector<HTMLElement>('summary, button[aria-expanded]');
      more?.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      return [...(help?.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]') ?? [])]
        .filter((link) => link.getClientRects().length > 0)
        .map((link) => link.getAttribute('href'));
    });
    assert.deepEqual(lines, [
      'tel:112',
      'tel:0195600150',
      'tel:0925250111',
      'tel:0925250112',
      'tel:0925250113',
      'tel:080005005',
      'tel:116111',
    ]);
    assert.deepEqual(await axeSerious(page), [], 'help lines expanded');
    // The filters, behind their button on a phone.
    const toggle = page.locator('polku-finder .filters-toggle');
    assert.match(await toggle.innerText(), /\(0\)|Rajaa hakua/);
    await toggle.tap();
    await page.locator('polku-finder #filters input[type="checkbox"]').first().waitFor();
    assert.deepEqual(await axeSerious(page), [], 'filters open');
    await opened.close();
  });

  it('with the API down: the tier choice, every help line and a retry, under one heading', async () => {
    // On a host page with the embed: Polku's own pages come with their results (hosted-ssr.test.ts).
    const opened = await openPage(browser, `${polku.url}/examples/third-sector/`, {
      viewport: phone,
      apiDown: true,
    });
    const { page } = opened;
    const retry = page.locator('polku-finder .message.error button');
    await retry.waitFor({ timeout: 20_000 });
    assert.equal(await tierChoices(page), 5, 'the bundled tiers');
    assertFirstScreen(await firstScreen(page));
    const texts = await page.evaluate(() => {
      const root = document.querySelector('polku-finder')?.shadowRoot;
      const own = [...(root?.querySelectorAll('*') ?? [])]
        .filter((element) => element.getClientRects().length > 0)
        .map((element) =>
          [...element.childNodes]
            .filter((node) => node.nodeType === Node.TEXT_NODE)
            .map((node) => node.textContent?.trim())
            .join(''),
        )
        .filter(Boolean);
      return own;
    });
    const title = 'Palveluja ei juuri nyt saatu näkyviin';
    assert.equal(texts.filter((text) => text === title).length, 1, `"${title}" once`);
    assert.equal(texts.filter((text) => text === 'Tukea perheen arkeen').length, 1);
    assert.deepEqual(await axeSerious(page), [], 'error state');
    await opened.close();
  });
});

describe('the hosted family pages', () => {
  it('/sv/ with a family-list link: the two services in order, in Swedish, in the first screen', async () => {
    const search = (await (
      await fetch(`${polku.url}/v1/services?per_page=2&lang=sv&q=familjer%C3%A5dgivning`)
    ).json()) as { contents: { id: string; name: { sv: string } }[] };
    const [first, second] = search.contents;
    assert.ok(first && second, 'two services to link to');
    // Reversed, so the order shown is the link's and not the search's.
    const ids = [second.id, first.id];
    const opened = await openPage(
      browser,
      `${polku.url}/sv/?polku-services=${ids.join(',')}&polku-lang=sv`,
      { viewport: phone },
    );
    const { page } = opened;
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    const names = page.locator('polku-shared-list [part="service"] [role="heading"]');
    await names.first().waitFor({ timeout: 20_000 });
    assert.deepEqual(
      (await names.allInnerTexts()).map((name) => name.trim()),
      [second.name.sv, first.name.sv],
    );
    for (const box of await names.evaluateAll((headings) =>
      headings.map((heading) => heading.getBoundingClientRect().bottom),
    )) {
      assert.ok(box <= phone.height, `a service name ends at ${box} px, in the first screen`);
    }
    // The whole finder below the list.
    const below = await page.evaluate(() => {
      const root = document.querySelector('polku-finder')?.shadowRoot;
      const list = root?.querySelector('polku-shared-list')?.getBoundingClientRect();
      const field = root?.querySelector('input[type="search"]')?.getBoundingClientRect();
      return list && field ? field.top >= list.bottom : false;
    });
    assert.equal(below, true, 'the search field stands below the list');
    await settle(opened);
    assert.deepEqual(await axeSerious(page), []);
    assert.deepEqual(opened.errors, []);
    await opened.close();
  });

  for (const [lang, name, other] of [
    ['fi', 'Itä-Uusimaan hyvinvointialue', '/sv/'],
    ['sv', 'Östra Nylands välfärdsområde', '/fi/'],
    ['en', 'Itä-Uusimaa wellbeing services county', '/fi/'],
  ] as const) {
    it(`/${lang}/: a complete public page in its language, with the county's name`, async () => {
      const response = await fetch(`${polku.url}/${lang}/`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      const opened = await openPage(browser, `${polku.url}/${lang}/`, { viewport: phone });
      const { page } = opened;
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.ok((await page.title()).includes(name), `the title names ${name}`);
      assert.ok((await page.locator('body').innerText()).includes(name));
      assert.equal(await page.locator('h1').count(), 1);
      assert.equal(await page.locator('main polku-finder').count(), 1);
      assert.ok(
        (await page.locator(`a[href$="${other}"]`).count()) > 0,
        'links its other languages',
      );
      // The accessibility statement, in the page's language, answers.
      const statement = await page
        .locator('footer a[href*="/"]')
        .evaluateAll((links) =>
          links
            .map((link) => (link as HTMLAnchorElement).href)
            .filter((href) => /saavutettavuus|tillganglighet|accessibility/.test(href)),
        );
      assert.equal(statement.length, 1, 'one accessibility statement link');
      const statementPage = await fetch(statement[0] as string);
      assert.equal(statementPage.status, 200);
      assert.match(await statementPage.text(), new RegExp(`lang="${lang}"`));
      // No developer wording on a family's page.
      assert.doesNotMatch(
        await page.locator('body').innerText(),
        /\bAPI\b|OpenAPI|\bscript|\bembed|\bupot|\bJSON\b/,
      );
      await waitForCards(page);
      assert.deepEqual(opened.errors, []);
      await opened.close();
    });
  }

  it('/ keeps the developer landing page and links to the family pages', async () => {
    const html = await (await fetch(`${polku.url}/`)).text();
    for (const lang of ['fi', 'sv', 'en']) assert.match(html, new RegExp(`href="/${lang}/"`));
    assert.match(html, /openapi\.yaml/);
  });
});

describe('family-list links', () => {
  it('open the hosted page in the family’s language by default', async () => {
    const opened = await openPage(browser, `${polku.url}/examples/intranet/`);
    const { page } = opened;
    await waitForCards(page);
    await page.locator('polku-finder polku-service-card [part="add-button"]').first().click();
    const list = page.locator('polku-finder polku-family-list');
    await list.locator('[part="item"]').first().waitFor({ timeout: 20_000 });
    await list.locator('select#family-lang').selectOption('sv');
    const link = await list.evaluate((element) => (element as unknown as { link: string }).link);
    assert.match(link, new RegExp(`^${polku.url}/sv/\\?polku-services=[0-9a-f-]+&polku-lang=sv$`));
    await opened.close();
  });
});

// The finder as a guest on any host page (issue 14): it paints its own surfaces, so it reads the
// same on a dark page; `theme` (light, dark, auto) keeps contrast AA in every state, as axe checks;
// and the browser's own print on the intranet page prints the family sheet when the family list
// has services, else the page with the finder.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type RunningPolku, serverAndBrowser } from './harness.js';
import { axeEveryState, axeSerious, desktop, openPage, phone, waitForCards } from './page-tools.js';

let polku: RunningPolku;
let browser: Browser;
serverAndBrowser((running) => {
  ({ polku, browser } = running);
});

/** A dark host page on the Polku server's origin (answered by the test, not the server). */
async function darkHost(
  theme: string | undefined,
  viewport: { width: number; height: number } = desktop,
  colorScheme?: 'dark',
  api: 'up' | 'down' | 'hanging' = 'up',
) {
  const path = `/__test-host/dark-${theme ?? 'none'}.html`;
  const html = `<!doctype html><html lang="fi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Tumma sivu</title>
<style>html { background: #15171a; color: #e9e6df; font-family: sans-serif; }
body { margin: 0 auto; max-width: 70rem; padding: 1rem; } a { color: #9fd3ff; }</style></head>
<body><main><h1>Yhdistyksen tumma sivu</h1>
<polku-finder${theme ? ` theme="${theme}"` : ''}></polku-finder></main>
<script type="module" src="/polku-finder.js"></script></body></html>`;
  const context = await browser.newContext({ viewport, colorScheme: colorScheme ?? 'light' });
  await context.route(`**${path}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  if (api !== 'up') {
    // Down: refused at once; hanging: never answered (the loading state stays).
    await context.route('**/v1/**', (route) =>
      api === 'down' ? route.abort('connectionrefused') : undefined,
    );
  }
  const page = await context.newPage();
  await page.goto(`${polku.url}${path}`);
  if (api === 'up') await waitForCards(page);
  return { page, close: () => context.close() };
}

describe('the finder on a dark host page', () => {
  it('paints its own light surface by default: its text is dark on its own light background', async () => {
    const { page, close } = await darkHost(undefined);
    const colours = await page.evaluate(() => {
      const finder = document.querySelector('polku-finder') as Element;
      const count = finder.shadowRoot?.querySelector('[part="count"]') as Element;
      return {
        background: getComputedStyle(finder).backgroundColor,
        count: getComputedStyle(count).color,
      };
    });
    assert.equal(colours.background, 'rgb(255, 255, 255)');
    assert.equal(colours.count, 'rgb(29, 37, 40)');
    assert.deepEqual(await axeEveryState(page), {});
    await close();
  });

  it('theme="dark": dark surfaces, light text, AA contrast in every state', async () => {
    const { page, close } = await darkHost('dark');
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('polku-finder') as Element).backgroundColor,
    );
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    assert.ok((r ?? 255) + (g ?? 255) + (b ?? 255) < 150, `a dark background, ${background}`);
    assert.deepEqual(await axeEveryState(page), {});
    await close();
  });

  it('theme="dark": AA contrast while loading and with the API down', async () => {
    const loading = await darkHost('dark', phone, undefined, 'hanging');
    await loading.page.locator('polku-finder .message.loading').waitFor({ state: 'attached' });
    assert.deepEqual(await axeSerious(loading.page), [], 'loading');
    await loading.close();
    const down = await darkHost('dark', phone, undefined, 'down');
    await down.page.locator('polku-finder .message.error button').waitFor({ timeout: 20_000 });
    assert.deepEqual(await axeSerious(down.page), [], 'API down');
    await down.close();
  });

  it('theme="auto" follows prefers-color-scheme, on a phone too', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, close } = await darkHost('auto', phone, scheme === 'dark' ? 'dark' : undefined);
      const background = await page.evaluate(
        () => getComputedStyle(document.querySelector('polku-finder') as Element).backgroundColor,
      );
      if (scheme === 'light') assert.equal(background, 'rgb(255, 255, 255)');
      else assert.notEqual(background, 'rgb(255, 255, 255)');
      assert.deepEqual(await axeSerious(page), [], scheme);
      await close();
    }
  });

  it('keeps the chosen tier and the help lines visible in forced colours', async () => {
    const { page, close } = await darkHost('dark');
    await page.emulateMedia({ forcedColors: 'active' });
    const visible = await page.evaluate(() => {
      const root = document.querySelector('polku-finder')?.shadowRoot;
      const tiers = root?.querySelector('[part="tiers"]');
      const call = root
        ?.querySelector('polku-help-now')
        ?.shadowRoot?.querySelector('a[href="tel:112"]');
      return Boolean(tiers?.getClientRects().length && call?.getClientRects().length);
    });
    assert.equal(visible, true);
    await close();
  });
});

describe('printing the intranet page (Ctrl+P)', () => {
  async function printed(page: Page) {
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const shown = await page.evaluate(() => {
      const finder = document.querySelector('polku-finder');
      const list = finder?.shadowRoot?.querySelector('polku-family-list');
      const [heading, cards, sheet] = [
        document.querySelector('h1'),
        finder?.shadowRoot?.querySelector('polku-service-card'),
        list?.shadowRoot?.querySelector('[part="sheet"]'),
      ].map((element) => Boolean(element && element.getClientRects().length > 0));
      return { heading, cards, sheet };
    });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    return shown;
  }

  it('prints the page with the finder while the family list is empty', async () => {
    const opened = await openPage(browser, `${polku.url}/examples/intranet/`);
    await waitForCards(opened.page);
    assert.deepEqual(await printed(opened.page), { heading: true, cards: true, sheet: false });
    await opened.close();
  });

  it('prints the family sheet alone once the list has services, and the page again after', async () => {
    const opened = await openPage(browser, `${polku.url}/examples/intranet/`);
    const { page } = opened;
    await waitForCards(page);
    await page.locator('polku-finder polku-service-card [part="add-button"]').first().click();
    await page
      .locator('polku-finder polku-family-list [part="item"]')
      .first()
      .waitFor({ timeout: 20_000 });
    assert.deepEqual(await printed(page), { heading: false, cards: false, sheet: true });
    // After printing, the screen is as it was.
    assert.equal(await page.locator('h1').isVisible(), true);
    await opened.close();
  });
});

// The example pages and the Node example, as a newcomer meets them after `npm start`: the real
// server (examples/ and the built embed bundle) in-process on a free port, one Chromium for the
// whole file. Every page: no console error, no CSP violation, service headings visible inside the
// finder. The intranet is served with its strict CSP (Trusted Types) from headers.json.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { type RunningPolku, serverAndBrowser } from './harness.js';

const run = promisify(execFile);
const nodeClient = fileURLToPath(new URL('../../examples/node-client/index.mjs', import.meta.url));
let polku: RunningPolku;
let browser: Browser;
serverAndBrowser((running) => {
  ({ polku, browser } = running);
});

interface Opened {
  page: Page;
  /** Console errors, uncaught exceptions, CSP violations and failed requests, as they happen. */
  problems: string[];
  headers: Record<string, string>;
}

async function open(path: string, viewport = { width: 1200, height: 900 }): Promise<Opened> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  // Reported by the page itself too, so a violation is caught even where Chromium logs nothing.
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`,
      );
    });
  });
  const response = await page.goto(`${polku.url}${path}`);
  assert.equal(response?.status(), 200, `${path} answers 200`);
  return { page, problems, headers: response?.headers() ?? {} };
}

/** Waits until the finder shows service cards; returns their headings' text. */
async function resultHeadings(page: Page, finder = 'polku-finder'): Promise<string[]> {
  // Playwright's CSS engine pierces open shadow roots: the finder's, then each card's.
  const headings = page.locator(`${finder} polku-service-card [role="heading"]`);
  await headings.first().waitFor({ state: 'visible', timeout: 15_000 });
  // The text, not `innerText`: a card far below the screen is not laid out yet
  // (`content-visibility: auto`), and `innerText` of what is not laid out is empty.
  const texts = (await headings.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
  assert.ok(texts.length > 0 && texts.every((text) => text.length > 0), 'headings have text');
  return texts;
}

/** Text of the first element matching `inner` in the shadow root of `host`. */
async function shadowText(page: Page, host: string, inner: string): Promise<string> {
  return page.evaluate(
    ([hostSelector, innerSelector]) =>
      document
        .querySelector(hostSelector as string)
        ?.shadowRoot?.querySelector(innerSelector as string)
        ?.textContent?.trim() ?? '',
    [host, inner],
  );
}

async function totalItems(query: string): Promise<number> {
  const response = await fetch(`${polku.url}/v1/services?per_page=1&${query}`);
  return ((await response.json()) as { total_items: number }).total_items;
}

/** Waits until the results count (a live region) names `total`. */
async function waitForCount(page: Page, total: number): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      new RegExp(`\\b${expected}\\b`).test(
        document.querySelector('polku-finder')?.shadowRoot?.querySelector('[part="count"]')
          ?.textContent ?? '',
      ),
    total,
    { timeout: 15_000 },
  );
}

describe('the home page', () => {
  it('shows the finder with results and links to every example, the docs and the spec', async () => {
    const { page, problems } = await open('/');
    assert.equal(await page.getAttribute('html', 'lang'), 'fi');
    await resultHeadings(page);
    assert.equal(
      await shadowText(page, 'polku-finder', 'label[for="tier"]'),
      'Miten teillä menee?',
    );
    const hrefs = await page
      .locator('a[href^="/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const expected of [
      '/examples/third-sector/',
      '/examples/third-sector/sv.html',
      '/examples/intranet/',
      '/examples/node-client/README.md',
      '/docs',
      '/openapi.yaml',
    ]) {
      assert.ok(hrefs.includes(expected), `links to ${expected}`);
    }
    // No dead link on the page a newcomer sees first.
    for (const href of new Set(hrefs)) {
      const response = await fetch(`${polku.url}${href}`);
      assert.equal(response.status, 200, `${href} answers 200`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('the third-sector example', () => {
  const pages = [
    {
      path: '/examples/third-sector/',
      lang: 'fi',
      legend: 'Miten teillä menee?',
      other: 'sv.html',
    },
    {
      path: '/examples/third-sector/sv.html',
      lang: 'sv',
      legend: 'Hur har ni det just nu?',
      other: './',
    },
  ];
  for (const { path, lang, legend, other } of pages) {
    it(`${path}: in ${lang}, Porvoo preset, themed, with results and no errors`, async () => {
      const { page, problems } = await open(path);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await resultHeadings(page);
      assert.equal(await shadowText(page, 'polku-finder', 'label[for="tier"]'), legend);
      // municipality="638": the count is Porvoo's, not the whole catalogue's.
      const porvoo = await totalItems('municipality=638');
      assert.notEqual(porvoo, await totalItems(''));
      await waitForCount(page, porvoo);
      // The association's colours reach the finder's shadow DOM through --polku-*.
      const accent = await page.evaluate(() => {
        const card = document
          .querySelector('polku-finder')
          ?.shadowRoot?.querySelector('polku-service-card')
          ?.shadowRoot?.querySelector('button');
        return card ? getComputedStyle(card).color : '';
      });
      assert.equal(accent, 'rgb(122, 46, 77)');
      assert.equal(await page.locator(`.site-nav a[href="${other}"]`).count(), 1);
      assert.match(
        (await page.locator('.fiction-note').innerText()).toLowerCase(),
        /keksitty|påhittad/,
      );
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('fits a 375 px phone without sideways scrolling', async () => {
    const { page, problems } = await open('/examples/third-sector/', { width: 375, height: 800 });
    await resultHeadings(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.equal(overflow, 0);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('the intranet example', () => {
  it('is served with a strict CSP with Trusted Types, and runs under it without violations', async () => {
    const { page, problems, headers } = await open('/examples/intranet/');
    const policy = headers['content-security-policy'] ?? '';
    assert.match(policy, /require-trusted-types-for 'script'/);
    assert.match(policy, /trusted-types lit-html(;|$)/);
    assert.match(policy, /script-src 'self'(;|$)/);
    assert.match(policy, /style-src 'self'(;|$)/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    // Nothing inline in the page itself: scripts and styles come from files.
    const inline = await page.evaluate(() => ({
      scripts: [...document.scripts].filter((script) => !script.src).length,
      styles: document.querySelectorAll('style, [style]').length,
    }));
    assert.deepEqual(inline, { scripts: 0, styles: 0 });
    await resultHeadings(page);
    // The professional view: every card says whether a referral is needed.
    const referral = await page
      .locator('polku-finder polku-service-card .referral')
      .first()
      .innerText();
    assert.match(referral, /lähete/i);
    await waitForCount(page, await totalItems('chain=perheiden-jaksaminen'));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('switches the page and the elements between Finnish and Swedish', async () => {
    const { page, problems } = await open('/examples/intranet/');
    await resultHeadings(page);
    await page.getByRole('button', { name: 'Svenska' }).click();
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    assert.equal(await page.getAttribute('polku-finder', 'lang'), 'sv');
    assert.equal(
      await page.locator('h1').innerText(),
      'Servicehandledning: stöd för familjers och föräldrars ork',
    );
    assert.equal(
      await page.getByRole('button', { name: 'Svenska' }).getAttribute('aria-pressed'),
      'true',
    );
    await page.waitForFunction(
      () =>
        document.querySelector('polku-finder')?.shadowRoot?.querySelector('label[for="tier"]')
          ?.textContent === 'Hur har ni det just nu?',
    );
    assert.match(new URL(page.url()).search, /lang=sv/);
    await page.getByRole('button', { name: 'Suomi' }).click();
    assert.equal(await page.getAttribute('html', 'lang'), 'fi');
    assert.equal(await page.getAttribute('polku-finder', 'lang'), 'fi');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('opens in Swedish from ?lang=sv', async () => {
    const { page, problems } = await open('/examples/intranet/?lang=sv');
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    await resultHeadings(page);
    assert.equal(
      await shadowText(page, 'polku-finder', 'label[for="tier"]'),
      'Hur har ni det just nu?',
    );
    assert.equal(
      await page.locator('.sidenav a[data-i18n="navChain"]').innerText(),
      'Servicekedjan nivå för nivå',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('the chain page shows the chain tier by tier and adds a service to the family list', async () => {
    const { page, problems, headers } = await open('/examples/intranet/palveluketju.html');
    assert.match(headers['content-security-policy'] ?? '', /trusted-types lit-html/);
    const tiers = page.locator('#ketju > polku-chain [part="tier"]');
    await tiers.first().waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal(await tiers.count(), 4);
    // Beside the chain, the self-check's questions and rules for professionals to review.
    const questions = page.locator('#kysymykset > polku-self-check-review [part="question"]');
    await questions.first().waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal(await questions.count(), 7);
    assert.ok((await page.locator('#kysymykset [part="rule"]').count()) > 0);
    await page.locator('#ketju > polku-chain [part="add-button"]').first().click();
    await page
      .locator('#lista > polku-family-list [part="item"]')
      .first()
      .waitFor({ state: 'visible', timeout: 15_000 });
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.waitForFunction(
      () =>
        document.querySelector('polku-chain')?.shadowRoot?.querySelector('#chain-name')
          ?.textContent === 'Stöd för familjers och föräldrars ork',
    );
    assert.equal(await page.locator('h1').innerText(), 'Servicekedjan nivå för nivå');
    await page.waitForFunction(() =>
      document
        .querySelector('polku-self-check-review')
        ?.shadowRoot?.textContent?.includes('Vilket stöd kunde passa oss nu?'),
    );
    // The way back to the search keeps the language.
    assert.match(
      (await page.locator('.sidenav a[data-i18n="navSearch"]').getAttribute('href')) ?? '',
      /lang=sv/,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('the Node client example', () => {
  it('prints the tier 2 services in Porvoo in Swedish, help lines and per-tier counts', async () => {
    const { stdout } = await run(process.execPath, [nodeClient], {
      env: { ...process.env, POLKU_API: `${polku.url}/v1` },
    });
    const tierTwo = await totalItems('tier=2&municipality=638');
    assert.match(
      stdout,
      new RegExp(`Nivå 2 \\(Föräldraskap med stöd\\) i Borgå: ${tierTwo} tjänster`),
    );
    assert.match(stdout, /Familjerådgivning/);
    assert.match(stdout, /Telefon: /);
    assert.match(stdout, /^ {2}112 /m);
    assert.match(stdout, /019 5600 150 +Östra Nylands social- och krisjour/);
    const total = await totalItems('');
    assert.match(stdout, new RegExp(`Hela katalogen: ${total} tjänster`));
    // Rows: level, services on the tier, services whose lightest tier it is, tier name.
    const rows = [...stdout.matchAll(/^ +([1-4]) +(\d+) +(\d+) {2}\S/gm)].map((row) => ({
      level: Number(row[1]),
      onTier: Number(row[2]),
      lightest: Number(row[3]),
    }));
    assert.deepEqual(
      rows.map((row) => row.level),
      [1, 2, 3, 4],
    );
    assert.equal(
      rows.reduce((sum, row) => sum + row.lightest, 0),
      total,
    );
    const facets = (await (await fetch(`${polku.url}/v1/services?per_page=1`)).json()) as {
      facets: { tier: Record<string, number> };
    };
    for (const row of rows) assert.equal(row.onTier, facets.facets.tier[String(row.level)]);
  });

  it('says clearly that the API is not running, and exits non-zero', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise((resolve) => probe.close(resolve));
    await assert.rejects(
      run(process.execPath, [nodeClient], {
        env: { ...process.env, POLKU_API: `http://127.0.0.1:${port}/v1` },
      }),
      (error: { code?: number; stderr?: string }) => {
        assert.equal(error.code, 1);
        assert.match(error.stderr ?? '', /Kunde inte nå Polku-API:t/);
        assert.match(error.stderr ?? '', /npm start/);
        return true;
      },
    );
  });
});

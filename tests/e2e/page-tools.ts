// What the page-level suites share: a phone or a desktop as Chromium emulates it, the requests a
// page makes, its layout shifts (a `layout-shift` PerformanceObserver, as Core Web Vitals count
// them) and axe over the page and its open shadow roots.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** A phone as the issue describes it: 375×812, touch, a mobile viewport. */
export const phone = { width: 375, height: 812 } as const;
export const desktop = { width: 1350, height: 940 } as const;

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Delays every `/v1` answer, as a real network does (the finder paints before its data). */
  apiDelay?: number;
  /** Delays the embed's scripts, so the host page paints before the elements are defined. */
  scriptDelay?: number;
  /** Answers every `/v1` request with a network error (the API is down). */
  apiDown?: boolean;
  /** For axe on pages with a strict CSP (Trusted Types). */
  bypassCSP?: boolean;
  colorScheme?: 'light' | 'dark';
}

export interface Opened {
  page: Page;
  context: BrowserContext;
  /** Every request the page made, as `path?query` on the server's origin, in order. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  close(): Promise<void>;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function openPage(
  browser: Browser,
  url: string,
  options: OpenOptions = {},
): Promise<Opened> {
  const viewport = options.viewport ?? desktop;
  const mobile = viewport.width < 600;
  const context = await browser.newContext({
    viewport,
    isMobile: mobile,
    hasTouch: mobile,
    deviceScaleFactor: mobile ? 2 : 1,
    bypassCSP: options.bypassCSP ?? false,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const address = new URL(request.url());
    requests.push(
      address.origin === origin ? `${address.pathname}${address.search}` : address.href,
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${String(error)}`));
  if (options.apiDelay || options.apiDown) {
    await page.route('**/v1/**', async (route) => {
      if (options.apiDown) return route.abort('connectionrefused');
      await wait(options.apiDelay ?? 0);
      return route.continue();
    });
  }
  if (options.scriptDelay) {
    await page.route(/\/polku-finder[\w-]*\.js$/, async (route) => {
      await wait(options.scriptDelay ?? 0);
      return route.continue();
    });
  }
  await page.addInitScript(() => {
    const shifts: { value: number; at: number }[] = [];
    (window as unknown as { polkuShifts: typeof shifts }).polkuShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) shifts.push({ value: entry.value, at: entry.startTime });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  return { page, context, requests, errors, close: () => context.close() };
}

/** The cumulative layout shift so far (every shift without recent input, as CLS sums them). */
export async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() =>
    (window as unknown as { polkuShifts: { value: number }[] }).polkuShifts.reduce(
      (sum, shift) => sum + shift.value,
      0,
    ),
  );
}

/** Waits until the finder (`selector`, default the first) shows service cards. */
export async function waitForCards(page: Page, selector = 'polku-finder'): Promise<void> {
  await page.waitForFunction(
    (sel) =>
      (document.querySelector(sel)?.shadowRoot?.querySelectorAll('polku-service-card').length ??
        0) > 0,
    selector,
    { timeout: 20_000 },
  );
}

/** Waits until the first finder's first card is named `name` (a search's results have come). */
export async function waitForFirstCard(page: Page, name: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (first) =>
      document
        .querySelector('polku-finder')
        ?.shadowRoot?.querySelector('polku-service-card')
        ?.shadowRoot?.querySelector('[part="heading"]')
        ?.textContent?.trim() === first,
    name,
    { timeout },
  );
}

/** Waits until nothing has shifted or been requested for `quiet` ms (the page has settled). */
export async function settle(opened: Opened, quiet = 800): Promise<void> {
  let last = -1;
  for (let round = 0; round < 40; round++) {
    const seen = opened.requests.length;
    await wait(quiet);
    if (seen === opened.requests.length && seen === last) return;
    last = opened.requests.length;
  }
}

/** API requests made so far that repeat an earlier one (same path and query, `lang` aside). */
export function repeatedApiRequests(requests: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const request of requests) {
    if (!request.startsWith('/v1')) continue;
    const url = new URL(request, 'http://x');
    url.searchParams.delete('lang');
    const key = `${url.pathname}?${url.searchParams}`;
    if (seen.has(key)) repeated.push(request);
    seen.add(key);
  }
  return repeated;
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** The WCAG 2.1 A and AA rules; `best-practice` adds axe's own (landmarks, heading order). */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeOptions {
  /** Where to look (default the whole page). */
  selector?: string;
  /** Every impact (minor and moderate too), not only serious and critical. */
  everyImpact?: boolean;
  /** axe's best-practice rules besides WCAG's (region, heading-order, landmark-*). */
  bestPractice?: boolean;
}

/**
 * axe over `selector` (default the whole page), its shadow roots included: the violations of the
 * WCAG 2.1 A and AA rules (and axe's best practices if asked), serious and critical unless every
 * impact is asked for. Open the page with `bypassCSP` when it runs under Trusted Types.
 */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const tags = options.bestPractice ? [...wcagTags, 'best-practice'] : wcagTags;
  const violations = await page.evaluate(
    async ({ selector, tags }) => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: unknown,
              options: unknown,
            ): Promise<{
              violations: {
                id: string;
                impact: string | null;
                help: string;
                nodes: { target: unknown[] }[];
              }[];
            }>;
          };
        }
      ).axe;
      const result = await axe.run(selector ?? document, {
        runOnly: { type: 'tag', values: tags },
      });
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => JSON.stringify(node.target)),
      }));
    },
    { selector: options.selector, tags },
  );
  return options.everyImpact
    ? violations
    : violations.filter((found) => found.impact === 'serious' || found.impact === 'critical');
}

/** axe's WCAG 2.1 A and AA violations of impact serious or critical (see `axeViolations`). */
export async function axeSerious(page: Page, selector?: string): Promise<AxeFinding[]> {
  return axeViolations(page, { selector });
}

/**
 * Runs `check` (default `axeSerious`) in each state a person meets on a finder that shows results:
 * results, help lines expanded, filters open, a service's details open, an empty search. Returns
 * the states that had findings. The finder is left with the empty search.
 */
export async function axeEveryState(
  page: Page,
  check: (page: Page) => Promise<AxeFinding[]> = axeSerious,
  finder = 'polku-finder',
): Promise<Record<string, AxeFinding[]>> {
  const found: Record<string, AxeFinding[]> = {};
  found.results = await check(page);
  await page.evaluate((selector) => {
    const help = document
      .querySelector(selector)
      ?.shadowRoot?.querySelector('polku-help-now')?.shadowRoot;
    help?.querySelector<HTMLElement>('summary, button[aria-expanded]')?.click();
  }, finder);
  found.helpLines = await check(page);
  const toggle = page.locator(`${finder} .filters-toggle`);
  if (await toggle.isVisible()) await toggle.click();
  await page.locator(`${finder} #filters input[type="checkbox"]`).first().waitFor();
  found.filters = await check(page);
  await page.locator(`${finder} polku-service-card [part="details-button"]`).first().click();
  await page.locator(`${finder} polku-service-details dialog[open] h3`).first().waitFor();
  found.details = await check(page);
  await page.keyboard.press('Escape');
  await page.locator(`${finder} input[type="search"]`).fill('qwxzvy');
  await page.locator(`${finder} .message.empty`).waitFor({ timeout: 15_000 });
  found.empty = await check(page);
  return Object.fromEntries(Object.entries(found).filter(([, list]) => list.length > 0));
}

/** The y position of `inner` in the finder's shadow tree, relative to the finder's top edge. */
export async function yInFinder(page: Page, inner: string, finder = 'polku-finder') {
  return page.evaluate(
    ([finderSelector, innerSelector]) => {
      const host = document.querySelector(finderSelector as string);
      // Breadth-first through the shadow roots under the finder (no named helper functions:
      // the test's compiler would wrap them in a helper that does not exist in the page).
      let target: Element | null = null;
      const roots: ParentNode[] = host?.shadowRoot ? [host.shadowRoot] : [];
      while (!target && roots.length) {
        const root = roots.shift() as ParentNode;
        target = root.querySelector(innerSelector as string);
        for (const element of root.querySelectorAll('*')) {
          if (element.shadowRoot) roots.push(element.shadowRoot);
        }
      }
      if (!host || !target) return undefined;
      const box = target.getBoundingClientRect();
      return {
        top: Math.round(box.top - host.getBoundingClientRect().top),
        bottom: Math.round(box.bottom - host.getBoundingClientRect().top),
        height: Math.round(box.height),
      };
    },
    [finder, inner],
  );
}

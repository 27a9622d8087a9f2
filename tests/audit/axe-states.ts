// axe on a page Polku serves in each state the tests open: the page after load (light and dark
// colour scheme, a phone and a desktop), and on a finder the help lines, filters, details, an
// empty search, the self-check (its intro, a question, the summary), the family list with a
// service (professional view) and the API down. On Polku's own markup every finding counts, axe's
// best practices included (landmarks, heading order); elsewhere the serious and critical.
import type { Browser, Page } from 'playwright-core';
import {
  type AxeFinding,
  axeEveryState,
  axeViolations,
  desktop,
  openPage,
  phone,
  settle,
  waitForCards,
} from '../e2e/page-tools.js';
import type { ServedPage } from '../e2e/served-pages.js';

/** State name → what axe found there (states without findings left out). */
export type StateFindings = Record<string, AxeFinding[]>;

const inFinder = (page: Page, selector: string) => page.locator(`polku-finder ${selector}`);

/** The self-check opened from the finder's link: its intro, a question, then the summary. */
async function selfCheckStates(page: Page, check: (page: Page) => Promise<AxeFinding[]>) {
  const found: StateFindings = {};
  await inFinder(page, '.self-check-link').click();
  const selfCheck = (selector: string) => inFinder(page, `polku-self-check ${selector}`);
  await selfCheck('.intro button.primary').waitFor({ timeout: 20_000 });
  found.selfCheckIntro = await check(page);
  await selfCheck('.intro button.primary').click();
  await selfCheck('form[part="question"]').waitFor();
  found.selfCheckQuestion = await check(page);
  // The first answer to every question, until the summary.
  for (let question = 0; question < 20; question++) {
    if (await selfCheck('section.summary').count()) break;
    await selfCheck('form[part="question"] input').first().check();
    await selfCheck('form[part="question"] button[type="submit"]').click();
    await selfCheck('form[part="question"], section.summary').first().waitFor();
  }
  await selfCheck('section.summary').waitFor({ timeout: 20_000 });
  found.selfCheckSummary = await check(page);
  return found;
}

/** A service added to the family list beside the results (or the chain) of a professional page. */
async function familyListState(
  page: Page,
  scope: string,
  check: (page: Page) => Promise<AxeFinding[]>,
) {
  await page.locator(`${scope} [part="add-button"]`).first().click();
  await page.locator('polku-family-list [part="item"]').first().waitFor({ timeout: 20_000 });
  return check(page);
}

async function opened(
  browser: Browser,
  url: string,
  served: ServedPage,
  options: Parameters<typeof openPage>[2] = {},
) {
  // axe is injected by script: the page's Trusted Types would refuse it.
  const page = await openPage(browser, url, { bypassCSP: served.trustedTypes, ...options });
  if (served.ready === 'cards' && !options.apiDown) await waitForCards(page.page);
  if (served.ready === 'chain') {
    await page.page.locator('polku-chain [part="tier"]').first().waitFor({ timeout: 20_000 });
  }
  await settle(page, 400);
  return page;
}

/** Every state of `served` that applies, with what axe found in each. */
export async function axeStates(
  browser: Browser,
  origin: string,
  served: ServedPage,
): Promise<StateFindings> {
  const check = (page: Page) =>
    axeViolations(page, { everyImpact: served.own, bestPractice: served.own });
  const url = `${origin}${served.path}`;
  const found: StateFindings = {};
  const loads = [
    ['light, phone', { viewport: phone }],
    ['light, desktop', { viewport: desktop }],
    ['dark, desktop', { viewport: desktop, colorScheme: 'dark' }],
  ] as const;
  for (const [name, options] of loads) {
    const { page, close } = await opened(browser, url, served, options);
    found[name] = await check(page);
    if (served.ready === 'chain' && name === 'light, desktop') {
      found.familyList = await familyListState(page, '#ketju polku-chain', check);
    }
    if (served.ready === 'cards' && name === 'light, phone') {
      if (served.professional) {
        found.familyList = await familyListState(page, 'polku-finder polku-service-card', check);
      }
      Object.assign(found, await axeEveryState(page, check));
      Object.assign(found, await selfCheckStates(page, check));
    }
    await close();
  }
  if (served.ready === 'cards') {
    const { page, close } = await opened(browser, url, served, { viewport: phone, apiDown: true });
    // A server-rendered page comes with its first results: its first request is a search.
    const search = inFinder(page, 'input[type="search"]');
    await search.fill('perheneuvola');
    await search.press('Enter');
    await inFinder(page, '.message.error button').waitFor({ timeout: 20_000 });
    found.apiDown = await check(page);
    await close();
  }
  return Object.fromEntries(Object.entries(found).filter(([, list]) => list.length > 0));
}

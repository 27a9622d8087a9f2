// Driving the self-check the way a keyboard user does (Tab, arrows, Space, Enter, never a click),
// inside a finder against the real API, with every request recorded.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createPolkuClient, preloadClient } from '@polku/client';
import type { LanguageCode, SelfCheck, Service, TierLevel } from '@polku/contract';
import { sendKeys } from '@web/test-runner-commands';
import type { PolkuFinder } from '../../src/index.js';
import { deepActive, shadow } from './helpers.js';

export const api = (window as { POLKU_TEST_API?: string }).POLKU_TEST_API ?? '';

/** A request the page made: through the client (with its body) or seen by Resource Timing. */
export interface Recorded {
  url: string;
  method: string;
  body: string;
}

/** A client whose every request is recorded, and the list it records into. */
export function recordingClient() {
  const requests: Recorded[] = [];
  const client = createPolkuClient({
    baseUrl: api,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push({
        url: request.url,
        method: request.method,
        body: await request.clone().text(),
      });
      return fetch(request);
    },
  });
  return { client, requests };
}

/** The demo self-check and the services of each tier order, read before anything is recorded. */
export async function demoData(): Promise<{
  check: SelfCheck;
  servicesFor: (tier: TierLevel) => Promise<Service[]>;
}> {
  const check = (await (await fetch(`${api}/self-checks/perheen-jaksaminen`)).json()) as SelfCheck;
  const cache = new Map<TierLevel, Service[]>();
  for (const tier of [1, 2, 3, 4] as TierLevel[]) {
    const order = [4, 3, 2, 1].filter((level) => level <= tier).join(',');
    const page = await (
      await fetch(`${api}/services?tier=${order}&chain=perheiden-jaksaminen&per_page=100`)
    ).json();
    cache.set(tier, page.contents as Service[]);
  }
  return { check, servicesFor: async (tier) => cache.get(tier) ?? [] };
}

export interface Opened {
  finder: PolkuFinder;
  selfCheck: HTMLElement & { updateComplete: Promise<unknown> };
  root: ShadowRoot;
  requests: Recorded[];
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Presses Tab until `predicate` holds for the focused element (looking into shadow roots). */
export async function tabTo(predicate: (element: Element) => boolean, what: string) {
  for (let count = 0; count < 250; count++) {
    await press('Tab');
    const active = deepActive();
    if (active && predicate(active)) return active;
  }
  throw new Error(`Tab never reached ${what}`);
}

export const buttonNamed = (name: string) => (element: Element) =>
  element.localName === 'button' && element.textContent?.trim() === name;

/** A finder in `lang` with a recording client; the self-check opened from its link by keyboard. */
export async function openFromFinder(lang: LanguageCode, linkText: string): Promise<Opened> {
  // ky in first, so the finder's own requests (its search, the tiers, the municipalities) leave
  // during its first update, before the recording starts, rather than once ky has loaded.
  await preloadClient();
  const { client, requests } = recordingClient();
  const finder = await fixture<PolkuFinder>(
    html`<polku-finder .client=${client} lang=${lang}></polku-finder>`,
  );
  await finder.updateComplete;
  requests.length = 0;
  performance.clearResourceTimings();
  await tabTo(buttonNamed(linkText), 'the self-check link');
  await press('Enter');
  await waitUntil(() => shadow(finder).querySelector('polku-self-check')?.shadowRoot, 'opened', {
    timeout: 10_000,
  });
  const selfCheck = shadow(finder).querySelector('polku-self-check') as Opened['selfCheck'];
  const root = shadow(selfCheck);
  await waitUntil(() => deepActive()?.id === 'name', 'focus on the self-check', { timeout: 8000 });
  return { finder, selfCheck, root, requests };
}

export function radios(root: ShadowRoot): HTMLInputElement[] {
  return [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Chooses answer `answerId` of the question shown with arrows and Space, then Enter goes on. */
export async function answer(opened: Opened, answerId: string, go = true): Promise<void> {
  const choices = radios(opened.root);
  const target = choices.findIndex((radio) => radio.value === answerId);
  expect(target, `answer ${answerId} is offered`).to.be.greaterThan(-1);
  let at = choices.indexOf(deepActive() as HTMLInputElement);
  expect(at, 'focus is on an answer').to.be.greaterThan(-1);
  while (at < target) {
    await press('ArrowDown');
    at++;
  }
  while (at > target) {
    await press('ArrowUp');
    at--;
  }
  if (!choices[target]?.checked) await press('Space');
  await opened.selfCheck.updateComplete;
  expect(choices[target]?.checked).to.equal(true);
  if (go) {
    await press('Enter');
    await opened.selfCheck.updateComplete;
  }
}

/** The legend of the question shown, without its progress line. */
export function question(root: ShadowRoot): string {
  return text(root.querySelector('legend .question-text'));
}

/** Nothing in cookies, storage, IndexedDB, the Cache API or the URL. */
export async function nothingKept(href: string, historyLength: number): Promise<void> {
  expect(document.cookie, 'cookies').to.equal('');
  expect(localStorage.length, 'localStorage').to.equal(0);
  expect(sessionStorage.length, 'sessionStorage').to.equal(0);
  expect(await indexedDB.databases(), 'IndexedDB').to.deep.equal([]);
  if ('caches' in window) expect(await caches.keys(), 'Cache API').to.deep.equal([]);
  expect(location.href, 'the URL').to.equal(href);
  expect(history.length, 'history entries').to.equal(historyLength);
}

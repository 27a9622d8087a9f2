// Looking into the finder's shadow tree the way a person meets it: text, roles, focus.
import { waitUntil } from '@open-wc/testing';
import type { PolkuFinder, PolkuServiceCard, PolkuServiceDetails } from '../../src/index.js';

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

/** Every element in `root` and in the shadow trees below it. */
export function deepAll(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepAll(element.shadowRoot));
  }
  return found;
}

/** The focused element, looking into shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function cards(finder: PolkuFinder): PolkuServiceCard[] {
  return [...shadow(finder).querySelectorAll('polku-service-card')];
}

export function cardNames(finder: PolkuFinder): string[] {
  return cards(finder).map(
    (card) => shadow(card).querySelector('[role="heading"]')?.textContent?.trim() ?? '',
  );
}

export function statusText(finder: PolkuFinder): string {
  return shadow(finder).querySelector('[role="status"]')?.textContent?.trim() ?? '';
}

export function details(finder: PolkuFinder): PolkuServiceDetails {
  const element = shadow(finder).querySelector('polku-service-details');
  if (!element) throw new Error('no details element');
  return element;
}

export function dialog(finder: PolkuFinder): HTMLDialogElement {
  const element = shadow(details(finder)).querySelector('dialog');
  if (!element) throw new Error('no dialog');
  return element;
}

/** Waits until the finder shows results (or an empty or error message). */
export async function settled(finder: PolkuFinder): Promise<void> {
  await waitUntil(
    () => {
      const list = shadow(finder).querySelector('.list, .message.empty, .message.error');
      return list && list.getAttribute('aria-busy') !== 'true';
    },
    'the finder did not settle',
    { timeout: 8000 },
  );
  await finder.updateComplete;
  await Promise.all(cards(finder).map((card) => card.updateComplete));
}

/** Waits until the finder's results are the services named. */
export async function showsNames(finder: PolkuFinder, predicate: (names: string[]) => boolean) {
  await waitUntil(
    () => predicate(cardNames(finder)),
    `names were ${cardNames(finder).join(', ')}`,
    {
      timeout: 8000,
    },
  );
}

export function tierSelect(finder: PolkuFinder): HTMLSelectElement {
  const select = shadow(finder).querySelector<HTMLSelectElement>('select#tier');
  if (!select) throw new Error('no tier choice');
  return select;
}

/** The tier choice's options: "all" first (value ''), then the tiers by level. */
export function tierOptions(finder: PolkuFinder): HTMLOptionElement[] {
  return [...tierSelect(finder).options];
}

/** Chooses a tier ('' for all) as a person does: the select changes and says so. */
export function chooseTier(finder: PolkuFinder, value: string): void {
  const select = tierSelect(finder);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

export function searchField(finder: PolkuFinder): HTMLInputElement {
  const input = shadow(finder).querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) throw new Error('no search field');
  return input;
}

/** Types into the search field as a person would (one input event per character). */
export function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  for (const character of text) {
    input.value += character;
    input.dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, data: character }),
    );
  }
}

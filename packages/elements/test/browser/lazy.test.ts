// The professional view's elements come from a chunk loaded on demand (load-professional.ts).
// Here the load is made slow or failing on purpose: the results never wait for it, a calm status
// stands in its place, a failure says so with a retry, and an add made meanwhile is not lost.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PolkuFamilyList, PolkuFinder } from '../../src/index.js';
import { laterChunk } from '../../src/load-later.js';
import { professionalChunk } from '../../src/load-professional.js';
import { registerFinderElements } from '../../src/register-finder.js';
import { cards, deepActive, dialog, settled, shadow } from './helpers.js';

registerFinderElements();

const api = (window as { POLKU_TEST_API?: string }).POLKU_TEST_API ?? '';
const realLoad = professionalChunk.load;

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function professional(width: number) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <polku-finder api=${api} view="professional"></polku-finder>
  </div>`);
  const finder = wrapper.querySelector('polku-finder') as PolkuFinder;
  return { wrapper, finder, side: () => shadow(finder).querySelector('.side') };
}

function ladderShown(finder: PolkuFinder): boolean {
  const chain = shadow(finder).querySelector('polku-chain');
  return (chain?.shadowRoot?.querySelectorAll('.ladder > li').length ?? 0) === 4;
}

// First in this file: nothing has loaded the later chunk before it.
describe('the details and filters, loaded right after the first screen', () => {
  const realLater = laterChunk.load;
  after(() => {
    laterChunk.load = realLater;
  });

  it('draws the first screen without them; "More details" pressed meanwhile opens once they come', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    laterChunk.load = () => gate.then(realLater);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px">
      <polku-finder api=${api}></polku-finder>
    </div>`);
    const finder = wrapper.querySelector('polku-finder') as PolkuFinder;
    await settled(finder);
    // Results, tiers and help lines are there; the filter panel waits, marked busy.
    expect(cards(finder).length).to.be.greaterThan(0);
    const filters = shadow(finder).querySelector('#filters');
    expect(filters?.getAttribute('aria-busy')).to.equal('true');
    expect(filters?.querySelector('input')).to.equal(null);
    expect(customElements.get('polku-service-details')).to.equal(undefined);
    const button = shadow(cards(finder)[0] as Element).querySelector<HTMLButtonElement>(
      '[part="details-button"]',
    );
    button?.focus();
    button?.click();
    release();
    await waitUntil(
      () =>
        shadow(finder).querySelector('polku-service-details')?.shadowRoot?.querySelector('dialog')
          ?.open,
      'the details did not open',
      { timeout: 10_000 },
    );
    await waitUntil(() => filters?.querySelector('input[type="checkbox"]'), 'no filters');
    expect(filters?.getAttribute('aria-busy')).to.equal('false');
    await expect(finder).to.be.accessible();
    dialog(finder).close();
    expect(deepActive()).to.equal(button);
  });
});

describe('the professional chunk, loaded on demand', () => {
  after(() => {
    professionalChunk.load = realLoad;
  });

  // One flow, in order: nothing is loaded in this page before it, and a successful load stays.
  it('fails with an error and a retry, shows a calm status while retrying, keeps an add made meanwhile', async () => {
    let attempts = 0;
    professionalChunk.load = () => {
      attempts++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    const { finder, side } = await professional(1280);
    await settled(finder);
    await waitUntil(() => side()?.querySelector('[role="alert"]'), 'no error shown');
    const alert = side()?.querySelector('[role="alert"]');
    expect(text(alert)).to.contain('Perheen palvelulistaa ja palveluketjua ei saatu ladattua.');
    expect(attempts).to.equal(1);
    // The results are there all the same.
    expect(cards(finder).length).to.be.greaterThan(0);
    await expect(finder).to.be.accessible();

    // Retry, with a load that waits until released.
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    professionalChunk.load = () => gate.then(realLoad);
    alert?.querySelector('button')?.click();
    await waitUntil(() => side()?.querySelector('[role="status"]'), 'no loading status');
    expect(text(side()?.querySelector('[role="status"]'))).to.equal(
      'Ladataan perheen palvelulistaa ja palveluketjua…',
    );
    expect(side()?.querySelector('[role="alert"]')).to.equal(null);
    await expect(finder).to.be.accessible();
    // "Add to family list" pressed before the list is there reaches it once it is.
    shadow(cards(finder)[0] as Element)
      .querySelector<HTMLButtonElement>('button.add')
      ?.click();
    release();
    await waitUntil(() => ladderShown(finder), 'the chain did not load', { timeout: 10_000 });
    const list = shadow(finder).querySelector('polku-family-list') as PolkuFamilyList;
    await waitUntil(() => list.items.length === 1, 'the add made while loading was lost');
    await expect(finder).to.be.accessible();
  });

  it('at 400 px: the family list below the results, reached from the results heading', async () => {
    const { finder, side } = await professional(400);
    await settled(finder);
    await waitUntil(() => ladderShown(finder), 'the chain did not load', { timeout: 10_000 });
    const results = shadow(finder).querySelector('.results')?.getBoundingClientRect();
    expect(side()?.getBoundingClientRect().top).to.be.at.least((results?.bottom ?? 0) - 1);
    const jump = shadow(finder).querySelector<HTMLButtonElement>('.list-jump');
    expect(text(jump)).to.equal('Perheen palvelulista (0)');
    jump?.click();
    expect(text(deepActive())).to.match(/^Perheen palvelulista/);
    expect(finder.scrollWidth, 'nothing wider than the screen').to.be.at.most(400);
    await expect(finder).to.be.accessible();
  });

  it('at 1280 px: results and a sticky side column with the list and the compact chain', async () => {
    const { finder, side } = await professional(1280);
    await settled(finder);
    await waitUntil(() => ladderShown(finder), 'the chain did not load', { timeout: 10_000 });
    const results = shadow(finder).querySelector('.results')?.getBoundingClientRect();
    const column = side()?.getBoundingClientRect();
    expect(column?.left).to.be.at.least(results?.right ?? 0);
    expect(getComputedStyle(side() as Element).position).to.equal('sticky');
    expect(shadow(finder).querySelector<HTMLElement>('.list-jump')?.offsetParent).to.equal(null);
    const chain = shadow(finder).querySelector('polku-chain') as Element;
    // Compact: each tier's goal and services in view, the measures behind a disclosure.
    for (const tier of shadow(chain).querySelectorAll('.ladder > li')) {
      expect(text(tier.querySelector('.tier-goal'))).to.match(/^Tavoite: /);
      expect(tier.querySelector('details.tier-more .key-measures')).not.to.equal(null);
      expect(tier.querySelector('details.tier-more')?.hasAttribute('open')).to.equal(false);
    }
    expect(side()?.querySelector('polku-family-list')).not.to.equal(null);
    await expect(finder).to.be.accessible();
    // The whole chain opens in a dialog.
    shadow(chain).querySelector<HTMLButtonElement>('.open-full')?.click();
    await waitUntil(() => shadow(chain).querySelector('dialog')?.open, 'no dialog');
    const full = shadow(chain).querySelector('dialog polku-chain') as Element;
    await waitUntil(() => (full.shadowRoot?.querySelectorAll('.ladder > li').length ?? 0) === 4);
    expect(full.shadowRoot?.querySelector('details')).to.equal(null);
    await expect(finder).to.be.accessible();
    shadow(chain).querySelector('dialog')?.close();
  });
});

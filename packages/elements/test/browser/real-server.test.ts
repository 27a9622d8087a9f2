// The finder against the real Polku server with the demo catalogue (started by the wtr config).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type PolkuFinder, registerPolkuElements } from '../../src/index.js';
import {
  cards,
  chooseTier,
  dialog,
  searchField,
  settled,
  shadow,
  statusText,
  tierOptions,
} from './helpers.js';

registerPolkuElements();

const api = (window as { POLKU_TEST_API?: string }).POLKU_TEST_API ?? '';

describe('<polku-finder> against the real API', () => {
  it('shows the four tiers from /v1/tiers and the demo services', async () => {
    const element = await fixture<PolkuFinder>(
      html`<polku-finder api=${api} lang="fi"></polku-finder>`,
    );
    await settled(element);
    expect(tierOptions(element)).to.have.length(5, 'four tiers and "show all"');
    expect(tierOptions(element)[1]?.textContent?.trim()).to.equal(
      'Arki sujuu, etsimme tietoa ja vertaistukea',
    );
    expect(cards(element).length).to.be.greaterThan(0);
    expect(statusText(element)).to.match(/^Löytyi \d+ palvelua$/);
    await expect(element).to.be.accessible();
  });

  it('finds services by a lay word, a tier first, and opens one', async () => {
    const element = await fixture<PolkuFinder>(
      html`<polku-finder api=${api} lang="sv"></polku-finder>`,
    );
    await settled(element);
    const total = Number(statusText(element).match(/\d+/)?.[0]);
    searchField(element).focus();
    await sendKeys({ type: 'trött' });
    await waitUntil(
      () =>
        /\d/.test(statusText(element)) && Number(statusText(element).match(/\d+/)?.[0]) !== total,
      'the search narrowed',
      { timeout: 8000 },
    );
    await settled(element);
    chooseTier(element, '3');
    await settled(element);
    const groups = shadow(element).querySelectorAll('.group-heading');
    if (cards(element).length) expect(groups.length).to.be.greaterThan(0);
    const first = cards(element)[0];
    if (first) {
      shadow(first).querySelector('button')?.click();
      await waitUntil(() => dialog(element).open);
      await expect(element).to.be.accessible();
      dialog(element).close();
    }
  });
});

// The first results are drawn in two steps (staged-cards.ts): the cards a first screen holds in
// the first frame, the rest once it is painted; `updateComplete` waits for all of them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { firstCards } from '../../src/finder/staged-cards.js';
import { type PolkuFinder, registerPolkuElements } from '../../src/index.js';
import { services, stubClient } from './fixtures.js';
import { cardNames, cards, statusText } from './helpers.js';

registerPolkuElements();

const many = Array.from({ length: firstCards + 8 }, (_, index) => ({
  ...(services[0] as (typeof services)[number]),
  id: `palvelu-${index}`,
  name: { fi: `Palvelu ${index + 1}` },
}));

describe('the first results of <polku-finder>', () => {
  it('draws the first screen’s cards first, the rest after that frame, in order', async () => {
    // Animation frames held back: the first frame's cards stand alone until they are let go.
    const held: FrameRequestCallback[] = [];
    const requestFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => held.push(callback);
    let element: PolkuFinder;
    try {
      element = await fixture<PolkuFinder>(
        html`<polku-finder lang="fi" .client=${stubClient({ services: many }).client}></polku-finder>`,
      );
      await waitUntil(() => cards(element).length > 0, 'no cards', { interval: 5 });
      expect(cards(element)).to.have.length(firstCards);
      expect(statusText(element)).to.equal(`Löytyi ${many.length} palvelua`);
    } finally {
      window.requestAnimationFrame = requestFrame;
    }
    for (const callback of held) callback(performance.now());
    await element.updateComplete;
    expect(cardNames(element)).to.deep.equal(many.map((service) => service.name.fi));
  });
});

// The embed's order of events: the markup is on the page before the elements are defined.
import { expect, waitUntil } from '@open-wc/testing';
import { define, PolkuFinder, registerPolkuElements } from '../../src/index.js';
import { stubClient } from './fixtures.js';
import { cardNames, settled, shadow } from './helpers.js';

describe('markup before the script', () => {
  it('upgrades a finder (and the elements it provides context to) defined after its markup', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<polku-finder lang="sv" tier="2"></polku-finder>';
    document.body.append(host);
    const element = host.querySelector('polku-finder') as PolkuFinder;
    // Set before the upgrade, as a bundler user's code might; Lit keeps it.
    (element as { client?: unknown }).client = stubClient().client;
    expect(customElements.get('polku-finder')).to.equal(undefined);
    registerPolkuElements();
    expect(element).to.be.instanceOf(PolkuFinder);
    await settled(element);
    await waitUntil(() => cardNames(element).length === 4);
    expect(cardNames(element)[0]).to.equal('Familjerådgivning');
    const card = shadow(element).querySelector('polku-service-card');
    // The card got the tiers through context: its badge names the tier.
    expect(shadow(card as Element).textContent).to.contain('Nivå 2 · Föräldraskap med stöd');
    host.remove();
  });

  it('warns instead of throwing when another copy defined a tag', () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      registerPolkuElements();
      expect(warnings, 'registering the same classes again is silent').to.have.length(0);
      expect(() => define('polku-finder', class extends HTMLElement {})).not.to.throw();
      expect(warnings).to.deep.equal([
        '<polku-finder> is already defined by another copy of Polku',
      ]);
    } finally {
      console.warn = warn;
    }
  });
});

// The finder's first screen and its states, as issue 14 found them wanting: the tier choice and
// the help lines without the API, one heading in every state, a count that never states an old
// number while a search runs, a short polite announcement, a way to skip to the results, and a
// compact help-now line with every line one tap away.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type PolkuFinder, registerPolkuElements } from '../../src/index.js';
import { stubClient } from './fixtures.js';
import { cards, deepActive, settled, shadow, statusText } from './helpers.js';

registerPolkuElements();

async function finder(stub = stubClient(), width = 375) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <button id="before">before</button>
    <polku-finder lang="fi" .client=${stub.client}></polku-finder>
  </div>`);
  return wrapper.querySelector('polku-finder') as PolkuFinder;
}

function tierChoices(element: PolkuFinder): string[] {
  const tiers = shadow(element).querySelector('[part="tiers"]');
  return [...(tiers?.querySelectorAll('option') ?? [])].map((option) => option.value);
}

/** Visible texts of the finder's own shadow tree (each element's own text nodes). */
function ownTexts(element: PolkuFinder): string[] {
  return [...shadow(element).querySelectorAll('*')]
    .filter((node) => node.getClientRects().length > 0)
    .map((node) =>
      [...node.childNodes]
        .filter((child) => child.nodeType === Node.TEXT_NODE)
        .map((child) => child.textContent?.trim())
        .join(''),
    )
    .filter(Boolean);
}

describe('<polku-finder> first screen and states', () => {
  it('offers the four tiers and "all" before the API answers, and when it is down', async () => {
    const stub = stubClient({ hang: true, down: true });
    const element = await finder(stub);
    expect(tierChoices(element)).to.deep.equal(['', '1', '2', '3', '4']);
    await expect(element).to.be.accessible();
  });

  it('with the API down: tier choice, help lines and a retry, the error said once', async () => {
    const element = await finder(stubClient({ down: true }));
    await settled(element);
    expect(tierChoices(element)).to.have.length(5);
    const error = shadow(element).querySelector('.message.error');
    expect(error?.querySelector('button')?.textContent?.trim()).to.equal('Yritä uudelleen');
    const title = 'Palveluja ei juuri nyt saatu näkyviin';
    expect(ownTexts(element).filter((text) => text === title)).to.have.length(1);
    expect(ownTexts(element).filter((text) => text === 'Tukea perheen arkeen')).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('says a search is running instead of the old count, and announces only the new one', async () => {
    const stub = stubClient({ delay: 600 });
    const element = await finder(stub);
    await settled(element);
    expect(statusText(element)).to.equal('Löytyi 6 palvelua');
    const field = shadow(element).querySelector<HTMLInputElement>('input[type="search"]');
    field?.focus();
    await sendKeys({ type: 'perhe' });
    await waitUntil(() => stub.searches.at(-1)?.params.q === 'perhe', 'the search started');
    await element.updateComplete;
    const count = shadow(element).querySelector('[part="count"]');
    expect(count?.textContent?.trim()).not.to.contain('6');
    expect(count?.textContent?.trim()).to.equal('Haetaan palveluja…');
    // A polite live region, quiet while busy: the reader hears the result, not each step.
    expect(count?.getAttribute('role')).to.equal('status');
    expect(count?.getAttribute('aria-busy')).to.equal('true');
    await settled(element);
    expect(count?.getAttribute('aria-busy')).to.equal('false');
    expect(statusText(element)).to.match(/^Löytyi \d+ palvelua?$/);
  });

  it('starts with a "skip to results" link that takes focus to the results', async () => {
    const element = await finder(stubClient(), 1000);
    await settled(element);
    const before = element.parentElement?.querySelector<HTMLButtonElement>('#before');
    before?.focus();
    await sendKeys({ press: 'Tab' });
    const skip = deepActive();
    expect(skip?.textContent?.trim()).to.equal('Siirry hakutuloksiin');
    await sendKeys({ press: 'Enter' });
    await aTimeout(50);
    expect(deepActive()?.id).to.equal('results-heading');
    // From there, the first result is one Tab away.
    await sendKeys({ press: 'Tab' });
    const firstCard = cards(element)[0];
    expect(firstCard && shadow(firstCard).contains(deepActive())).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('shows a compact help-now line: 112 and the crisis service, the rest one tap away', async () => {
    // The bundled lines (the API is down): the emergency ones in the line, five behind "more".
    const element = await finder(stubClient({ down: true }));
    await settled(element);
    const help = shadow(element).querySelector('polku-help-now') as HTMLElement;
    const shown = () =>
      [...shadow(help).querySelectorAll('a[href^="tel:"]')]
        .filter((link) => link.checkVisibility())
        .map((link) => link.getAttribute('href'));
    expect(shown()).to.deep.equal(['tel:112', 'tel:0195600150']);
    expect(help.getBoundingClientRect().height).to.be.at.most(200);
    const more = shadow(help).querySelector<HTMLElement>('summary');
    expect(more?.textContent).to.match(/Lisää auttavia puhelimia/);
    more?.click();
    await aTimeout(20);
    expect(shown()).to.have.length(7);
    await expect(element).to.be.accessible();
  });
});

// The professional view of <polku-finder> against the real API: the chain beside the results,
// the family list filled from the finder by keyboard, the printed sheet and the family's link.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createPolkuClient } from '@polku/client';
import { pickText } from '@polku/contract';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  type PolkuChain,
  type PolkuFamilyList,
  type PolkuFinder,
  type PolkuSharedList,
  registerPolkuElements,
} from '../../src/index.js';
import { cardNames, cards, deepActive, dialog, settled, shadow } from './helpers.js';

registerPolkuElements();

const api = (window as { POLKU_TEST_API?: string }).POLKU_TEST_API ?? '';

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function part<T extends Element>(finder: PolkuFinder, selector: string): T {
  const element = shadow(finder).querySelector<T>(selector);
  if (!element) throw new Error(`no ${selector} in the finder`);
  return element;
}

function listNames(list: PolkuFamilyList): string[] {
  return [...shadow(list).querySelectorAll('.items > li .name')].map((name) =>
    text(name).replace(/^\d+\.\s*/, ''),
  );
}

function addButton(finder: PolkuFinder, index: number): HTMLButtonElement {
  const card = cards(finder)[index];
  const button = card && shadow(card).querySelector<HTMLButtonElement>('button.add');
  if (!button) throw new Error(`no add button on card ${index}`);
  return button;
}

/** A professional finder at `width` px, with results and the chain's ladder shown. */
async function professional(width = 1400, lang = 'fi') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <p id="host-chrome">The intranet's own page</p>
    <polku-finder api=${api} lang=${lang} view="professional"></polku-finder>
  </div>`);
  const finder = wrapper.querySelector('polku-finder') as PolkuFinder;
  await settled(finder);
  await waitUntil(
    () => {
      const chain = shadow(finder).querySelector('polku-chain');
      return (chain?.shadowRoot?.querySelectorAll('.ladder > li').length ?? 0) === 4;
    },
    'the chain ladder did not load',
    { timeout: 10_000 },
  );
  return { wrapper, finder, list: part<PolkuFamilyList>(finder, 'polku-family-list') };
}

/** Adds card `index` by keyboard: Tab from its "More details" button, then Enter. */
async function addByKeyboard(finder: PolkuFinder, index: number) {
  const card = cards(finder)[index];
  shadow(card as Element)
    .querySelector<HTMLButtonElement>('[part="details-button"]')
    ?.focus();
  await sendKeys({ press: 'Tab' });
  expect(deepActive() === addButton(finder, index), 'Tab reaches the add button').to.equal(true);
  await sendKeys({ press: 'Enter' });
}

describe('<polku-finder view="professional">', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('shows the chain ladder with all four tiers beside the results, referral on the cards', async () => {
    const { finder } = await professional(1400);
    const chain = part<PolkuChain>(finder, 'polku-chain');
    expect(chain.chain).to.equal('perheiden-jaksaminen');
    const tiers = [...shadow(chain).querySelectorAll('.ladder > li')];
    expect(tiers.map((tier) => tier.getAttribute('data-level'))).to.deep.equal([
      '1',
      '2',
      '3',
      '4',
    ]);
    for (const tier of tiers) {
      expect(text(tier.querySelector('.tier-goal'))).to.match(/^Tavoite: .{10,}/);
      expect(tier.querySelectorAll('.key-measures li').length).to.be.greaterThan(0);
      expect(tier.querySelectorAll('.risks li').length).to.be.greaterThan(0);
    }
    // Beside: the chain's column starts right of the results and level with them.
    const results = part(finder, '.results').getBoundingClientRect();
    const side = part(finder, '.side').getBoundingClientRect();
    expect(side.left).to.be.at.least(results.right);
    expect(Math.abs(side.top - results.top)).to.be.below(40);
    // Cards say who provides and what referral is needed.
    const cardText = cards(finder).map((card) => text(shadow(card).querySelector('article')));
    expect(cardText.some((t) => /Lähete: (tarvitaan|ei tarvita)/.test(t))).to.equal(true);
    expect(text(shadow(cards(finder)[0] as Element).querySelector('.add'))).to.match(
      /^Lisää perheen listalle: /,
    );
    await expect(finder).to.be.accessible();
  });

  it('puts the chain below the results on a narrow screen', async () => {
    const { finder } = await professional(400);
    const results = part(finder, '.results').getBoundingClientRect();
    const side = part(finder, '.side').getBoundingClientRect();
    expect(side.top).to.be.at.least(results.bottom - 1);
    expect(finder.scrollWidth, 'nothing wider than the screen').to.be.at.most(400);
  });

  it('takes the chain from the chain attribute', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <polku-finder api=${api} view="professional" chain="ei-tallaista-ketjua"></polku-finder>
    </div>`);
    const finder = wrapper.querySelector('polku-finder') as PolkuFinder;
    await settled(finder);
    await waitUntil(() => shadow(finder).querySelector('polku-chain'));
    expect(part<PolkuChain>(finder, 'polku-chain').chain).to.equal('ei-tallaista-ketjua');
    await waitUntil(() =>
      text(part<PolkuChain>(finder, 'polku-chain').shadowRoot?.querySelector('[role="alert"]')),
    );
  });

  it('adds, reorders and removes in the family list by keyboard from the finder', async () => {
    const { wrapper, finder, list } = await professional();
    // A list elsewhere on the page does not get this finder's adds.
    const other = document.createElement('polku-family-list');
    wrapper.append(other);
    let changes = 0;
    finder.addEventListener('polku-list-change', () => changes++);
    const names = cardNames(finder).slice(0, 3);
    for (const index of [0, 1, 2]) await addByKeyboard(finder, index);
    await waitUntil(() => listNames(list).join('|') === names.join('|'), 'the list filled', {
      timeout: 8000,
    });
    expect(changes).to.equal(3);
    expect(other.items).to.have.length(0);
    // The card says so, and focus stayed on it.
    await waitUntil(() => addButton(finder, 0).getAttribute('aria-disabled') === 'true');
    expect(text(addButton(finder, 0))).to.match(/^✓ Perheen listalla/);
    expect(deepActive() === addButton(finder, 2)).to.equal(true);
    await waitUntil(() => text(shadow(list).querySelector('[role="status"]')).includes('lisätty'));

    // Move the first one down with the keyboard; focus follows it.
    const id = list.items[0]?.id as string;
    shadow(list)
      .querySelector<HTMLButtonElement>(`li[data-id="${id}"] button[data-action="down"]`)
      ?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => listNames(list).join('|') === [names[1], names[0], names[2]].join('|'));
    const moved = shadow(list).activeElement;
    expect(moved?.closest('li')?.getAttribute('data-id')).to.equal(id);
    expect(moved?.getAttribute('data-action')).to.equal('down');

    // Remove it: the card offers the add button again.
    shadow(list)
      .querySelector<HTMLButtonElement>(`li[data-id="${id}"] button[data-action="remove"]`)
      ?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => listNames(list).join('|') === [names[1], names[2]].join('|'));
    await waitUntil(() => addButton(finder, 0).getAttribute('aria-disabled') === 'false');
    expect(changes).to.equal(5);
    await expect(finder).to.be.accessible();
  });

  it('adds from the details dialog and from the chain', async () => {
    const { finder, list } = await professional();
    shadow(cards(finder)[1] as Element)
      .querySelector<HTMLButtonElement>('[part="details-button"]')
      ?.click();
    await waitUntil(() => dialog(finder).open);
    const details = part(finder, 'polku-service-details');
    await waitUntil(() => shadow(details).querySelector('button.add'));
    shadow(details).querySelector<HTMLButtonElement>('button.add')?.click();
    await waitUntil(() => list.items.length === 1);
    await waitUntil(() => text(shadow(details).querySelector('button.add')).includes('listalla'));
    dialog(finder).close();
    const chain = part<PolkuChain>(finder, 'polku-chain');
    shadow(chain).querySelector<HTMLButtonElement>('.ladder button.add')?.click();
    await waitUntil(() => list.items.length === 2);
  });

  it('prints only the family sheet with the chosen services and notes, on A4', async () => {
    const { finder, list } = await professional();
    const names = cardNames(finder).slice(0, 2);
    addButton(finder, 1).click();
    addButton(finder, 0).click();
    await waitUntil(() => listNames(list).join('|') === [names[1], names[0]].join('|'));
    list.setNote(list.items[0]?.id as string, 'Soittakaa maanantaina');
    const print = window.print;
    let printed = 0;
    window.print = () => {
      printed++;
    };
    try {
      const button = [...shadow(list).querySelectorAll<HTMLButtonElement>('.buttons button')][0];
      button?.click();
      await waitUntil(() => printed === 1, 'print was not called');
      await emulateMedia({ media: 'print' });
      const sheet = shadow(list).querySelector<HTMLElement>('.sheet');
      expect(sheet?.offsetHeight).to.be.greaterThan(0);
      expect([...(sheet?.querySelectorAll('.sheet-service h3') ?? [])].map(text)).to.deep.equal([
        names[1],
        names[0],
      ]);
      expect(text(sheet)).to.contain('Soittakaa maanantaina');
      expect(text(sheet)).to.contain('112');
      // No finder chrome and none of the host page on paper.
      for (const selector of ['.intro', 'polku-help-now', '.search', '.results', 'polku-chain']) {
        expect(getComputedStyle(part(finder, selector)).display, selector).to.equal('none');
      }
      expect(getComputedStyle(part(finder, '.filters-area')).display).to.equal('none');
      expect(getComputedStyle(document.getElementById('host-chrome') as Element).display).to.equal(
        'none',
      );
      expect(getComputedStyle(shadow(list).querySelector('.screen') as Element).display).to.equal(
        'none',
      );
      const pageRules = document.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule) => rule instanceof CSSPageRule)
        .map((rule) => rule.cssText);
      expect(pageRules.join()).to.match(/size: a4/i);
      // After the print dialog the page is whole again.
      window.dispatchEvent(new Event('afterprint'));
      expect(getComputedStyle(part(finder, '.results')).display).not.to.equal('none');
      expect(list.hasAttribute('printing')).to.equal(false);
    } finally {
      window.print = print;
    }
  });

  it("gives a link that reproduces the list in the family's language", async () => {
    const original = location.href;
    const { finder, list } = await professional();
    for (const index of [2, 0, 1]) addButton(finder, index).click();
    await waitUntil(() => list.items.length === 3);
    list.familyLang = 'sv';
    list.setNote(list.items[0]?.id as string, 'Salainen');
    const ids = list.items.map((item) => item.id);
    const link = list.link;
    expect(link).not.to.contain('Salainen');
    // By default the link opens Polku's own page for families, in the family's language.
    expect(link.startsWith(`${new URL('../sv/', `${api}/`).href}?polku-services=`)).to.equal(true);
    const client = createPolkuClient({ baseUrl: api });
    const page = await client.services.search({ id: ids, lang: 'sv' });
    const svNames = ids.map(
      (id) => pickText(page.contents.find((service) => service.id === id)?.name, 'sv')?.text,
    );
    try {
      // Here the page of this test plays the family's page (the API's origin is another).
      history.replaceState(null, '', new URL(link).search);
      // The family opens the link on a page whose own language is Finnish.
      const opened = await fixture<PolkuFinder>(
        html`<polku-finder api=${api} lang="fi"></polku-finder>`,
      );
      await waitUntil(() => shadow(opened).querySelector('polku-shared-list'));
      const sharedList = part<PolkuSharedList>(opened, 'polku-shared-list');
      await waitUntil(
        () => shadow(sharedList).querySelectorAll('.services > li').length === 3,
        'the shared services did not load',
        { timeout: 8000 },
      );
      const shown = [
        ...shadow(sharedList).querySelectorAll('.services > li .name > span:first-child'),
      ].map(text);
      expect(shown).to.deep.equal(svNames);
      expect(shadow(sharedList).querySelector('section')?.getAttribute('lang')).to.equal('sv');
      // The whole finder below the list, in the family's language.
      await settled(opened);
      const listBottom = sharedList.getBoundingClientRect().bottom;
      const field = shadow(opened).querySelector('input[type="search"]') as Element;
      expect(field.getBoundingClientRect().top).to.be.at.least(listBottom);
      expect(text(shadow(opened).querySelector('label[for="query"]'))).to.equal('Sök tjänster');
      await expect(opened).to.be.accessible();
      // "Show all services" leads past the list to the finder.
      const all = [...shadow(opened).querySelectorAll('button')].find(
        (button) => text(button) === 'Visa alla tjänster',
      );
      all?.click();
      expect(text(deepActive())).to.equal('Stöd i familjens vardag');
    } finally {
      history.replaceState(null, '', original);
    }
  });
});

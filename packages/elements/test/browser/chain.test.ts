import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PolkuClient } from '@polku/client';
import type { ServiceChain, Tier } from '@polku/contract';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/chain/register.js';
import type { PolkuChain } from '../../src/chain/chain.js';

declare global {
  interface Window {
    POLKU_TEST_API: string;
  }
}

const api = window.POLKU_TEST_API;

// The demo chain's Finnish texts, tier by tier (packages/catalogue/data/.../perheiden-jaksaminen).
const demoTiers = [
  {
    goal: 'Perhe löytää itse tarvitsemansa tuen ja ratkaisut arkeen',
    keyMeasure: 'Perheen kohtaaminen',
    risk: 'Parisuhdeongelmat',
  },
  {
    goal: 'Perheen avuntarpeeseen vastataan ja ehkäistään pidempiaikainen avuntarve',
    keyMeasure: 'Moniammatillinen asiakas- ja palveluohjaus varhaisessa vaiheessa',
    risk: 'Yhteistyö ei toimi',
  },
  {
    goal: 'Perheen/vanhempien toimintakyky (hallinnan tunne) palautuu',
    keyMeasure: 'Perusteellinen palvelutarpeen arviointi',
    risk: 'Palvelukokonaisuuden koordinaatio ei toimi',
  },
  {
    goal: 'Perheen kaikkien jäsenten riittävä toimintakyky',
    keyMeasure: 'Lastensuojelun avohuollon tarjoamat toimenpiteet',
    risk: 'Vastentahtoisesti palveluissa',
  },
];

function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

async function loaded(el: PolkuChain): Promise<void> {
  await waitUntil(
    () => shadow(el).querySelector('.ladder') || shadow(el).querySelector('[role="alert"]'),
    'the chain did not load',
    { timeout: 10_000 },
  );
  await el.updateComplete;
}

function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A client stub whose chain request the test controls. */
function stubClient(chains: { get: () => Promise<ServiceChain> }): PolkuClient {
  const tiers: Tier[] = [];
  return {
    chains,
    tiers: { list: async () => ({ contents: tiers }) },
  } as unknown as PolkuClient; // only the methods the chain calls
}

describe('<polku-chain>', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('shows the facts and all four tiers with their goals, key measures and risks', async () => {
    const el = await fixture<PolkuChain>(
      html`<polku-chain chain="perheiden-jaksaminen" api=${api} lang="fi"></polku-chain>`,
    );
    await loaded(el);
    const root = shadow(el);
    expect(text(root.querySelector('.chain-name'))).to.equal(
      'Perheiden ja vanhempien jaksamisen tukeminen',
    );
    expect(text(root.querySelector('.facts'))).to.contain('Perheiden ja vanhempien uupuminen');
    expect(text(root.querySelector('.facts'))).to.contain('Lapsiperheet');
    expect(text(root.querySelector('.main-goal'))).to.contain(
      'Korjaavien palveluiden käyttö vähenee',
    );
    expect(text(root)).to.contain('Riskitekijöiden tunnistaminen'); // a guiding principle

    const tiers = [...root.querySelectorAll('.ladder > li.tier')];
    expect(tiers.map((tier) => tier.getAttribute('data-level'))).to.deep.equal([
      '1',
      '2',
      '3',
      '4',
    ]);
    tiers.forEach((tier, index) => {
      const expected = demoTiers[index];
      if (!expected) throw new Error('unexpected tier');
      expect(text(tier.querySelector('.tier-name'))).to.contain(`Taso ${index + 1}`);
      expect(text(tier.querySelector('.tier-goal'))).to.contain(expected.goal);
      const measures = [...tier.querySelectorAll('.key-measures li')].map(text);
      expect(measures).to.include(expected.keyMeasure);
      const risks = [...tier.querySelectorAll('.risks li')].map(text);
      expect(risks).to.include(expected.risk);
      expect(tier.querySelectorAll('.indicators li').length).to.be.greaterThan(0);
      expect(tier.querySelectorAll('.effectiveness li').length).to.be.greaterThan(0);
    });
    // Tier names come from /v1/tiers, as data.
    expect(text(tiers[0]?.querySelector('.tier-name'))).to.contain('Itsenäinen vanhemmuus');
    // Tier 2 lists services, each a button that opens the details.
    expect(tiers[1]?.querySelectorAll('.services button.service-name').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('nests its headings under heading-level without skipping a level', async () => {
    const el = await fixture<PolkuChain>(
      html`<polku-chain chain="perheiden-jaksaminen" api=${api} heading-level="3"></polku-chain>`,
    );
    await loaded(el);
    const levels = [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) =>
      Number(heading.tagName.slice(1)),
    );
    expect(levels[0]).to.equal(3);
    expect(Math.min(...levels)).to.equal(3);
    expect(Math.max(...levels)).to.equal(6);
    levels.forEach((level, index) => {
      if (index > 0) expect(level).to.be.at.most((levels[index - 1] ?? 0) + 1);
    });
    // Each tier is a heading one level below "Palvelutarvetasot".
    const tierHeadings = [...shadow(el).querySelectorAll('.tier-name')];
    expect(tierHeadings.map((heading) => heading.tagName)).to.deep.equal(['H5', 'H5', 'H5', 'H5']);
  });

  it('speaks Swedish from its lang attribute', async () => {
    const el = await fixture<PolkuChain>(
      html`<polku-chain chain="perheiden-jaksaminen" api=${api} lang="sv"></polku-chain>`,
    );
    await loaded(el);
    const root = shadow(el);
    expect(text(root.querySelector('.chain-name'))).to.equal(
      'Stöd för familjers och föräldrars ork',
    );
    expect(text(root.querySelector('.tier .tier-name'))).to.contain('Nivå 1');
    expect(text(root.querySelector('.tier .tier-goal'))).to.contain(
      'Familjen hittar själv det stöd och de lösningar den behöver i vardagen',
    );
    expect(root.querySelector('#ladder')?.textContent).to.contain('Nivåer av servicebehov');
  });

  it('is accessible while loading, and on error offers a retry that works', async () => {
    let answer: (chain: ServiceChain) => void = () => {};
    let calls = 0;
    const real = (await (
      await fetch(`${api}/service-chains/perheiden-jaksaminen`)
    ).json()) as ServiceChain;
    const client = stubClient({
      get: () => {
        calls += 1;
        if (calls === 1) return Promise.reject(Object.assign(new Error('down'), { status: 503 }));
        return new Promise<ServiceChain>((resolve) => {
          answer = resolve;
        });
      },
    });
    const el = await fixture<PolkuChain>(
      html`<polku-chain chain="perheiden-jaksaminen" .client=${client}></polku-chain>`,
    );
    await loaded(el);
    const root = shadow(el);
    expect(text(root.querySelector('[role="alert"]'))).to.contain(
      'Palveluketjua ei saatu ladattua',
    );
    await expect(el).to.be.accessible();

    const retry = [...root.querySelectorAll('button')].find((b) => text(b) === 'Yritä uudelleen');
    retry?.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(root.querySelector('[role="status"]'))).to.contain('Ladataan palveluketjua');
    await expect(el).to.be.accessible();

    answer(real);
    await waitUntil(() => root.querySelector('.ladder'), 'the retry did not load the chain');
    expect(calls).to.equal(2);
  });

  it('tells "not found" from "down"', async () => {
    const el = await fixture<PolkuChain>(
      html`<polku-chain chain="ei-tallaista" api=${api} lang="en"></polku-chain>`,
    );
    await loaded(el);
    expect(text(shadow(el).querySelector('[role="alert"]'))).to.contain(
      'The service chain was not found.',
    );
  });

  it('in the professional view shows referral needs and adds services to the family list', async () => {
    const el = await fixture<PolkuChain>(
      html`<polku-chain chain="perheiden-jaksaminen" api=${api} view="professional"></polku-chain>`,
    );
    await loaded(el);
    const root = shadow(el);
    const service = root.querySelector('.tier[data-level="2"] .service');
    expect(text(service?.querySelector('.referral'))).to.match(/lähete|Ei lähetettä/i);
    const add = service?.querySelector<HTMLButtonElement>('button.add');
    const name = text(service?.querySelector('.service-name'));
    expect(text(add)).to.equal(`Lisää perheen listalle: ${name}`);

    const received: string[] = [];
    const listener = (event: CustomEvent<{ id: string }>) => received.push(event.detail.id);
    document.addEventListener('polku-list-add', listener);
    add?.focus();
    await sendKeys({ press: 'Enter' });
    document.removeEventListener('polku-list-add', listener);
    expect(received).to.have.length(1);
    expect(received[0]).to.match(/^[0-9a-f-]{36}$/);
  });

  it('fires polku-select and opens the details when a service is pressed', async () => {
    const el = await fixture<PolkuChain>(
      html`<polku-chain chain="perheiden-jaksaminen" api=${api}></polku-chain>`,
    );
    await loaded(el);
    const selected: string[] = [];
    el.addEventListener('polku-select', (event) => selected.push(event.detail.id));
    const button = shadow(el).querySelector<HTMLButtonElement>(
      '.tier[data-level="2"] .service-name',
    );
    button?.click();
    expect(selected).to.have.length(1);
    const details = shadow(el).querySelector('polku-service-details');
    await waitUntil(() => details?.shadowRoot?.querySelector('dialog')?.open, 'no details dialog');
  });

  it('with no-details only fires polku-select', async () => {
    const el = await fixture<PolkuChain>(
      html`<polku-chain chain="perheiden-jaksaminen" api=${api} no-details></polku-chain>`,
    );
    await loaded(el);
    expect(shadow(el).querySelector('polku-service-details')).to.equal(null);
  });

  it('prints without buttons and with every tier', async () => {
    const el = await fixture<PolkuChain>(
      html`<polku-chain chain="perheiden-jaksaminen" api=${api} view="professional"></polku-chain>`,
    );
    await loaded(el);
    await emulateMedia({ media: 'print' });
    const root = shadow(el);
    const add = root.querySelector('button.add');
    expect(add && getComputedStyle(add).display).to.equal('none');
    const tiers = [...root.querySelectorAll<HTMLElement>('.tier')];
    expect(tiers.filter((tier) => tier.offsetHeight > 0)).to.have.length(4);
    expect(getComputedStyle(tiers[3] as HTMLElement).marginInlineStart).to.equal('0px');
  });
});

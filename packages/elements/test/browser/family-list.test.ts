import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PolkuClient } from '@polku/client';
import type { ServiceChain } from '@polku/contract';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/chain/register.js';
import '../../src/family-list/register.js';
import type { PolkuChain } from '../../src/chain/chain.js';
import type { PolkuFamilyList } from '../../src/family-list/family-list.js';
import { requestAddToFamilyList } from '../../src/internal/events.js';
import { buildFamilyListLink, readFamilyListLink } from '../../src/internal/family-list-link.js';
import type { PolkuSharedList } from '../../src/shared-list/shared-list.js';

const api = window.POLKU_TEST_API;

interface DemoService {
  id: string;
  name: string;
}

let services: DemoService[] = [];

before(async () => {
  const chain = (await (
    await fetch(`${api}/service-chains/perheiden-jaksaminen`)
  ).json()) as ServiceChain;
  services = (chain.tiers.find((tier) => tier.level === 2)?.services ?? [])
    .slice(0, 3)
    .map((service) => ({ id: service.id, name: service.name.fi ?? '' }));
  expect(services).to.have.length(3);
});

function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function service(index: number): DemoService {
  const found = services[index];
  if (!found) throw new Error(`no demo service ${index}`);
  return found;
}

function names(el: PolkuFamilyList): string[] {
  return [...shadow(el).querySelectorAll('.items > li .name')].map((name) =>
    text(name).replace(/^\d+\.\s*/, ''),
  );
}

/** Compares by identity: chai's message for a mismatched element can stall the runner. */
function expectFocus(el: PolkuFamilyList, button: HTMLButtonElement): void {
  const active = shadow(el).activeElement;
  const describe = (node: Element | null) =>
    node
      ? `${node.closest('li')?.getAttribute('data-id')} ${node.getAttribute('data-action')}`
      : 'nothing';
  expect(describe(active)).to.equal(describe(button));
}

function itemButton(el: PolkuFamilyList, id: string, action: string): HTMLButtonElement {
  const button = shadow(el).querySelector<HTMLButtonElement>(
    `li[data-id="${id}"] button[data-action="${action}"]`,
  );
  if (!button) throw new Error(`no ${action} button for ${id}`);
  return button;
}

/** A list with the three demo services added as if from cards, names loaded. */
async function filledList(lang = 'fi'): Promise<PolkuFamilyList> {
  const el = await fixture<PolkuFamilyList>(
    html`<polku-family-list api=${api} lang=${lang} link-base="https://intra.example/palvelut?q=väkivalta#x"></polku-family-list>`,
  );
  for (const { id } of services) requestAddToFamilyList(document.body, id);
  await waitUntil(
    () => names(el).join('|') === services.map((s) => s.name).join('|'),
    'the services did not load',
    { timeout: 10_000 },
  );
  return el;
}

describe('<polku-family-list>', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('is empty and accessible at first', async () => {
    const el = await fixture<PolkuFamilyList>(
      html`<polku-family-list api=${api}></polku-family-list>`,
    );
    expect(el.items).to.deep.equal([]);
    expect(text(shadow(el).querySelector('.empty'))).to.contain('Listalla ei ole vielä palveluja');
    await expect(el).to.be.accessible();
  });

  it('adds services from a chain card pressed by keyboard, once each, and announces it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <polku-chain chain="perheiden-jaksaminen" api=${api} view="professional"></polku-chain>
      <polku-family-list api=${api}></polku-family-list>
    </div>`);
    const chain = wrapper.querySelector('polku-chain') as PolkuChain;
    const list = wrapper.querySelector('polku-family-list') as PolkuFamilyList;
    const changes: unknown[] = [];
    list.addEventListener('polku-list-change', (event) => changes.push(event.detail));
    await waitUntil(() => shadow(chain).querySelector('button.add'), 'no chain', {
      timeout: 10_000,
    });
    const add = shadow(chain).querySelector<HTMLButtonElement>('.tier[data-level="2"] button.add');
    add?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => list.items.length === 1 && names(list)[0] !== 'Palvelu');
    const live = shadow(list).querySelector('[role="status"]');
    await waitUntil(() => text(live).includes('lisätty listalle'), 'no announcement');
    expect(text(live)).to.contain(names(list)[0]);
    await sendKeys({ press: 'Enter' }); // the same service again
    await waitUntil(() => text(live).includes('on jo listalla'), 'no "already" announcement');
    expect(list.items).to.have.length(1);
    expect(changes).to.deep.equal([{ count: 1 }]);
    await expect(list).to.be.accessible();
  });

  it('reorders and removes by keyboard, keeping focus on the moved item', async () => {
    const el = await filledList();
    const [a, b, c] = [service(0), service(1), service(2)];
    const changes: unknown[] = [];
    el.addEventListener('polku-list-change', (event) => changes.push(event.detail));
    const down = itemButton(el, a.id, 'down');
    expect(down.getAttribute('aria-label')).to.equal(`Siirrä alas: ${a.name}`);
    // The first item's "up" stays focusable but does nothing.
    expect(itemButton(el, a.id, 'up').getAttribute('aria-disabled')).to.equal('true');

    down.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal([b.name, a.name, c.name]);
    expectFocus(el, itemButton(el, a.id, 'down'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.items.map((item) => item.id)).to.deep.equal([b.id, c.id, a.id]);
    expectFocus(el, itemButton(el, a.id, 'down'));
    expect(text(shadow(el).querySelector('[role="status"]'))).to.contain(
      `${a.name} on nyt 3. / 3.`,
    );
    await sendKeys({ press: 'Enter' }); // already last: nothing moves, focus stays
    await el.updateComplete;
    expect(el.items.map((item) => item.id)).to.deep.equal([b.id, c.id, a.id]);
    expectFocus(el, itemButton(el, a.id, 'down'));

    itemButton(el, a.id, 'up').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.items.map((item) => item.id)).to.deep.equal([b.id, a.id, c.id]);
    expectFocus(el, itemButton(el, a.id, 'up'));

    itemButton(el, a.id, 'remove').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal([b.name, c.name]);
    // Focus goes to the next item's remove button.
    expectFocus(el, itemButton(el, c.id, 'remove'));
    expect(text(shadow(el).querySelector('[role="status"]'))).to.contain(
      `${a.name} poistettu listalta`,
    );
    expect(changes).to.deep.equal([{ count: 3 }, { count: 3 }, { count: 3 }, { count: 2 }]);
    await expect(el).to.be.accessible();
  });

  it('keeps a note per service, up to 500 characters, typed by keyboard', async () => {
    const el = await filledList();
    const note = shadow(el).querySelector<HTMLTextAreaElement>(`#note-${service(1).id}`);
    expect(note?.labels?.[0]?.textContent).to.contain('Muistiinpano perheelle');
    note?.focus();
    await sendKeys({ type: 'Soittakaa maanantaina' });
    expect(el.items[1]?.note).to.equal('Soittakaa maanantaina');
    el.setNote(service(0).id, 'x'.repeat(600));
    expect(el.items[0]?.note).to.have.length(500);
    expect(note?.maxLength).to.equal(500);
  });

  it('prints only the sheet: services in order, contacts, notes, help lines, date', async () => {
    const el = await filledList();
    el.moveService(service(2).id, -2);
    el.setNote(service(2).id, 'Aika sovittu 3.12.');
    await el.updateComplete;
    const root = shadow(el);
    const sheet = root.querySelector<HTMLElement>('.sheet');
    expect(sheet?.offsetHeight).to.equal(0); // not on screen

    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(root.querySelector('.screen') as Element).display).to.equal('none');
    expect(sheet?.offsetHeight).to.be.greaterThan(0);
    expect(sheet?.getAttribute('lang')).to.equal('fi');
    const printed = [...(sheet?.querySelectorAll('.sheet-service h3') ?? [])].map(text);
    expect(printed).to.deep.equal([service(2).name, service(0).name, service(1).name]);
    expect(text(sheet?.querySelector('.sheet-service .sheet-note'))).to.contain(
      'Aika sovittu 3.12.',
    );
    expect(text(sheet)).to.contain('112');
    expect(text(sheet)).to.contain('Apua heti');
    const today = new Intl.DateTimeFormat('fi', { dateStyle: 'long' }).format(new Date());
    expect(text(sheet?.querySelector('.sheet-date'))).to.contain(today);
    // No controls on paper.
    expect(sheet?.querySelectorAll('button, textarea, select, input').length).to.equal(0);
  });

  it("prints in the family's language, chosen apart from the worker's", async () => {
    const el = await filledList('fi');
    const select = shadow(el).querySelector<HTMLSelectElement>('#family-lang');
    if (!select) throw new Error('no language select');
    select.value = 'sv';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.familyLang).to.equal('sv');
    await emulateMedia({ media: 'print' });
    const sheet = shadow(el).querySelector('.sheet');
    expect(sheet?.getAttribute('lang')).to.equal('sv');
    expect(text(sheet?.querySelector('h2'))).to.equal('Tjänster för er familj');
    expect(text(sheet)).to.contain('Nödnumret 112');
    // The controls stay in the worker's language.
    expect(text(shadow(el).querySelector('.title'))).to.contain('Perheen palvelulista');
  });

  it('copies a link with the ids in order and the language, never the notes or the query', async () => {
    const el = await filledList();
    el.familyLang = 'en';
    el.setNote(service(0).id, 'Salainen muistiinpano');
    el.moveService(service(1).id, -1);
    let copied = '';
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: async (value: string) => {
          copied = value;
        },
      },
    });
    try {
      shadow(el).querySelectorAll<HTMLButtonElement>('.buttons button')[1]?.click();
      await waitUntil(() => copied !== '', 'nothing copied');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    const url = new URL(copied);
    expect(url.origin + url.pathname).to.equal('https://intra.example/palvelut');
    expect([...url.searchParams.keys()]).to.deep.equal(['polku-services', 'polku-lang']);
    expect(copied).not.to.contain('Salainen');
    expect(copied).not.to.contain('v%C3%A4kivalta');
    expect(url.hash).to.equal('');
    expect(readFamilyListLink(copied)).to.deep.equal({
      ids: [service(1).id, service(0).id, service(2).id],
      lang: 'en',
    });
    await waitUntil(() =>
      text(shadow(el).querySelector('[role="status"]')).includes('Linkki kopioitu'),
    );
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const el = await filledList();
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    try {
      shadow(el).querySelectorAll<HTMLButtonElement>('.buttons button')[1]?.click();
      await waitUntil(() => shadow(el).querySelector('#manual-link'), 'no manual link field');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
    const field = shadow(el).querySelector<HTMLInputElement>('#manual-link');
    expect(field?.readOnly).to.equal(true);
    expect(field?.value).to.equal(el.link);
    expect(field?.labels?.[0]?.textContent).to.contain('Linkki perheelle');
    await expect(el).to.be.accessible();
  });

  it('does not fire polku-list-change for changes made by code', async () => {
    const el = await fixture<PolkuFamilyList>(
      html`<polku-family-list api=${api}></polku-family-list>`,
    );
    let fired = 0;
    el.addEventListener('polku-list-change', () => {
      fired += 1;
    });
    expect(el.addService(service(0).id)).to.equal(true);
    expect(el.addService(service(0).id)).to.equal(false);
    expect(el.addService('not-a-uuid')).to.equal(false);
    expect(el.moveService(service(0).id, 1)).to.equal(false);
    expect(el.removeService(service(0).id)).to.equal(true);
    await el.updateComplete;
    expect(fired).to.equal(0);
  });
});

describe('family-list links', () => {
  it('round-trips ids and language', () => {
    const ids = [service(2).id, service(0).id];
    const link = buildFamilyListLink('https://kunta.example/tuki/?polku-q=ero', ids, 'sv');
    expect(link).to.equal(
      `https://kunta.example/tuki/?polku-services=${ids.join(',')}&polku-lang=sv`,
    );
    expect(readFamilyListLink(link)).to.deep.equal({ ids, lang: 'sv' });
  });

  it('drops what is not a service id and an unknown language', () => {
    const id = service(0).id;
    const parsed = readFamilyListLink(
      `https://x.example/?polku-services=${id},javascript:alert(1),${id.toUpperCase()}&polku-lang=de`,
    );
    expect(parsed).to.deep.equal({ ids: [id], lang: undefined });
    expect(readFamilyListLink('https://x.example/?polku-services=')).to.equal(undefined);
    expect(readFamilyListLink('https://x.example/')).to.equal(undefined);
    expect(readFamilyListLink('not a url')).to.equal(undefined);
  });
});

describe('<polku-shared-list>', () => {
  it('shows the linked services in the given order, in the link language', async () => {
    const ids = [service(2).id, service(0).id, service(1).id];
    const parsed = readFamilyListLink(buildFamilyListLink('https://x.example/', ids, 'sv'));
    const el = await fixture<PolkuSharedList>(
      html`<polku-shared-list api=${api} services=${parsed?.ids.join(',') ?? ''} lang=${parsed?.lang ?? 'fi'}></polku-shared-list>`,
    );
    await waitUntil(() => shadow(el).querySelector('.services'), 'not loaded', { timeout: 10_000 });
    const shown = [...shadow(el).querySelectorAll('.service .name')].map(text);
    const svNames = await Promise.all(
      ids.map(
        async (id) =>
          ((await (await fetch(`${api}/services/${id}`)).json()) as { name: { sv: string } }).name
            .sv,
      ),
    );
    expect(shown).to.deep.equal(svNames);
    expect(text(shadow(el).querySelector('#shared-title'))).to.equal('Tjänster som valts för er');
    expect(text(shadow(el).querySelector('.help'))).to.contain('112');
    await expect(el).to.be.accessible();
  });

  it('says when a linked service is no longer in the catalogue', async () => {
    const el = await fixture<PolkuSharedList>(
      html`<polku-shared-list api=${api} lang="en" services=${`${service(0).id},00000000-0000-4000-8000-000000000000`}></polku-shared-list>`,
    );
    await waitUntil(() => shadow(el).querySelector('.services'), 'not loaded', { timeout: 10_000 });
    expect(shadow(el).querySelectorAll('.service')).to.have.length(1);
    expect(text(shadow(el).querySelector('.missing'))).to.equal(
      'One service is no longer in the catalogue.',
    );
  });

  it('is accessible while loading and on error', async () => {
    const client = {
      services: { search: () => new Promise(() => {}) },
    } as unknown as PolkuClient; // only the method the list calls
    const el = await fixture<PolkuSharedList>(
      html`<polku-shared-list .client=${client} services=${service(0).id}></polku-shared-list>`,
    );
    expect(text(shadow(el).querySelector('[role="status"]'))).to.contain('Ladataan');
    await expect(el).to.be.accessible();
    el.client = {
      services: { search: () => Promise.reject(new Error('down')) },
    } as unknown as PolkuClient;
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no error');
    await expect(el).to.be.accessible();
  });
});

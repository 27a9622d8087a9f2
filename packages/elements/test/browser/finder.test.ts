import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { PolkuSearchDetail, PolkuTierChangeDetail } from '../../src/index.js';
import { type PolkuFinder, registerPolkuElements } from '../../src/index.js';
import { languageName } from '../../src/internal/format.js';
import { services as catalogue, stubClient } from './fixtures.js';
import {
  cardNames,
  cards,
  chooseTier,
  deepActive,
  deepAll,
  details,
  dialog,
  searchField,
  settled,
  shadow,
  showsNames,
  statusText,
  tierOptions,
  tierSelect,
} from './helpers.js';

registerPolkuElements();

async function finder(
  stub = stubClient(),
  attributes: { lang?: string; tier?: string; municipality?: string; view?: string } = {},
) {
  const element = await fixture<PolkuFinder>(
    html`<polku-finder
      .client=${stub.client}
      lang=${attributes.lang ?? 'fi'}
      tier=${attributes.tier ?? ''}
      municipality=${attributes.municipality ?? ''}
      view=${attributes.view ?? 'family'}
    ></polku-finder>`,
  );
  await settled(element);
  return element;
}

describe('<polku-finder> with a stub API', () => {
  it('shows a warm intro, the tiers in plain language with their official names, and results', async () => {
    const element = await finder();
    const root = shadow(element);
    expect(root.querySelector('h2')?.textContent).to.equal('Tukea perheen arkeen');
    const tiers = root.querySelector('[part="tiers"]');
    expect(tiers?.querySelector('label[for="tier"]')?.textContent).to.equal('Miten teillä menee?');
    expect(tierOptions(element).map((option) => option.textContent?.trim())).to.deep.equal([
      'En osaa sanoa – näytä kaikki palvelut',
      'Arki sujuu, etsimme tietoa ja vertaistukea',
      'Tarvitsemme apua arkeen',
      'Voimat ovat lopussa',
      'Tarvitsemme paljon tukea',
    ]);
    // What each choice means, with the official name, one tap away.
    const help = tiers?.querySelector('details.tier-help');
    expect(help?.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Taso 1 · Itsenäinen vanhemmuus Perhe löytää itse tuen.',
    );
    expect(tierSelect(element).value, '"show all" is the default').to.equal('');
    expect(cards(element)).to.have.length(6);
    expect(statusText(element)).to.equal('Löytyi 6 palvelua');
    await expect(element).to.be.accessible();
  });

  it('asks for the chosen tier and the lighter ones, lists it first and says lighter services follow', async () => {
    const stub = stubClient();
    const element = await finder(stub);
    setTimeout(() => chooseTier(element, '3'));
    const event = await oneEvent(element, 'polku-tier-change');
    expect((event as CustomEvent<PolkuTierChangeDetail>).detail).to.deep.equal({ tier: 3 });
    await settled(element);
    await showsNames(element, (names) => names.length === 5);
    expect(stub.searches.at(-1)?.params.tier).to.deep.equal([3, 2, 1]);
    const groups = [...shadow(element).querySelectorAll('.group-heading')].map((h) =>
      h.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(groups).to.deep.equal([
      'Taso 3 · Laajasti tuettu vanhemmuus',
      'Taso 2 · Tuettu vanhemmuus',
      'Taso 1 · Itsenäinen vanhemmuus',
    ]);
    expect(cardNames(element)[0]).to.equal('Lapsiperheiden kotipalvelu');
    expect(shadow(element).querySelector('.tier-note')?.textContent).to.contain(
      'kevyemmän tuen palvelut',
    );
    await expect(element).to.be.accessible();
  });

  it('fires no event when code sets the tier', async () => {
    const stub = stubClient();
    const element = await finder(stub);
    let events = 0;
    element.addEventListener('polku-tier-change', () => events++);
    element.addEventListener('polku-search', () => events++);
    element.tier = 2;
    await element.updateComplete;
    await waitUntil(() => stub.searches.at(-1)?.params.tier?.join() === '2,1');
    await settled(element);
    await aTimeout(50);
    expect(events).to.equal(0);
  });

  it('searches as the person types, once they pause, aborting the previous request', async () => {
    const stub = stubClient({ delay: 1500 });
    const element = await finder(stub);
    const before = stub.searches.length;
    searchField(element).focus();
    await sendKeys({ type: 'perhe' });
    await waitUntil(() => stub.searches.length === before + 1, 'one search after the pause');
    expect(stub.searches.at(-1)?.params.q).to.equal('perhe');
    // While that request runs, the previous results stay (no flicker) and are marked busy.
    expect(cards(element)).to.have.length(6);
    await sendKeys({ type: 'n' });
    await waitUntil(() => stub.searches.length === before + 2);
    expect(stub.searches.at(-2)?.aborted, 'the previous request was aborted').to.equal(true);
    const event = (await oneEvent(element, 'polku-search')) as CustomEvent<PolkuSearchDetail>;
    expect(event.detail).to.deep.equal({
      total: 1,
      tier: undefined,
      hasQuery: true,
      filterCount: 0,
    });
    expect(JSON.stringify(event.detail)).not.to.contain('perhen');
    await settled(element);
    expect(cardNames(element)).to.deep.equal(['Perheneuvola']);
    expect(statusText(element)).to.equal('Löytyi 1 palvelu');
  });

  it('searches at once on Enter', async () => {
    const stub = stubClient();
    const element = await finder(stub);
    searchField(element).focus();
    await sendKeys({ type: 'neuvola' });
    await sendKeys({ press: 'Enter' });
    await aTimeout(50);
    expect(stub.searches.at(-1)?.params.q).to.equal('neuvola');
    await showsNames(element, (names) => names.length === 2);
  });

  it('searches at once with the button beside the field, without leaving the page', async () => {
    const stub = stubClient();
    const element = await finder(stub);
    const address = location.href;
    searchField(element).value = 'perheneuvola';
    searchField(element).dispatchEvent(new InputEvent('input'));
    element.shadowRoot?.querySelector<HTMLButtonElement>('[part="search-button"]')?.click();
    await aTimeout(50);
    expect(stub.searches.at(-1)?.params.q).to.equal('perheneuvola');
    expect(location.href).to.equal(address);
    await showsNames(element, (names) => names.includes('Perheneuvola'));
  });

  it('opens the details in a dialog with real links, closes on Escape and returns focus', async () => {
    const element = await finder();
    const card = cards(element)[2];
    const button = card && shadow(card).querySelector('button');
    expect(button?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Lisätietoja: Perheneuvola');
    button?.focus();
    setTimeout(() => button?.click());
    const selected = await oneEvent(element, 'polku-select');
    expect(selected.detail).to.deep.equal({ id: catalogue[2]?.id });
    await waitUntil(() => dialog(element).open);
    await details(element).updateComplete;
    const root = shadow(details(element));
    expect(root.querySelector('#details-heading')?.textContent?.trim()).to.equal('Perheneuvola');
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include.members([
      'tel:0195600150',
      'https://www.example.org/e-service',
      'mailto:perheneuvola@example.org',
      'https://www.example.org/perheneuvola',
    ]);
    expect(root.textContent).to.contain('Avoinna aina, 24/7');
    expect(deepActive()?.textContent?.trim()).to.equal('Sulje');
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(element).open, 'Escape closes the dialog');
    expect(deepActive()).to.equal(button);
  });

  it('with details-link, "More details" is a link to the service’s page; a click opens the dialog', async () => {
    const stub = stubClient();
    const element = await fixture<PolkuFinder>(
      html`<polku-finder .client=${stub.client} lang="fi" details-link="/fi/palvelu/{id}"></polku-finder>`,
    );
    await settled(element);
    const links = cards(element).map((card) =>
      shadow(card).querySelector('[part="details-button"]'),
    );
    expect(links.map((link) => link?.getAttribute('href'))).to.deep.equal(
      catalogue.slice(0, links.length).map((service) => `/fi/palvelu/${service.id}`),
    );
    const link = links[2] as HTMLAnchorElement;
    expect(link.tagName).to.equal('A');
    expect(link.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Lisätietoja: Perheneuvola');
    // A click with a modifier is the browser's (a new tab): not taken, no dialog. (The test
    // then stops it here, once it has seen that, so that this page stays.)
    let selected = 0;
    element.addEventListener('polku-select', () => {
      selected += 1;
    });
    let taken: boolean | undefined;
    const stop = (event: Event) => {
      taken = event.defaultPrevented;
      event.preventDefault();
    };
    element.addEventListener('click', stop);
    link.dispatchEvent(
      new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ctrlKey: true }),
    );
    element.removeEventListener('click', stop);
    expect(taken).to.equal(false);
    expect(selected).to.equal(0);
    const address = location.href;
    link.focus();
    link.click();
    await waitUntil(() => dialog(element).open);
    expect(selected).to.equal(1);
    expect(location.href, 'the page stays').to.equal(address);
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(element).open);
    expect(deepActive() === link, 'focus returns to the link').to.equal(true);
  });

  it('shows opening hours, address, referral and cost in the details', async () => {
    const element = await finder();
    const card = cards(element)[1];
    shadow(card as Element)
      .querySelector('button')
      ?.click();
    await waitUntil(() => dialog(element).open);
    const text = shadow(details(element)).textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).to.contain('Esimerkkikatu 1, 06100 Porvoo');
    expect(text).to.match(/ma–pe 09:00–15:00/);
    expect(text).to.contain('Ei lähetettä, voit ottaa yhteyttä suoraan');
    expect(text).to.contain('Maksuton');
    shadow(details(element)).querySelector<HTMLButtonElement>('.close')?.click();
    await waitUntil(() => !dialog(element).open);
  });

  it('can be used by keyboard alone: Tab to the search, its button, on to the tiers, arrows to choose', async () => {
    const element = await finder(stubClient(), { lang: 'fi' });
    searchField(element).focus();
    await sendKeys({ press: 'Tab' });
    expect((deepActive() as HTMLElement | null)?.getAttribute('part')).to.equal('search-button');
    await sendKeys({ press: 'Tab' });
    expect(deepActive() === tierSelect(element), 'the tier choice follows').to.equal(true);
    setTimeout(() => sendKeys({ press: 'ArrowDown' }));
    const event = (await oneEvent(
      element,
      'polku-tier-change',
    )) as CustomEvent<PolkuTierChangeDetail>;
    expect(event.detail.tier).to.equal(1);
  });

  it('shows a loading state that is accessible', async () => {
    const element = await fixture<PolkuFinder>(
      html`<polku-finder lang="fi" .client=${stubClient({ hang: true }).client}></polku-finder>`,
    );
    await waitUntil(() => statusText(element) === 'Haetaan palveluja…');
    expect(shadow(element).querySelector('.message.loading')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('says when nothing matched, offers the nearest tier and fewer filters', async () => {
    const stub = stubClient({ services: catalogue.filter((s) => s.tiers.includes(4)) });
    const element = await finder(stub, { tier: '2', municipality: '638' });
    const message = shadow(element).querySelector('.message.empty');
    expect(message?.textContent).to.contain('Hakua vastaavia palveluja ei löytynyt');
    expect(statusText(element)).to.equal('Ei palveluja');
    await expect(element).to.be.accessible();
    const buttons = [...(message?.querySelectorAll('button') ?? [])];
    expect(buttons.map((b) => b.textContent?.trim())).to.deep.equal([
      'Näytä taso 4: Vahvasti tuettu vanhemmuus',
      'Poista rajaukset',
    ]);
    buttons[0]?.click();
    await showsNames(element, (names) => names.length === 1);
    expect(element.tier).to.equal(4);
  });

  it('shows the help lines and a retry button when the API is down, and recovers', async () => {
    const stub = stubClient({ down: true });
    const element = await fixture<PolkuFinder>(
      html`<polku-finder lang="fi" .client=${stub.client}></polku-finder>`,
    );
    await settled(element);
    const error = shadow(element).querySelector('.message.error');
    expect(error?.textContent).to.contain('Yhteys palveluhakuun ei toiminut.');
    expect(statusText(element)).to.equal('Palveluja ei juuri nyt saatu näkyviin');
    const helpNow = shadow(element).querySelector('polku-help-now');
    await helpNow?.updateComplete;
    const phones = [...shadow(helpNow as Element).querySelectorAll('a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(phones).to.include.members([
      'tel:112',
      'tel:0195600150',
      'tel:0925250111',
      'tel:0925250112',
      'tel:0925250113',
      'tel:080005005',
      'tel:116111',
    ]);
    await expect(element).to.be.accessible();
    stub.options.down = false;
    error?.querySelector('button')?.click();
    await showsNames(element, (names) => names.length === 6);
    await waitUntil(
      () => tierOptions(element)[2]?.textContent?.trim() === 'Tarvitsemme apua arkeen',
      'the API’s tiers load on retry',
    );
  });

  it('replaces the bundled help lines with the API list, and hides them with no-help-now', async () => {
    const element = await finder();
    const helpNow = shadow(element).querySelector('polku-help-now');
    await waitUntil(() => shadow(helpNow as Element).textContent?.includes('Rajapinnan linja'));
    element.noHelpNow = true;
    await element.updateComplete;
    expect(shadow(element).querySelector('polku-help-now')).to.equal(null);
  });

  it('shows referral requirements and the provider type in the professional view', async () => {
    const element = await finder(stubClient(), { view: 'professional' });
    const card = cards(element)[4];
    const text = shadow(card as Element).textContent?.replace(/\s+/g, ' ') ?? '';
    // A short labelled line; how to get the referral is in the details, not on the card.
    expect(text).to.contain('Lähete: tarvitaan');
    expect(text).not.to.contain('Palvelutarpeen arvio tarvitaan.');
    expect(text).to.contain('(Hyvinvointialue tai kunta)');
    await expect(element).to.be.accessible();
  });
});

describe('<polku-finder> filters', () => {
  it('shows each filter with its count and narrows the search', async () => {
    const stub = stubClient();
    const element = await finder(stub);
    const root = shadow(element);
    const labels = [...root.querySelectorAll('#filters label')].map((l) =>
      l.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(labels).to.include.members([
      'Loviisa (5)',
      'Porvoo (6)',
      'Seurakunta (1)',
      'Kotikäynti (1)',
      'ruotsi (6)',
      'Maksuton',
    ]);
    const loviisa = root.querySelector<HTMLInputElement>('#filters input[type="checkbox"]');
    loviisa?.click();
    await waitUntil(() => stub.searches.at(-1)?.params.municipality?.join() === '434');
    await showsNames(element, (names) => names.length === 5 && !names.includes('Perhekahvila'));
    expect(root.querySelector('.filters-toggle')?.textContent?.trim()).to.equal(
      'Rajaa hakua (1 valittu)',
    );
    await expect(element).to.be.accessible();
  });

  it('starts from the municipality and tier the page gives', async () => {
    const stub = stubClient();
    const element = await finder(stub, { municipality: '638', tier: '2' });
    expect(stub.searches[0]?.params).to.deep.include({ municipality: ['638'], tier: [2, 1] });
    const porvoo = [...shadow(element).querySelectorAll<HTMLInputElement>('#filters input')].find(
      (input) => input.closest('label')?.textContent?.includes('Porvoo'),
    );
    expect(porvoo?.checked).to.equal(true);
    expect(tierSelect(element).value).to.equal('2');
  });

  it('collapses the filters behind a button on a narrow screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <polku-finder lang="fi" .client=${stubClient().client}></polku-finder>
    </div>`);
    const element = wrapper.querySelector('polku-finder') as PolkuFinder;
    await settled(element);
    const toggle = shadow(element).querySelector<HTMLButtonElement>('.filters-toggle');
    const panel = shadow(element).querySelector<HTMLElement>('#filters');
    expect(getComputedStyle(toggle as Element).display).not.to.equal('none');
    expect(getComputedStyle(panel as Element).display).to.equal('none');
    expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
    toggle?.click();
    await element.updateComplete;
    expect(toggle?.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(panel as Element).display).not.to.equal('none');
    expect(element.scrollWidth, 'nothing wider than 320 px').to.be.at.most(320);
    await expect(element).to.be.accessible();
  });

  it('keeps the filters open beside the results on a wide screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px">
      <polku-finder lang="fi" .client=${stubClient().client}></polku-finder>
    </div>`);
    const element = wrapper.querySelector('polku-finder') as PolkuFinder;
    await settled(element);
    expect(
      getComputedStyle(shadow(element).querySelector('.filters-toggle') as Element).display,
    ).to.equal('none');
    expect(
      getComputedStyle(shadow(element).querySelector('#filters') as Element).display,
    ).not.to.equal('none');
  });
});

describe('<polku-finder> zoom and motion', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('fits 200 % zoom (640 px of room, doubled text) without sideways scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px; font-size: 32px">
      <polku-finder lang="sv" .client=${stubClient().client}></polku-finder>
    </div>`);
    const element = wrapper.querySelector('polku-finder') as PolkuFinder;
    await settled(element);
    expect(element.scrollWidth).to.be.at.most(640);
    expect(
      getComputedStyle(shadow(element).querySelector('.filters-toggle') as Element).display,
    ).not.to.equal('none');
  });

  it('does not animate when the person prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await finder();
    const list = shadow(element).querySelector('.list') as Element;
    expect(getComputedStyle(list).transitionDuration).to.equal('0s');
  });
});

describe('<polku-finder> sync-url', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  it('reads the view from polku-* parameters and writes changes back', async () => {
    const url = new URL(original);
    url.searchParams.set('polku-q', 'neuvola');
    url.searchParams.set('polku-tier', '2');
    url.searchParams.set('other', 'kept');
    // The host's own parameters as a host may write them: what no round trip would keep.
    history.replaceState(null, '', `${url.href}&own=a%20b&flag`);
    const stub = stubClient();
    const element = await fixture<PolkuFinder>(
      html`<polku-finder sync-url lang="fi" .client=${stub.client}></polku-finder>`,
    );
    await settled(element);
    expect(stub.searches[0]?.params).to.deep.include({ q: 'neuvola', tier: [2, 1] });
    expect(searchField(element).value).to.equal('neuvola');
    chooseTier(element, '3');
    await waitUntil(() => new URL(location.href).searchParams.get('polku-tier') === '3');
    expect(new URL(location.href).searchParams.get('other')).to.equal('kept');
    expect(location.search).to.contain('&own=a%20b&flag&');
  });

  it('leaves the URL alone without sync-url', async () => {
    const element = await finder();
    chooseTier(element, '3');
    await settled(element);
    expect(location.href).to.equal(original);
  });
});

describe('<polku-finder> languages', () => {
  it('names fi, sv and en without Intl exactly as Intl does, and others through Intl', () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const intl = new Intl.DisplayNames(language, { type: 'language' });
      for (const code of ['fi', 'sv', 'en', 'ru', 'so']) {
        expect(languageName(code, language), `${code} in ${language}`).to.equal(intl.of(code));
      }
    }
    expect(languageName('not a code', 'fi')).to.equal('not a code');
  });

  it('speaks Swedish with lang="sv", and asks the API for Swedish only', async () => {
    const stub = stubClient();
    const element = await finder(stub, { lang: 'sv' });
    expect(stub.searches.map((search) => search.params.lang)).to.deep.equal(['sv']);
    const root = shadow(element);
    expect(root.querySelector('label[for="tier"]')?.textContent).to.equal(
      'Hur har ni det just nu?',
    );
    expect(tierOptions(element)[1]?.textContent?.trim()).to.equal(
      'Vardagen fungerar, vi söker information och kamratstöd',
    );
    expect(cardNames(element)[0]).to.equal('Rådgivning');
    expect(statusText(element)).to.equal('6 tjänster hittades');
    expect(root.querySelector('label[for="query"]')?.textContent).to.equal('Sök tjänster');
    await expect(element).to.be.accessible();
  });

  it('speaks English with lang="en" and marks a Finnish fallback visibly with its lang', async () => {
    const element = await finder(stubClient(), { lang: 'en' });
    expect(statusText(element)).to.equal('6 services found');
    const cafe = cards(element)[1];
    const heading = shadow(cafe as Element).querySelector('[role="heading"]');
    expect(heading?.querySelector('span[lang="fi"]')?.textContent).to.equal('Perhekahvila');
    expect(heading?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Perhekahvila (in Finnish)');
    // Place names are not translated: no "(in Finnish)" note, the lang marked all the same.
    const places = [...shadow(element).querySelectorAll('#filters label')].filter((label) =>
      /Loviisa|Porvoo/.test(label.textContent ?? ''),
    );
    expect(places.map((label) => label.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Loviisa (5)',
      'Porvoo (6)',
    ]);
    expect(places[0]?.querySelector('span[lang="fi"]')?.textContent).to.equal('Loviisa');
    expect(
      shadow(cafe as Element)
        .querySelector('[part="summary"] span')
        ?.getAttribute('lang'),
    ).to.equal('fi');
    await expect(element).to.be.accessible();
  });

  it('follows <html lang> when it has no lang of its own, and its changes', async () => {
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'sv';
      const stub = stubClient();
      const element = await fixture<PolkuFinder>(
        html`<polku-finder .client=${stub.client}></polku-finder>`,
      );
      await settled(element);
      expect(statusText(element)).to.equal('6 tjänster hittades');
      document.documentElement.lang = 'en';
      await waitUntil(() => statusText(element) === '6 services found');
      await waitUntil(
        () => stub.searches.at(-1)?.params.lang === 'en',
        'searched again in English',
      );
      expect(cardNames(element)[0], 'cards follow the finder').to.equal('Child health clinic');
      document.documentElement.lang = 'de';
      await waitUntil(
        () => statusText(element) === 'Löytyi 6 palvelua',
        'unknown languages fall back to Finnish',
      );
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('lets two finders in two languages stand on one page, each with its own state', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <polku-finder lang="fi" .client=${stubClient().client}></polku-finder>
      <polku-finder lang="sv" .client=${stubClient().client}></polku-finder>
    </div>`);
    const [fi, sv] = [...wrapper.querySelectorAll('polku-finder')] as PolkuFinder[];
    await settled(fi as PolkuFinder);
    await settled(sv as PolkuFinder);
    expect(cardNames(fi as PolkuFinder)[0]).to.equal('Neuvola');
    expect(cardNames(sv as PolkuFinder)[0]).to.equal('Rådgivning');
    chooseTier(sv as PolkuFinder, '2');
    await sv?.updateComplete;
    expect(sv?.tier).to.equal(2);
    expect(fi?.tier).to.equal(undefined);
    expect(tierSelect(fi as PolkuFinder).value).to.equal('');
    await expect(wrapper).to.be.accessible();
  });
});

describe('<polku-finder> safety', () => {
  const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  const js = 'javascript:window.__pwned=1';
  const text = { fi: markup, sv: markup, en: markup };
  const hostile = catalogue.slice(0, 2).map((service) => ({
    ...service,
    name: text,
    summary: text,
    description: text,
    organization: { ...service.organization, name: text },
    url: js,
    source: { name: markup, url: js, checked: markup },
    referral: { required: true, description: text },
    cost: { free: false, description: text },
    audience: { groups: ['parents' as const], description: text },
    channels: [
      { type: 'phone' as const, phone: js, label: text },
      { type: 'online' as const, url: js, label: text, hours: { description: text } },
      { type: 'chat' as const, url: 'data:text/html,<script>alert(1)</script>', label: text },
      { type: 'email' as const, email: `x@example.org?body=${markup}`, label: text },
      {
        type: 'in_person' as const,
        label: text,
        address: { street: text, postal_code: markup, post_office: text, municipality: '638' },
      },
      { type: 'home_visit' as const, label: text },
    ],
  }));

  it('keeps markup and javascript: URLs from the catalogue inert, in the list and in the details', async () => {
    const element = await finder(stubClient({ services: hostile }), { view: 'professional' });
    shadow(cards(element)[0] as Element)
      .querySelector('button')
      ?.click();
    await waitUntil(() => dialog(element).open);
    await details(element).updateComplete;
    await aTimeout(50);
    const everything = deepAll(shadow(element));
    expect(
      everything.filter((node) => node.localName === 'img' || node.localName === 'script'),
    ).to.have.length(0);
    const hrefs = everything
      .filter((node) => node.hasAttribute('href'))
      .map((node) => node.getAttribute('href') ?? '');
    // Catalogue URLs become http(s), tel: and mailto: links only; the skip link is the finder's own.
    for (const href of hrefs) expect(href).to.match(/^(https?:|tel:|mailto:|#polku-results$)/);
    expect(hrefs.some((href) => href.includes('javascript'))).to.equal(false);
    expect(cardNames(element)[0]).to.equal(markup);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    dialog(element).close();
  });
});

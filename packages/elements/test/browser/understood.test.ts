// What the finder says it understood of a search (issue 12's last mile), against the real server
// and the demo catalogue: help lines before the results when a search speaks of danger, said once
// to screen readers; and, when nothing matched, the needs understood, the words that found nothing,
// the suggested search, the nearest services and the help lines. In Finnish and Swedish, light and
// dark, axe clean.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { type PolkuFinder, type PolkuUnderstood, registerPolkuElements } from '../../src/index.js';
import { cards, deepActive, searchField, settled, shadow, statusText } from './helpers.js';

registerPolkuElements();

const api = (window as { POLKU_TEST_API?: string }).POLKU_TEST_API ?? '';

async function finder(lang: string, url = '') {
  if (url) history.replaceState(history.state, '', `?${url}`);
  const element = await fixture<PolkuFinder>(
    html`<polku-finder api=${api} lang=${lang} ?sync-url=${Boolean(url)}></polku-finder>`,
  );
  await settled(element);
  return element;
}

afterEach(() => history.replaceState(history.state, '', location.pathname));

function understood(element: PolkuFinder, section: 'help' | 'zero'): PolkuUnderstood {
  const found = shadow(element).querySelector<PolkuUnderstood>(
    `polku-understood[section="${section}"]`,
  );
  if (!found) throw new Error(`no <polku-understood section="${section}">`);
  return found;
}

/** Waits for the `section` part to be defined and drawn with the answer to `query`. */
async function answered(
  element: PolkuFinder,
  section: 'help' | 'zero',
  query: string,
  previous?: PolkuUnderstood['answer'],
) {
  await waitUntil(
    () => {
      const part = shadow(element).querySelector<PolkuUnderstood>(
        `polku-understood[section="${section}"]`,
      );
      return (
        customElements.get('polku-understood') &&
        part?.answer?.search?.words.join(' ') !== undefined &&
        part.answer !== previous &&
        searchField(element).value === query &&
        !/…/.test(statusText(element))
      );
    },
    `no answer to "${query}"`,
    { timeout: 10_000 },
  );
  await settled(element);
  const part = understood(element, section);
  await part.updateComplete;
  await Promise.all(
    [...shadow(part).querySelectorAll('polku-service-card')].map((card) => card.updateComplete),
  );
  return part;
}

/** Searches as a person does: types the words and presses Enter. */
async function searchFor(element: PolkuFinder, text: string, section: 'help' | 'zero' = 'help') {
  const previous = shadow(element).querySelector<PolkuUnderstood>('polku-understood')?.answer;
  const input = searchField(element);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.form?.requestSubmit();
  return answered(element, section, text, previous);
}

function text(node: Element | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function accessibleInBothThemes(element: PolkuFinder) {
  await expect(element).to.be.accessible();
  element.theme = 'dark';
  await element.updateComplete;
  await expect(element).to.be.accessible();
  element.theme = 'light';
  await element.updateComplete;
}

describe('<polku-finder> says what it understood: help first', () => {
  it('fi: a search that speaks of violence puts the fitting help lines above the results, once announced', async () => {
    const element = await finder('fi');
    const help = await searchFor(element, 'mieheni lyö');
    const block = shadow(help).querySelector('[part="help-first"]');
    expect(text(block?.querySelector('h3'))).to.equal('Voit soittaa heti');
    expect(text(block?.querySelector('p'))).to.equal(
      'Jos sinä tai lapsi olette vaarassa, soita 112.',
    );
    // The API's lines, in its order, each a tap-to-call link with its name and hours, no tap needed.
    const links = [...(block?.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]') ?? [])];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      'tel:080005005',
      'tel:112',
      'tel:0195600150',
    ]);
    const lines = [...(block?.querySelectorAll('li') ?? [])].map(text);
    expect(lines[0]).to.contain('Nollalinja').and.contain('24/7');
    expect(lines[1]).to.contain('Hätänumero 112');
    expect(lines[1], 'short: hours, not what each line is for').to.not.contain('Kun henki');
    for (const link of links) expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    // Above the results, which still follow.
    const first = cards(element)[0];
    expect(first, 'the results follow').to.exist;
    expect(block?.getBoundingClientRect().bottom).to.be.at.most(
      first?.getBoundingClientRect().top ?? 0,
    );
    // Said politely, once for this search.
    const region = shadow(help).querySelector('[aria-live="polite"]');
    await waitUntil(() => text(region) !== '', 'announced');
    expect(text(region)).to.equal(
      'Jos sinä tai lapsi olette vaarassa, soita 112. Auttavat puhelinnumerot ovat ennen hakutuloksia.',
    );
    let changes = 0;
    const observer = new MutationObserver((records) => {
      changes += records.length;
    });
    observer.observe(region as Node, { childList: true, subtree: true, characterData: true });
    element.requestUpdate();
    help.requestUpdate();
    await element.updateComplete;
    await help.updateComplete;
    await aTimeout(300);
    observer.disconnect();
    expect(changes, 'a re-render says nothing again').to.equal(0);
    await accessibleInBothThemes(element);
  });

  it('says nothing and shows no help block for a mild search, and announces again for the next search of danger', async () => {
    const element = await finder('fi');
    const help = await searchFor(element, 'perheriitaa');
    const region = shadow(help).querySelector('[aria-live="polite"]');
    expect(shadow(help).querySelector('[part="help-first"]')).to.equal(null);
    expect(help.getBoundingClientRect().height, 'the results do not move down').to.equal(0);
    await aTimeout(250);
    expect(text(region)).to.equal('');
    await searchFor(element, 'itsetuhoiset ajatukset');
    await waitUntil(() => text(region) !== '', 'announced');
    const names = [...shadow(help).querySelectorAll('[part="help-first"] li .name')].map(text);
    expect(names[0]).to.equal('Hätänumero 112');
    expect(names).to.include('MIELI ry:n Kriisipuhelin (suomeksi)');
  });

  it('sv: the help lines and the sentence in Swedish', async () => {
    const element = await finder('sv');
    const help = await searchFor(element, 'rädd för min man');
    const block = shadow(help).querySelector('[part="help-first"]');
    expect(text(block?.querySelector('h3'))).to.equal('Du kan ringa genast');
    expect(text(block?.querySelector('p'))).to.equal('Om du eller ett barn är i fara, ring 112.');
    const names = [...(block?.querySelectorAll('li .name') ?? [])].map(text);
    expect(names).to.include('Nödnumret 112');
    expect(names).to.include('Östra Nylands social- och krisjour');
    expect(block?.querySelector('li')?.getAttribute('lang') ?? 'sv').to.equal('sv');
    const region = shadow(help).querySelector('[aria-live="polite"]');
    await waitUntil(() => text(region) !== '', 'announced');
    expect(text(region)).to.equal(
      'Om du eller ett barn är i fara, ring 112. Hjälptelefonerna står före sökresultaten.',
    );
    expect(cards(element).length).to.be.greaterThan(0);
    await accessibleInBothThemes(element);
  });
});

describe('<polku-finder> says what it understood: nothing found is never a dead end', () => {
  it('fi: the need understood, the words that found nothing, the nearest services and the help lines', async () => {
    const element = await finder('fi', 'polku-q=perheriitaa+xyzzyq&polku-provider=private');
    const zero = await answered(element, 'zero', 'perheriitaa xyzzyq');
    expect(statusText(element)).to.not.match(/^Löytyi [1-9]/);
    expect(text(shadow(element).querySelector('.message.empty .message-title'))).to.equal(
      'Hakua vastaavia palveluja ei löytynyt',
    );
    const said = [...shadow(zero).querySelectorAll('.understood p')].map(text);
    expect(said).to.deep.equal([
      'Ymmärsimme, että etsit apua tähän: Riidat perheessä',
      'Näillä sanoilla ei löytynyt mitään: xyzzyq',
    ]);
    // The nearest services as cards under their own heading, not counted as results.
    const nearest = shadow(zero).querySelector('[part="nearest"]');
    expect(text(nearest?.querySelector('h3'))).to.equal('Lähimmät osumat');
    const nearestCards = [...(nearest?.querySelectorAll('polku-service-card') ?? [])];
    expect(nearestCards.length).to.be.within(1, 5);
    // The need's first service: family counselling for a family's quarrels.
    expect(text(shadow(nearestCards[0] as Element).querySelector('[role="heading"]'))).to.equal(
      'Perheneuvola',
    );
    expect(cards(element), 'no result cards').to.have.length(0);
    const lines = shadow(zero).querySelector('[part="help-lines"]');
    expect(text(lines?.querySelector('h3'))).to.equal('Auttavat puhelimet');
    expect(lines?.querySelector('a[href="tel:112"]')).to.exist;
    // The finder's own "clear filters" stays beside it.
    expect(text(shadow(element).querySelector('.message.empty .actions button'))).to.equal(
      'Poista rajaukset',
    );
    await accessibleInBothThemes(element);
  });

  it('fi: "did you mean" runs that search, and the results heading takes the focus', async () => {
    const element = await finder('fi', 'polku-q=perhneuvolx&polku-provider=private');
    const zero = await answered(element, 'zero', 'perhneuvolx');
    const suggestion = shadow(zero).querySelector<HTMLButtonElement>('button.suggestion');
    expect(text(suggestion?.parentElement)).to.equal('Tarkoititko: perheneuvola');
    const before = zero.answer;
    suggestion?.click();
    await answered(element, 'zero', 'perheneuvola', before);
    expect(new URL(location.href).searchParams.get('polku-q')).to.equal('perheneuvola');
    expect(shadow(zero).querySelector('button.suggestion')).to.equal(null);
    expect(deepActive()?.id).to.equal('results-heading');
  });

  it('sv: what it understood, the words that found nothing and the suggestion, in Swedish', async () => {
    const element = await finder('sv', 'polku-q=familjegr%C3%A4l+xyzzyq&polku-provider=private');
    const zero = await answered(element, 'zero', 'familjegräl xyzzyq');
    const said = [...shadow(zero).querySelectorAll('.understood p')].map(text);
    expect(said).to.deep.equal([
      'Vi förstod att du söker hjälp med: Gräl i familjen',
      'De här orden gav inga träffar: xyzzyq',
    ]);
    expect(text(shadow(zero).querySelector('[part="nearest"] h3'))).to.equal('Närmaste träffar');
    expect(
      shadow(zero).querySelectorAll('[part="nearest"] polku-service-card').length,
    ).to.be.within(1, 5);
    expect(text(shadow(zero).querySelector('[part="help-lines"] h3'))).to.equal('Hjälptelefoner');
    await accessibleInBothThemes(element);
    await searchFor(element, 'famljerådgivnig', 'zero');
    const suggestion = shadow(zero).querySelector<HTMLButtonElement>('button.suggestion');
    expect(text(suggestion?.parentElement)).to.equal('Menade du: familjerådgivning');
    const before = zero.answer;
    suggestion?.click();
    await answered(element, 'zero', 'familjerådgivning', before);
    expect(shadow(zero).querySelector('button.suggestion')).to.equal(null);
  });

  it('fi: a search of danger that found nothing: the help lines first, then the nearest services', async () => {
    const element = await finder('fi', 'polku-q=mieheni+ly%C3%B6&polku-provider=private');
    const zero = await answered(element, 'zero', 'mieheni lyö');
    const help = understood(element, 'help');
    const block = shadow(help).querySelector('[part="help-first"]');
    const empty = shadow(element).querySelector('.message.empty');
    expect(block?.querySelector('a[href="tel:080005005"]')).to.exist;
    expect(block?.getBoundingClientRect().bottom).to.be.at.most(
      empty?.getBoundingClientRect().top ?? 0,
    );
    const nearest = [...shadow(zero).querySelectorAll('[part="nearest"] polku-service-card')];
    expect(text(shadow(nearest[0] as Element).querySelector('[role="heading"]'))).to.equal(
      'Turvakoti',
    );
    expect(shadow(zero).querySelector('[part="help-lines"]'), 'the lines once').to.equal(null);
    await accessibleInBothThemes(element);
  });

  it('renders the words a person typed as text, never as markup', async () => {
    const element = await finder('fi', 'polku-provider=private');
    const zero = await searchFor(element, '<img src=x onerror=alert(1)> xyzzyq', 'zero');
    expect(shadow(zero).querySelector('img')).to.equal(null);
    expect(text(shadow(zero).querySelector('.understood'))).to.contain('xyzzyq');
  });
});

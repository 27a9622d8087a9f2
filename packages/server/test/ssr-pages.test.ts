// The hosted family pages as the server renders them (Lit SSR): the first page of results in the
// HTML, the same as the API's, readable and linked without script (tier links and "Show more" are
// URLs the server renders, and so is the search form's), the seed the browser hydrates from equal to the API's answers, every
// style block allowed by the CSP, hreflang links with absolute URLs, ETags, and the fallback to the
// empty finder when rendering fails.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, constants as zlib } from 'node:zlib';
import type { Catalogue } from '@polku/catalogue';
import type { ServicePage } from '@polku/contract';
import { serveCatalogue } from '../src/catalogue/served.js';
import { startServer } from '../src/index.js';
import { familyPageFor } from '../src/routes/pages.js';
import { buildSearchIndex } from '../src/search/index.js';
import { decodeEntities, fixtureCatalogue, fixtureStaticRoot } from './helpers.js';

const hostileName = 'Aaa </script><script>alert(1)</script> & <b>';

/** The fixture, its first service (first by name in Finnish) named with markup. */
function catalogueWithMarkup(): Catalogue {
  const catalogue = fixtureCatalogue();
  return {
    ...catalogue,
    services: catalogue.services.map((service, index) =>
      index === 0 ? { ...service, name: { ...service.name, fi: hostileName } } : service,
    ),
  };
}

let url: string;
let close: () => Promise<void>;
const warnings: string[] = [];

before(async () => {
  const server = await startServer({
    catalogue: catalogueWithMarkup(),
    port: 0,
    logger: false,
    staticRoot: fixtureStaticRoot(),
    warn: (message) => warnings.push(message),
  });
  url = server.url;
  close = server.close;
});

after(() => close?.());

const get = (path: string, headers?: Record<string, string>) => fetch(`${url}${path}`, { headers });
const text = async (path: string) => (await get(path)).text();
const api = async (path: string) => (await (await get(path)).json()) as ServicePage;

/** The text of every service card's name heading, in order. */
function cardNames(html: string): string[] {
  const names: string[] = [];
  for (const [, heading] of html.matchAll(
    /id="name" part="heading" role="heading"[^>]*>([\s\S]*?)<\/div>/g,
  )) {
    names.push(
      (heading ?? '')
        .replace(/<[^>]*>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  return names;
}

function seedOf(html: string) {
  const json = /<script type="application\/json" data-polku-seed>([\s\S]*?)<\/script>/.exec(html);
  assert.ok(json, 'the page holds the finder’s seed');
  return JSON.parse(json[1] ?? '');
}

describe('the hosted family pages, rendered on the server', () => {
  it('/fi/ holds the first page of results, the API’s, in the finder’s shadow DOM', async () => {
    const html = await text('/fi/');
    assert.match(
      html,
      /<polku-finder[^>]* lang="fi"[^>]*><template shadowroot="open" shadowrootmode="open">/,
    );
    const page = await api('/v1/services?per_page=20&lang=fi');
    assert.equal(page.contents.length, 20);
    assert.deepEqual(
      cardNames(html).map(decodeEntities),
      page.contents.map((service) => service.name.fi),
    );
    // Help lines as tap-to-call links, for a reader without script as for one with it.
    for (const line of fixtureCatalogue().urgentHelp.filter((help) => help.emergency)) {
      assert.ok(html.includes(`href="tel:`), 'tel: links');
      assert.ok(html.includes(line.phone), `the help line ${line.phone}`);
    }
    assert.doesNotMatch(html, /<noscript>/, 'nothing says the page needs script');
    assert.match(html, /<script type="module" src="\/polku-finder.js"><\/script>\n<\/body>/);
  });

  it('without script, tier links and "Show more" are URLs the server renders', async () => {
    const html = await text('/fi/');
    for (const level of [1, 2, 3, 4])
      assert.ok(html.includes(`href="?polku-tier=${level}#polku-results"`));
    assert.ok(html.includes('href="?polku-per-page=40#polku-results"'));
    // They and the search form land on the results: an anchor in the finder's light DOM (after
    // its shadow root's template), since a fragment never finds an id in a shadow root.
    assert.match(
      html,
      /<form\s+id="search"\s+class="search"\s+part="search"\s+action="#polku-results"/,
    );
    const anchor = '<span slot="results-anchor" id="polku-results"></span>';
    assert.equal(html.split('id="polku-results"').length, 2, 'one element with the id');
    assert.ok(html.indexOf(anchor) > html.lastIndexOf('</template>'), 'outside the shadow roots');
    assert.ok(html.indexOf(anchor) < html.indexOf('</polku-finder>'), 'a child of the finder');

    const tier = await text('/fi/?polku-tier=2');
    const tierPage = await api('/v1/services?per_page=20&tier=2,1&lang=fi');
    assert.deepEqual(
      cardNames(tier).map(decodeEntities),
      tierPage.contents.map((service) => service.name.fi),
    );
    assert.ok(
      tier.includes('href="?polku-tier=2&amp;polku-per-page=40#polku-results"'),
      'more keeps the tier',
    );

    const more = await text('/fi/?polku-per-page=40');
    const morePage = await api('/v1/services?per_page=40&lang=fi');
    assert.deepEqual(
      cardNames(more).map(decodeEntities),
      morePage.contents.map((service) => service.name.fi),
    );
    assert.ok(more.includes('href="?polku-per-page=60#polku-results"'));
  });

  it('the search form works without script: ?polku-q= renders the results for those words', async () => {
    // Words a family might type: a word of one service's Finnish name, in lower case.
    const word = (fixtureCatalogue().services[3]?.name.fi ?? '').split(/\s+/)[0]?.toLowerCase();
    assert.ok(word, 'a word to search for');
    const first = await text('/fi/');
    assert.match(first, /<input\s[^>]*name="polku-q"[^>]*value=""/, 'the field is named');
    assert.doesNotMatch(first, /type="hidden"/, 'no tier to keep in the first view');

    const searched = await text(`/fi/?polku-q=${encodeURIComponent(` ${word} `)}`);
    const page = await api(`/v1/services?per_page=20&q=${encodeURIComponent(word)}&lang=fi`);
    assert.ok(page.contents.length > 0, `“${word}” finds services`);
    assert.deepEqual(
      cardNames(searched).map(decodeEntities),
      page.contents.map((service) => service.name.fi),
    );
    assert.ok(searched.includes(`value="${word}"`), 'the field shows the words');
    assert.equal(seedOf(searched).search.query, word, 'and the finder hydrates with them');
    const link = `?polku-q=${new URLSearchParams({ q: word }).toString().slice(2)}`;
    for (const level of [1, 2, 3, 4])
      assert.ok(
        searched.includes(`href="${link}&amp;polku-tier=${level}#polku-results"`),
        'tiers keep them',
      );

    // In a tier, the form sends the tier along with the words: the tier choice's select, chosen,
    // belongs to the form (a tier chosen there goes with the words too).
    const inTier = await text(`/fi/?polku-q=${encodeURIComponent(word)}&polku-tier=2`);
    assert.match(inTier, /<select\s[^>]*name="polku-tier"[^>]*form="search"/);
    assert.match(inTier, /<option value="2"\s+selected\s*>/);
    assert.doesNotMatch(inTier, /type="hidden" name="polku-tier"/, 'sent once');
    const tierPage = await api(
      `/v1/services?per_page=20&q=${encodeURIComponent(word)}&tier=2,1&lang=fi`,
    );
    assert.deepEqual(
      cardNames(inTier).map(decodeEntities),
      tierPage.contents.map((service) => service.name.fi),
    );
    assert.ok(
      (await text(`/sv/?polku-q=${encodeURIComponent(word)}`)).includes(
        `<link rel="alternate" hreflang="fi" href="${url}/fi/${link}">`,
      ),
      'the same search in the other languages',
    );
    // Markup and control characters in the words are text in the field, never markup or bytes.
    const hostile = await text(
      `/fi/?polku-q=${encodeURIComponent('"></input><script>alert(1)</script>\u0000\u0007x')}`,
    );
    assert.match(
      hostile,
      /name="polku-q"[^>]*value="&quot;&gt;&lt;\/input&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt; {2}x"/,
    );
    assert.ok(!hostile.includes('<script>alert'), 'no script element from the words');
    assert.ok(!hostile.includes('\u0000') && !hostile.includes('\u0007'), 'no control bytes');
    // Words that find nothing: the page says so, as the finder does.
    const none = await text('/fi/?polku-q=qqqzzzxxy');
    assert.deepEqual(cardNames(none), []);
    assert.equal(seedOf(none).search.page.total_items, 0);
  });

  it('searched pages are kept apart: a flood of words does not push the views out', async () => {
    const served = serveCatalogue(buildSearchIndex(fixtureCatalogue()));
    const at = 'https://palvelut.example';
    const view = await familyPageFor(served, 'fi', '/fi/', at, () => {});
    for (let n = 0; n < 60; n += 1)
      await familyPageFor(served, 'fi', `/fi/?polku-q=sana${n}`, at, () => {});
    assert.equal(await familyPageFor(served, 'fi', '/fi/', at, () => {}), view, 'still kept');
    const again = await familyPageFor(served, 'fi', '/fi/?polku-q=sana59', at, () => {});
    assert.equal(await familyPageFor(served, 'fi', '/fi/?polku-q=sana59', at, () => {}), again);
  });

  it('the tier choice shows the view’s tier before and without script: one option selected', async () => {
    const selected = (html: string) =>
      [...html.matchAll(/<option value="(\d?)"([^>]*)>/g)]
        .filter(([, , attributes]) => /\bselected\b/.test(attributes ?? ''))
        .map(([, value]) => value);
    assert.deepEqual(selected(await text('/fi/')), ['']);
    assert.deepEqual(selected(await text('/fi/?polku-tier=2')), ['2']);
  });

  it('renders from the API’s answers and hands them over: the seed is what /v1 serves', async () => {
    const seed = seedOf(await text('/sv/?polku-tier=3'));
    assert.deepEqual(seed.search.page, await api('/v1/services?per_page=20&tier=3,2,1&lang=sv'));
    assert.equal(seed.search.tier, 3);
    assert.equal(seed.search.perPage, 20);
    assert.deepEqual(seed.tiers, (await api('/v1/tiers')).contents);
    assert.deepEqual(seed.urgentHelp, (await api('/v1/urgent-help')).contents);
    assert.deepEqual(seed.municipalities, (await api('/v1/municipalities')).contents);
  });

  it('renders a family-list link’s services (polku-services) in the link’s language', async () => {
    const ids = fixtureCatalogue()
      .services.slice(5, 8)
      .map((service) => service.id);
    const html = await text(`/fi/?polku-services=${ids.join(',')}&polku-lang=sv`);
    const shared = html.slice(html.indexOf('<polku-shared-list'));
    assert.ok(shared.length > 0, 'the shared list is rendered');
    const byId = await api(`/v1/services?id=${[...ids].sort().join(',')}&per_page=100&lang=sv`);
    for (const service of byId.contents) {
      const name = service.name.sv ?? Object.values(service.name)[0] ?? '';
      assert.ok(decodeEntities(shared).includes(name), `${name} is on the list`);
    }
    const seed = seedOf(html);
    assert.deepEqual(seed.shared.ids, ids);
    assert.equal(seed.shared.lang, 'sv');
    // Without script, the search form, the tier links and "Show more" keep the family's list.
    const list = `polku-services=${ids.join('%2C')}&amp;polku-lang=sv`;
    assert.ok(html.includes(`<input type="hidden" name="polku-services" value="${ids.join(',')}"`));
    assert.ok(html.includes('<input type="hidden" name="polku-lang" value="sv"'));
    assert.ok(
      html.includes(`href="?polku-tier=2&amp;${list}#polku-results"`),
      'a tier link keeps the list',
    );
    assert.ok(
      html.includes(`href="?polku-per-page=40&amp;${list}#polku-results"`),
      '"Show more" keeps it',
    );
    // What the form sends: the list above the results for the words.
    const word = 'perhe';
    const searched = await text(
      `/fi/?polku-q=${word}&polku-services=${ids.join('%2C')}&polku-lang=sv`,
    );
    assert.deepEqual(seedOf(searched).shared.ids, ids);
    assert.ok(searched.includes('<polku-shared-list'), 'the list is still rendered');
    const page = await api(`/v1/services?per_page=20&q=${word}&lang=sv`);
    assert.ok(page.contents.length > 0);
    assert.deepEqual(seedOf(searched).search.page, page, 'with the results for the words');
  });

  it('markup from the catalogue is text in the HTML and cannot end the seed’s script', async () => {
    const html = await text('/fi/');
    assert.ok(!html.includes('<script>alert(1)'), 'no script element from the catalogue');
    assert.ok(!html.includes('<b>'), 'no markup from the catalogue');
    assert.equal(decodeEntities(cardNames(html)[0] ?? ''), hostileName);
    assert.equal(seedOf(html).search.page.contents[0].name.fi, hostileName);
  });

  it('every style block is allowed by its hash; HTML is short-lived and revalidated by ETag', async () => {
    const response = await get('/en/');
    const html = await response.text();
    const policy = response.headers.get('content-security-policy') ?? '';
    assert.doesNotMatch(policy, /unsafe-inline/);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    assert.ok(styles.length > 3, 'the page’s own and the shadow roots’ style blocks');
    for (const style of new Set(styles)) {
      const hash = createHash('sha256').update(style).digest('base64');
      assert.ok(policy.includes(`'sha256-${hash}'`), `a style block of ${style.length} characters`);
    }
    assert.equal(response.headers.get('cache-control'), 'public, max-age=60, must-revalidate');
    const etag = response.headers.get('etag') ?? '';
    assert.equal((await get('/en/', { 'if-none-match': etag })).status, 304);
    // What the finder does not read makes no other page (and no other render).
    const same = await get('/en/?utm_source=x&polku-per-page=5000');
    assert.equal(same.headers.get('etag'), etag);
  });

  it('goes out in brotli of the highest quality, made once with the page', async () => {
    const raw = (encoding: string, path = '/sv/') =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        request(`${url}${path}`, { headers: { 'accept-encoding': encoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ headers: response.headers, body: Buffer.concat(chunks) }),
          );
        })
          .on('error', reject)
          .end();
      });
    const plain = await raw('identity');
    const br = await raw('br');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.deepEqual(brotliDecompressSync(br.body), plain.body);
    const best = brotliCompressSync(plain.body, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY },
    });
    assert.ok(br.body.length <= best.length + 64, `${br.body.length} B, at best ${best.length} B`);
    assert.deepEqual((await raw('br')).body, br.body);
    // A searched page, mostly asked for once, is compressed on request (at a quicker quality).
    const searched = '/sv/?polku-q=st%C3%B6d';
    const searchedBr = await raw('br', searched);
    assert.equal(searchedBr.headers['content-encoding'], 'br');
    assert.deepEqual(brotliDecompressSync(searchedBr.body), (await raw('identity', searched)).body);
  });

  it('links the page in each language with absolute URLs (hreflang)', async () => {
    const html = await text('/sv/?polku-tier=2');
    for (const lang of ['fi', 'sv', 'en']) {
      assert.ok(
        html.includes(
          `<link rel="alternate" hreflang="${lang}" href="${url}/${lang}/?polku-tier=2">`,
        ),
        lang,
      );
    }
    assert.ok(html.includes(`hreflang="x-default" href="${url}/fi/?polku-tier=2"`));
    const statement = await text('/en/accessibility');
    assert.ok(statement.includes(`hreflang="fi" href="${url}/fi/saavutettavuus"`));
  });

  it('describes each page in its own language (meta description)', async () => {
    const descriptions = new Set<string>();
    for (const lang of ['fi', 'sv', 'en']) {
      const html = await text(`/${lang}/`);
      const found = /<meta name="description" content="([^"]{40,})">/.exec(html)?.[1];
      assert.ok(found, `/${lang}/ has a description`);
      descriptions.add(found);
    }
    assert.equal(descriptions.size, 3, 'one per language');
  });

  it('uses the public URL for the hreflang links when one is configured', async () => {
    const server = await startServer({
      catalogue: fixtureCatalogue(),
      port: 0,
      logger: false,
      staticRoot: fixtureStaticRoot(),
      publicUrl: 'https://palvelut.example/',
      warn: () => {},
    });
    try {
      const html = await (await fetch(`${server.url}/fi/`)).text();
      assert.ok(html.includes('hreflang="sv" href="https://palvelut.example/sv/"'));
    } finally {
      await server.close();
    }
  });

  it('without a public URL, a few Host names get pages of their own, and no more', async () => {
    const logged: string[] = [];
    const server = await startServer({
      catalogue: fixtureCatalogue(),
      port: 0,
      logger: false,
      staticRoot: fixtureStaticRoot(),
      // (The fixture's static files say something of their own.)
      warn: (message) => {
        if (message.includes('host names')) logged.push(message);
      },
    });
    const asHost = (host: string) =>
      new Promise<string>((resolve, reject) => {
        request(`${server.url}/sv/`, { headers: { host } }, (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            body += chunk;
          });
          response.on('end', () => resolve(body));
        })
          .on('error', reject)
          .end();
      });
    const alternate = (html: string) => /hreflang="fi" href="([^"]+)"/.exec(html)?.[1];
    try {
      // A deployment's own names each get their links (the first asked for is this test's).
      const hosts = Array.from({ length: 12 }, (_, index) => `name${index}.example:8080`);
      const first = await asHost(hosts[0] ?? '');
      assert.equal(alternate(first), 'http://name0.example:8080/fi/');
      for (const host of hosts.slice(1, 8))
        assert.equal(alternate(await asHost(host)), `http://${host}/fi/`);
      assert.deepEqual(logged, []);
      // Beyond eight, a Host of its own makes no page of its own: the first one's links, once said.
      for (const host of hosts.slice(8))
        assert.equal(alternate(await asHost(host)), 'http://name0.example:8080/fi/');
      assert.equal(logged.length, 1);
      assert.match(logged[0] ?? '', /more than 8 host names[\s\S]*--public-url/);
      assert.equal(alternate(await asHost('name3.example:8080')), 'http://name3.example:8080/fi/');
    } finally {
      await server.close();
    }
  });

  it('a finder that fails to render: the page goes out with the empty finder, and it is logged', async () => {
    const served = serveCatalogue(buildSearchIndex(fixtureCatalogue()));
    const logged: string[] = [];
    const page = await familyPageFor(
      served,
      'sv',
      '/sv/',
      'https://palvelut.example',
      (message) => logged.push(message),
      async () => {
        throw new Error('no renderer here');
      },
    );
    const html = page.body.toString('utf8');
    // Its cards still link each service's own page, which needs no script.
    assert.match(
      html,
      /<polku-finder lang="sv" details-link="\/sv\/tjanst\/\{id\}"><\/polku-finder>/,
    );
    assert.match(html, /<noscript>/);
    assert.match(html, /<script type="module" src="\/polku-finder.js"><\/script>\n<\/head>/);
    assert.equal(logged.length, 1);
    assert.match(
      logged[0] ?? '',
      /\/sv\/: the finder could not be rendered[\s\S]*no renderer here/,
    );
    assert.deepEqual(
      warnings.filter((message) => message.includes('could not be rendered')),
      [],
      'the real server rendered every page',
    );
  });
});

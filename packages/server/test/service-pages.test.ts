// A service's own page (`/fi/palvelu/<id>`, `/sv/tjanst/<id>`, `/en/service/<id>`): where a card's
// "More details" leads on the hosted pages before their script has run and without it. The
// details as `<polku-service-details inline>` renders them, in declarative shadow DOM, with no
// script; catalogue text stays text; an unknown id is the 404 page in that language.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Catalogue } from '@polku/catalogue';
import type { Service, ServicePage } from '@polku/contract';
import { serveCatalogue } from '../src/catalogue/served.js';
import { startServer } from '../src/index.js';
import { familyPageFor, servicePageFor } from '../src/routes/pages.js';
import { buildSearchIndex } from '../src/search/index.js';
import { decodeEntities, fixtureCatalogue, fixtureStaticRoot } from './helpers.js';

const hostileName = 'Bbb </script><script>alert(1)</script> & <b>';
const hostileDescription = '<img src=x onerror=alert(2)> Kuvaus & "lainaus"';
const guidancePhone = '019 5600 999';

let catalogue: Catalogue;
let url: string;
let close: () => Promise<void>;

/** The fixture's first service with a phone, renamed with markup; a guidance to ask instead. */
function testCatalogue(): Catalogue {
  const base = fixtureCatalogue();
  const phoned = base.services.findIndex((service) =>
    service.channels.some((channel) => channel.type === 'phone'),
  );
  return {
    ...base,
    serviceGuidance: {
      name: { fi: 'Neuvonta', sv: 'Rådgivning', en: 'Advice' },
      channels: [{ type: 'phone', phone: guidancePhone }],
    },
    services: base.services.map((service, index) =>
      index === phoned
        ? {
            ...service,
            name: { ...service.name, fi: hostileName },
            description: { ...service.description, fi: hostileDescription },
          }
        : service,
    ),
  };
}

before(async () => {
  catalogue = testCatalogue();
  const server = await startServer({
    catalogue,
    port: 0,
    logger: false,
    staticRoot: fixtureStaticRoot(),
    warn: () => {},
  });
  url = server.url;
  close = server.close;
});

after(() => close?.());

const get = (path: string, headers?: Record<string, string>) => fetch(`${url}${path}`, { headers });

/** The HTML as a reader without script and styles reads it: tags and comments gone. */
const readable = (html: string) =>
  decodeEntities(
    html
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<!--[\s\S]*?-->|<\?>/g, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' '),
  );

const hostile = () =>
  catalogue.services.find((service) => service.name.fi === hostileName) as Service;

describe('a service’s own page', () => {
  it('every card on /fi/ links "More details" to the service’s page, which works without script', async () => {
    const html = await (await get('/fi/')).text();
    const page = (await (await get('/v1/services?per_page=20&lang=fi')).json()) as ServicePage;
    const links = [
      ...html.matchAll(/<a part="details-button" class="details-link" href="([^"]+)"/g),
    ];
    assert.deepEqual(
      links.map((match) => match[1]),
      page.contents.map((service) => `/fi/palvelu/${service.id}`),
    );
    assert.match(html, /<polku-finder[^>]* details-link="\/fi\/palvelu\/\{id\}"/);
    const sv = await (await get('/sv/')).text();
    assert.match(sv, /href="\/sv\/tjanst\/[0-9a-f-]{36}"/);
  });

  it('shows the details in the page’s language, its name the main heading, with call links', async () => {
    const service = catalogue.services.find(
      (candidate) =>
        candidate.name.fi !== hostileName &&
        candidate.channels.some((channel) => channel.type === 'phone'),
    ) as Service;
    const response = await get(`/sv/tjanst/${service.id}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    const html = await response.text();
    assert.match(html, /<html lang="sv">/);
    const name = service.name.sv ?? service.name.fi ?? '';
    assert.ok(html.includes(`<title>${name} – `), 'the service names the page');
    const summary = service.summary.sv ?? '';
    if (summary.length >= 50)
      assert.ok(
        html.includes(`<meta name="description" content="${summary}">`),
        'and describes it',
      );
    assert.match(
      html,
      /<polku-service-details[^>]* inline lang="sv"><template shadowroot="open" shadowrootmode="open">/,
    );
    assert.match(html, /<h1 id="details-heading" part="heading">/);
    const text = readable(html);
    assert.ok(text.includes(name), 'the name');
    for (const heading of ['Vad det handlar om', 'Kontaktuppgifter', 'Remiss', 'Kostnad'])
      assert.ok(text.includes(heading), heading);
    const phone = service.channels.find((channel) => channel.type === 'phone');
    assert.ok(phone?.type === 'phone');
    assert.ok(html.includes(`href="tel:${phone.phone.replace(/[\s-]/g, '')}"`), 'a call link');
    assert.ok(
      html.includes('<p class="back"><a href="/sv/">Tillbaka till tjänstesökningen</a></p>'),
    );
    // The same service in the other languages, in the language links and hreflang.
    assert.ok(html.includes(`href="/fi/palvelu/${service.id}" lang="fi"`));
    assert.ok(html.includes(`hreflang="en" href="${url}/en/service/${service.id}"`));
    assert.doesNotMatch(html, /<script/, 'no script: the page is read as it comes');
    // The help lines, as on every family page, after the details.
    for (const line of catalogue.urgentHelp)
      assert.ok(html.includes(`href="tel:${line.phone.replace(/\s/g, '')}"`), line.phone);
  });

  it('catalogue text stays text, and every style block is allowed by its hash', async () => {
    const response = await get(`/fi/palvelu/${hostile().id}`);
    const html = await response.text();
    assert.doesNotMatch(html, /<script|<img|<b>/);
    const text = readable(html);
    assert.ok(text.includes(hostileName), 'the name, as text');
    assert.ok(text.includes(hostileDescription), 'the description, as text');
    const policy = response.headers.get('content-security-policy') ?? '';
    assert.doesNotMatch(policy, /unsafe-inline/);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
    assert.ok(styles.length >= 2, 'the page’s and the details’ style blocks');
    for (const style of new Set(styles)) {
      const hash = createHash('sha256').update(style).digest('base64');
      assert.ok(policy.includes(`'sha256-${hash}'`));
    }
    const etag = response.headers.get('etag') ?? '';
    assert.equal((await get(`/fi/palvelu/${hostile().id}`, { 'if-none-match': etag })).status, 304);
  });

  it('a service with no contact of its own says where to ask instead', async () => {
    const service = catalogue.services.find(
      (candidate) => !candidate.channels.some((channel) => channel.type !== 'home_visit'),
    ) as Service;
    assert.ok(service, 'the fixture has such a service');
    const html = await (await get(`/en/service/${service.id}`)).text();
    assert.ok(readable(html).includes('Ask for advice'));
    assert.ok(html.includes(`href="tel:${guidancePhone.replace(/\s/g, '')}"`));
  });

  it('an id no service has is the 404 page in that language, with the help lines', async () => {
    for (const path of [
      '/fi/palvelu/00000000-0000-4000-8000-000000000000',
      '/sv/tjanst/%3Cscript%3E',
      '/en/service/x',
    ]) {
      const response = await get(path);
      assert.equal(response.status, 404, path);
      assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
      const html = await response.text();
      assert.doesNotMatch(html, /<script/);
      assert.match(html, /href="tel:/, 'the help lines');
    }
  });

  it('a walk through every service’s page does not push the family pages out of the cache', async () => {
    const served = serveCatalogue(buildSearchIndex(fixtureCatalogue()));
    const at = 'https://palvelut.example';
    const view = await familyPageFor(served, 'sv', '/sv/', at, () => {});
    const ids = fixtureCatalogue().services.map((service) => service.id);
    // 800 pages of ~12 kB, each counted at three times its size: more than the 16 MB the views
    // are kept in, were they in the same cache.
    assert.ok(ids.length >= 400);
    for (const lang of ['sv', 'en'] as const)
      for (const id of ids) assert.ok(await servicePageFor(served, lang, id, at, () => {}), id);
    assert.equal(await familyPageFor(served, 'sv', '/sv/', at, () => {}), view, 'still kept');
    const last = ids.at(-1) ?? '';
    assert.equal(
      await servicePageFor(served, 'sv', last, at, () => {}),
      await servicePageFor(served, 'sv', last, at, () => {}),
    );
    assert.equal(await servicePageFor(served, 'sv', 'no-such-service', at, () => {}), undefined);
  });

  it('details that fail to render: the page gives the name and texts and a search for it, logged once', async () => {
    const served = serveCatalogue(buildSearchIndex(catalogue));
    const logged: string[] = [];
    const service = hostile();
    const failing = async (): Promise<never> => {
      throw new Error('no renderer here');
    };
    const pageOf = () =>
      servicePageFor(
        served,
        'fi',
        service.id,
        'https://palvelut.example',
        (message) => logged.push(message),
        failing,
      );
    const page = await pageOf();
    assert.ok(page);
    const html = page.body.toString('utf8');
    assert.doesNotMatch(html, /<script|<img/, 'catalogue markup stays text; no script');
    const text = readable(html);
    assert.ok(text.includes(hostileName), 'the name, as text');
    assert.match(html, /<h1>Bbb &lt;\/script&gt;/);
    assert.ok(text.includes(hostileDescription), 'the description, as text');
    assert.ok(text.includes('yhteystietoja ei juuri nyt voitu näyttää'));
    const search = `/fi/?polku-q=${encodeURIComponent(hostileName)}#polku-results`;
    assert.ok(html.includes(`href="${search.replace(/&/g, '&amp;')}"`), 'a search for the service');
    assert.match(html, /href="tel:/, 'the help lines');
    assert.equal(logged.length, 1);
    assert.match(logged[0] ?? '', /could not be rendered[\s\S]*no renderer here/);
    assert.equal(await pageOf(), page, 'kept: logged once');
    assert.equal(logged.length, 1);
  });
});

// The hosted family pages over HTTP: each language's page and accessibility statement, filled
// from the catalogue (its name escaped, never markup), under a CSP whose style hash matches the
// page's one style block, and the slashless address redirecting with its query.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { fixtureCatalogue, startTestServer, type TestServer } from './helpers.js';

const hostile = '<img src=x onerror=alert(1)> & "Alue"';
let server: TestServer;

before(async () => {
  const catalogue = fixtureCatalogue();
  server = await startTestServer({
    catalogue: { ...catalogue, name: { fi: hostile, sv: `${hostile} sv`, en: `${hostile} en` } },
  });
});

after(() => server?.close());

describe('the hosted family pages', () => {
  for (const [lang, statement] of [
    ['fi', 'saavutettavuus'],
    ['sv', 'tillganglighet'],
    ['en', 'accessibility'],
  ] as const) {
    it(`/${lang}/: the finder in ${lang}, the county's name escaped, under a strict CSP`, async () => {
      const response = await server.get(`/${lang}/`);
      assert.equal(response.status, 200);
      const html = await response.text();
      assert.match(html, new RegExp(`<html lang="${lang}">`));
      // The finder as the server rendered it (ssr-pages.test.ts has the rest).
      assert.match(html, new RegExp(`<polku-finder[^>]* lang="${lang}"[^>]*><template shadowroot`));
      assert.match(html, /<script type="module" src="\/polku-finder.js"><\/script>/);
      assert.ok(!html.includes('<img'), 'the catalogue’s name is text, never markup');
      assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Alue&quot;'));
      assert.match(html, new RegExp(`href="/${lang}/${statement}"`));
      // Every help line, for a reader without script (the ones past 112 in a disclosure).
      for (const line of fixtureCatalogue().urgentHelp) assert.ok(html.includes(line.phone));
      const policy = response.headers.get('content-security-policy') ?? '';
      assert.match(policy, /script-src 'self'/);
      assert.match(policy, /require-trusted-types-for 'script'/);
      assert.doesNotMatch(policy, /unsafe-inline/);
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
      const hash = createHash('sha256').update(style).digest('base64');
      assert.ok(policy.includes(`'sha256-${hash}'`), 'the style block is allowed by its hash');
      const etag = response.headers.get('etag') ?? '';
      assert.equal((await server.get(`/${lang}/`, { 'if-none-match': etag })).status, 304);
    });

    it(`/${lang}/${statement}: the accessibility statement, without the finder`, async () => {
      const response = await server.get(`/${lang}/${statement}`);
      assert.equal(response.status, 200);
      const html = await response.text();
      assert.match(html, new RegExp(`<html lang="${lang}">`));
      assert.match(html, /WCAG 2\.1/);
      assert.ok(!html.includes('<polku-finder'), 'no finder, no script');
      assert.ok(!html.includes('<script'));
      assert.ok(!html.includes('<img'));
      assert.match(html, new RegExp(`href="/${lang}/"`));
    });
  }

  for (const [path, lang, heading] of [
    ['/sv/tjanster/gammal-lank', 'sv', 'Sidan hittades inte'],
    ['/fi/saavutettavuusseloste?x=<b>', 'fi', 'Sivua ei löytynyt'],
    ['/en/%3Cscript%3E', 'en', 'Page not found'],
  ] as const) {
    it(`${path}: an address with no page says so in ${lang}, with the way back and the help lines`, async () => {
      const response = await server.get(path);
      assert.equal(response.status, 404);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      const html = await response.text();
      assert.match(html, new RegExp(`<html lang="${lang}">`));
      assert.match(html, new RegExp(`<h1>${heading}</h1>`));
      assert.match(html, new RegExp(`<a href="/${lang}/">`));
      for (const line of fixtureCatalogue().urgentHelp) {
        const dialled = line.phone.replace(/[\s().-]/g, '');
        assert.ok(html.includes(`href="tel:${dialled}"`), `a call link for ${line.phone}`);
      }
      assert.ok(!html.includes('<script') && !html.includes('<b>') && !html.includes('<img'));
    });
  }

  it('elsewhere an address with no page is still the API’s problem (JSON)', async () => {
    for (const path of ['/v1/nothing', '/nothing', '/fr/']) {
      const response = await server.get(path);
      assert.equal(response.status, 404, path);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
    }
  });

  it('/sv keeps a family-list link’s query when it adds the slash', async () => {
    const query = '?polku-services=0b9f1a4e-0c2b-4a57-9f5e-6d8c7b1a2e3f&polku-lang=sv';
    const response = await fetch(`${server.url}/sv${query}`, { redirect: 'manual' });
    assert.equal(response.status, 301);
    assert.equal(response.headers.get('location'), `/sv/${query}`);
  });
});

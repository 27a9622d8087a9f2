// What search engines and Lighthouse's SEO audit read in every page Polku serves (issue 20), in
// the HTML as served, before any script: a title and a meta description, `hreflang` alternates
// that are absolute addresses, and no heading before the page's `<h1>` (a Redoc page aside, whose
// markup is Redoc's). The full audits with a browser are `npm run audit`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startServer } from '@polku/server';
import { servedPages } from './served-pages.js';

let polku: Awaited<ReturnType<typeof startServer>>;

before(async () => {
  polku = await startServer({ port: 0, host: '127.0.0.1', logger: false });
});

after(async () => {
  await polku?.close();
});

/** The attributes of each tag named `name` in `html` (enough for the page heads we write). */
function tags(html: string, name: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map((match) =>
    Object.fromEntries(
      [...(match[1] ?? '').matchAll(/([\w-]+)\s*=\s*"([^"]*)"/g)].map((attribute) => [
        (attribute[1] ?? '').toLowerCase(),
        attribute[2] ?? '',
      ]),
    ),
  );
}

describe('the markup of every page Polku serves', () => {
  for (const served of servedPages) {
    it(`${served.path}: a title, a meta description, absolute hreflang, the h1 first`, async () => {
      const response = await fetch(`${polku.url}${served.path}`);
      assert.equal(response.status, 200);
      const html = await response.text();
      assert.match(html, /<title[^>]*>[^<]{10,}<\/title>/, 'a title');
      const description = tags(html, 'meta').find((meta) => meta.name === 'description');
      assert.ok((description?.content ?? '').length >= 50, 'a meta description of a sentence');
      for (const link of tags(html, 'link').filter((attributes) => attributes.hreflang)) {
        assert.match(link.href ?? '', /^https?:\/\//, `hreflang="${link.hreflang}" is absolute`);
      }
      if (served.own) {
        const headings = [...html.matchAll(/<h([1-6])\b/gi)].map((match) => match[1]);
        if (headings.length) assert.equal(headings[0], '1', 'no heading before the h1');
      }
    });
  }
});

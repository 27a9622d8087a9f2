// The relevance set: what parents and professionals type, in Finnish and Swedish (and a little
// English), against the Itä-Uusimaa demo catalogue, with the service a person would expect near
// the top. Each case names the top N it looks in and a pattern for the expected Finnish name.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { demoCatalogueDir, loadCatalogue } from '@polku/catalogue';
import { buildSearchIndex, type SearchIndex, searchServices } from '../src/index.js';

interface RelevanceCase {
  q: string;
  /** The expected service (Finnish name) is among the first `top` results. */
  top: number;
  expect: RegExp;
  why: string;
}

export const relevanceSet: RelevanceCase[] = [
  // Inflection and service names
  { q: 'perheneuvolaan', top: 3, expect: /^Perheneuvola$/, why: 'illative of the service name' },
  { q: 'perheneuvolassa', top: 3, expect: /^Perheneuvola$/, why: 'inessive' },
  { q: 'neuvolassa', top: 5, expect: /neuvola/i, why: 'inessive of neuvola' },
  {
    q: 'neuvola',
    top: 10,
    expect: /^Perheneuvola$/,
    why: 'compound tail: neuvola finds perheneuvola',
  },
  {
    q: 'perhetyöntekijä',
    top: 5,
    expect: /perhetyö/i,
    why: 'compound head: the worker finds the work',
  },
  {
    q: 'kotipalvelu',
    top: 2,
    expect: /^Lapsiperheiden kotipalvelu$/,
    why: 'the service itself, beside Vauvaperheiden kotipalvelu',
  },
  { q: 'perhekuntoutukseen', top: 1, expect: /^Perhekuntoutus$/, why: 'illative' },
  { q: 'lastensuojeluun', top: 1, expect: /^Lastensuojelu$/, why: 'illative' },
  { q: 'turvakodissa', top: 1, expect: /^Turvakoti$/, why: 'inessive with consonant gradation' },
  {
    q: 'vertaistukiryhmä',
    top: 3,
    expect: /vertaistukiryhmät/i,
    why: 'singular of the plural name',
  },
  { q: 'tukiperhe', top: 3, expect: /^Tukihenkilö- ja tukiperhetoiminta$/, why: 'compound head' },
  { q: 'koulukuraattori', top: 3, expect: /^Oppilashuolto/, why: 'name part' },
  { q: 'päihde', top: 3, expect: /MiePä/, why: 'compound head of päihdepalvelut' },
  // Typos and type-ahead
  { q: 'perheneuvla', top: 3, expect: /^Perheneuvola$/, why: 'typo: a missing letter' },
  { q: 'kotipalvleu', top: 3, expect: /kotipalvelu/i, why: 'typo: swapped letters' },
  { q: 'lastensuojleu', top: 3, expect: /^Lastensuojelu$/, why: 'typo' },
  { q: 'perheneu', top: 1, expect: /^Perheneuvola$/, why: 'type-ahead prefix' },
  { q: 'turvak', top: 1, expect: /^Turvakoti$/, why: 'type-ahead prefix' },
  // Lay words (keywords of the catalogue)
  {
    q: 'väsynyt',
    top: 10,
    expect: /Perheneuvola|kotipalvelu|perhetyö|vertaistuki/i,
    why: 'lay word for exhaustion',
  },
  {
    q: 'en jaksa enää',
    top: 10,
    expect: /Perheneuvola|kotipalvelu|perhetyö|vertaistuki/i,
    why: 'a sentence',
  },
  {
    q: 'riitelemme paljon',
    top: 5,
    expect: /Perheneuvola|Perheoikeudelliset/,
    why: 'arguing parents',
  },
  { q: 'ero', top: 5, expect: /Perheoikeudelliset|Perheneuvola/, why: 'divorce' },
  {
    q: 'kotiapua vauvaperheelle',
    top: 5,
    expect: /kotipalvelu/i,
    why: 'home help for a baby family',
  },
  {
    q: 'yksinäinen äiti',
    top: 10,
    expect: /vertaistuki|perhetyö|Etsivä|ryhmät/i,
    why: 'lonely mother: peer and baby-family groups',
  },
  { q: 'väkivalta kotona', top: 5, expect: /Turvakoti|MARAK/, why: 'violence at home' },
  {
    q: 'huostaanotto',
    top: 5,
    expect: /Lastensuojelu|Sijaishuolto|Voikukkia/,
    why: 'taking into care',
  },
  { q: 'masennus synnytyksen jälkeen', top: 3, expect: /masennuksen/, why: 'postnatal depression' },
  // Swedish
  { q: 'familjerådgivning', top: 1, expect: /^Perheneuvola$/, why: 'Swedish name' },
  { q: 'familjerådgivningen', top: 1, expect: /^Perheneuvola$/, why: 'Swedish definite form' },
  {
    q: 'hemservice',
    top: 2,
    expect: /^Lapsiperheiden kotipalvelu$/,
    why: 'Swedish name head, beside Vauvaperheiden kotipalvelu',
  },
  { q: 'skyddshem', top: 1, expect: /^Turvakoti$/, why: 'Swedish name' },
  { q: 'barnskydd', top: 1, expect: /^Lastensuojelu$/, why: 'Swedish name' },
  { q: 'familjearbete', top: 3, expect: /perhetyö/i, why: 'Swedish name' },
  { q: 'kamratstöd', top: 5, expect: /vertaistuki/i, why: 'compound head of kamratstödsgrupper' },
  { q: 'stödfamilj', top: 3, expect: /^Tukihenkilö- ja tukiperhetoiminta$/, why: 'compound head' },
  {
    q: 'trött förälder',
    top: 10,
    expect: /Perheneuvola|kotipalvelu|perhetyö|vertaistuki/i,
    why: 'tired parent',
  },
  { q: 'skilsmässa', top: 5, expect: /Perheoikeudelliset|Perheneuvola/, why: 'divorce' },
  {
    q: 'krisjour',
    top: 3,
    expect: /kriisipäivystys/,
    why: 'compound tail of social- och krisjour',
  },
  // English
  { q: 'family counselling', top: 1, expect: /^Perheneuvola$/, why: 'English name' },
  { q: 'shelter', top: 1, expect: /^Turvakoti$/, why: 'English name' },
];

let index: SearchIndex;
before(async () => {
  const { catalogue, problems } = await loadCatalogue(demoCatalogueDir);
  assert.ok(
    catalogue.services.length >= 20,
    `the demo catalogue has ${catalogue.services.length} services: ${JSON.stringify(problems.slice(0, 3))}`,
  );
  index = buildSearchIndex(catalogue);
});

describe('relevance on the demo catalogue', () => {
  for (const { q, top, expect, why } of relevanceSet) {
    test(`"${q}" finds ${expect} in the top ${top} (${why})`, () => {
      const result = searchServices(index, { q, per_page: top });
      const names = result.contents.map((service) => service.name.fi ?? '');
      assert.ok(
        names.some((name) => expect.test(name)),
        `top ${top} for "${q}": ${names.join(' | ') || '(nothing)'}`,
      );
    });
  }

  test('the set has at least 30 queries in Finnish and Swedish', () => {
    assert.ok(relevanceSet.length >= 30);
  });

  test('a tier filter puts the chosen tier first without hiding the lighter ones', () => {
    const result = searchServices(index, { q: 'perhe', tier: [3, 2, 1], per_page: 100 });
    const first = result.contents[0];
    assert.ok(first?.tiers.includes(3));
    assert.ok(
      result.contents.some((service) => !service.tiers.includes(3) && service.tiers.includes(2)),
    );
  });

  test('a Swedish query finds a service whose Swedish text is the only match', () => {
    const result = searchServices(index, { q: 'skyddshem', lang: 'fi', per_page: 3 });
    assert.ok(result.total_items > 0);
  });
});

// The relevance sets against the Itä-Uusimaa demo catalogue. The first: what parents and
// professionals type, in Finnish and Swedish (and a little English), with the service a person
// would expect near the top (the top N it looks in and a pattern for the expected Finnish name).
// The lay set (relevance-cases.ts): whole sentences, colloquial words, typos, compounds and words
// of danger, each with services that must not lead. Each prints its score and its misses.
import assert from 'node:assert/strict';
import { before, describe, type TestContext, test } from 'node:test';
import { demoCatalogueDir, loadCatalogue } from '@polku/catalogue';
import type { ServicePage } from '@polku/contract';
import { buildSearchIndex, type SearchIndex, searchServices } from '../src/index.js';
import { type LayCase, layCases, service } from './relevance-cases.js';

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
  assert.ok(catalogue.vocabulary, 'the demo catalogue has a lay vocabulary');
  index = buildSearchIndex(catalogue);
});

/** The Finnish names of the first `n` results (a case's failure message shows them). */
function topNames(result: ServicePage, n: number): string {
  return (
    result.contents
      .slice(0, n)
      .map((s) => s.name.fi ?? '')
      .join(' | ') || '(nothing)'
  );
}

/**
 * Whether a lay case holds, and if not, why: asked in `lang` (as a finder asks, in its page's
 * language, whatever language the family types in) or in none.
 */
function judge(layCase: LayCase, lang?: 'fi' | 'sv' | 'en'): string | undefined {
  const top = layCase.top ?? 3;
  const result = searchServices(index, {
    q: layCase.q,
    per_page: Math.max(top, 3),
    ...(lang ? { lang } : {}),
  });
  const ids = result.contents.map((s) => s.id);
  const problems: string[] = [];
  if (!layCase.expect.some((name) => ids.slice(0, top).includes(service[name])))
    problems.push(`none of ${layCase.expect.join(', ')} in the top ${top}`);
  const intruders = layCase.not.filter((name) => ids.slice(0, 3).includes(service[name]));
  if (intruders.length > 0) problems.push(`${intruders.join(', ')} in the top 3`);
  if (layCase.helpFirst && !result.search?.help_first) problems.push('help lines not first');
  if (layCase.helpFirst === false && result.search?.help_first)
    problems.push('help lines first where nothing speaks of danger');
  return problems.length === 0
    ? undefined
    : `"${layCase.q}": ${problems.join('; ')} (${topNames(result, Math.max(top, 3))})`;
}

/** Prints the score and the failures; the set must score at least `goal`. */
function report(t: TestContext, name: string, failures: string[], total: number, goal: number) {
  const score = (total - failures.length) / total;
  const line = `${name}: ${total - failures.length}/${total} = ${(score * 100).toFixed(1)} %`;
  t.diagnostic(line);
  console.log(`relevance ${line}`);
  for (const failure of failures) {
    t.diagnostic(`  miss ${failure}`);
    console.log(`  miss ${failure}`);
  }
  assert.ok(score >= goal, `${line}, below ${goal * 100} %:\n${failures.join('\n')}`);
}

describe('relevance on the demo catalogue', () => {
  test('the first set (service names, inflection, typos, lay words) scores at least 95 %', (t) => {
    const failures: string[] = [];
    for (const { q, top, expect, why } of relevanceSet) {
      const result = searchServices(index, { q, per_page: top });
      if (!result.contents.some((s) => expect.test(s.name.fi ?? '')))
        failures.push(
          `"${q}" (${why}): ${expect} not in the top ${top} (${topNames(result, top)})`,
        );
    }
    report(t, 'first set', failures, relevanceSet.length, 0.95);
  });

  test('the lay set (whole sentences, colloquial words, typos, compounds, safety) scores at least 95 %', (t) => {
    assert.ok(layCases.length >= 150, `${layCases.length} lay cases`);
    const failures = layCases.flatMap((layCase) => judge(layCase) ?? []);
    report(t, 'lay set', failures, layCases.length, 0.95);
  });

  // A finder asks in its page's language; a family types in its own, which may be another.
  for (const lang of ['fi', 'sv', 'en'] as const)
    test(`the lay set asked in ${lang}, as a finder in ${lang} asks, scores at least 95 %`, (t) => {
      const cases = layCases.filter((layCase) => (layCase.lang ?? lang) === lang);
      const failures = cases.flatMap((layCase) => judge(layCase, lang) ?? []);
      report(t, `lay set asked in ${lang}`, failures, cases.length, 0.95);
    });

  test('the lay set is in Finnish, Swedish and English, and every case says what must not lead', () => {
    assert.ok(layCases.every((layCase) => layCase.not.length > 0 && layCase.expect.length > 0));
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

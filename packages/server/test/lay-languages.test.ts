// The lay vocabulary is read in every language at once (families mix them), so a word of one
// language must not be read as a need in another's: Swedish "kan" (can) was Finnish "kännissä"
// (drunk) by its stem, "hit" (here) English "hitting", "flytta" (move) "fly*" (flee), English
// "make" Swedish "make" (husband), "example" Finnish "exä*" (ex). Everyday words of each
// language, alone and in a sentence, name no concept; and a threat or a fear beside another need
// is that need ("vräkning hotar" is housing, "rädd för förlossningen" childbirth). Nor is an
// everyday word one letter from a lay word read as it ("eating" is no "beating"); two letters
// swapped still are ("exhuasted"), in the language the answer is asked in. A small child who hits
// others is limits, not danger; an adult who hits is danger.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDemoCatalogue } from '@polku/catalogue';
import { buildSearchIndex, searchServices } from '../src/index.js';

const { catalogue } = await loadDemoCatalogue();
const index = buildSearchIndex(catalogue);

function understood(q: string, lang: 'fi' | 'sv' | 'en') {
  const result = searchServices(index, { q, lang, per_page: 3 });
  const search = result.search;
  assert.ok(search, q);
  return { concepts: search.concepts.map((concept) => concept.id), helpFirst: search.help_first };
}

type Query = readonly [string, 'fi' | 'sv' | 'en'];

/** Each query names `concept`, with the help lines first. */
function assertDanger(queries: readonly Query[], concept: string): void {
  for (const [q, lang] of queries) {
    const { concepts, helpFirst } = understood(q, lang);
    assert.ok(concepts.includes(concept), `${q}: ${concept}`);
    assert.equal(helpFirst, true, q);
  }
}

/**
 * Words every family types whatever its need (and a phone number's, which every service has):
 * they must mean nothing in the vocabulary.
 */
const everyday: Record<'fi' | 'sv' | 'en', string[]> = {
  fi: [
    'ja',
    'on',
    'ei',
    'me',
    'se',
    'kun',
    'voi',
    'kanssa',
    'tänne',
    'juoksee',
    'kulta',
    'puhelinnumero',
  ],
  sv: ['kan', 'inte', 'jag', 'vi', 'har', 'ska', 'vill', 'hit', 'dit', 'flyttade', 'nyss', 'kul'],
  en: [
    'can',
    'make',
    'makes',
    'for',
    'example',
    'here',
    'will',
    'russian',
    'running',
    'hot',
    'full',
    'puree',
  ],
};

/** Sentences of everyday words: no alarm, and none read as violence. */
const sentences: [string, 'fi' | 'sv' | 'en'][] = [
  ['vi flyttade hit nyss', 'sv'],
  ['vart kan jag vända mig', 'sv'],
  ['kan ni hjälpa oss', 'sv'],
  ['kul för barn', 'sv'],
  ['for example a club', 'en'],
  ['how to make friends', 'en'],
  ['russian speaking family', 'en'],
  ['my child is hot and has a fever', 'en'],
  ['i work full time and i am exhausted', 'en'],
  ['muutimme tänne juuri', 'fi'],
  ['lapsi juoksee karkuun', 'fi'],
  ['lapsi katselee televisiota', 'fi'],
  ['dottern slutade äta', 'sv'],
];

describe('lay words across languages', () => {
  for (const [lang, words] of Object.entries(everyday) as ['fi' | 'sv' | 'en', string[]][])
    it(`everyday ${lang} words name no need`, () => {
      for (const word of words) assert.deepEqual(understood(word, lang).concepts, [], word);
    });

  it('everyday sentences raise no alarm and read as no violence', () => {
    for (const [q, lang] of sentences) {
      const { concepts, helpFirst } = understood(q, lang);
      assert.equal(helpFirst, false, q);
      assert.ok(!concepts.includes('violence-close-relationship'), q);
      assert.ok(!concepts.includes('substance-use'), q);
    }
    // Moving here means the same in Swedish as in Finnish: new in the area.
    assert.deepEqual(understood('vi flyttade hit nyss', 'sv').concepts, ['loneliness']);
    assert.deepEqual(understood('muutimme tänne juuri', 'fi').concepts, ['loneliness']);
  });

  it('a threat or a fear beside another need is that need; beside a person, danger', () => {
    const calm: [string, 'fi' | 'sv' | 'en', string][] = [
      ['vi hotas av vräkning', 'sv', 'housing'],
      ['threat of eviction', 'en', 'housing'],
      ['häätö uhkaa', 'fi', 'housing'],
      ['jag är rädd för förlossningen', 'sv', 'pregnancy'],
      ['pelkään synnytystä', 'fi', 'pregnancy'],
    ];
    for (const [q, lang, need] of calm) {
      const { concepts, helpFirst } = understood(q, lang);
      assert.equal(helpFirst, false, q);
      assert.ok(!concepts.includes('violence-close-relationship'), q);
      assert.ok(concepts.includes(need), `${q}: ${need}`);
    }
    for (const [q, lang] of [
      ['min man hotar mig', 'sv'],
      ['han hotar mig', 'sv'],
      ['my ex threatens to take the kids', 'en'],
      ['pelkään miestäni', 'fi'],
      ['rädd', 'sv'],
    ] as const)
      assert.equal(understood(q, lang).helpFirst, true, q);
  });

  it('an everyday word one letter from a lay word is that word, not the lay word', () => {
    // Each was read as the need beside it, the ones of danger with the help lines first.
    const near: [string, 'fi' | 'sv' | 'en', string][] = [
      ['eating', 'en', 'violence-close-relationship'], // beating
      ['thread', 'en', 'violence-close-relationship'], // threat
      ['sacred heart parish', 'en', 'violence-close-relationship'], // scared
      ['vatsaa puristaa', 'fi', 'violence-close-relationship'], // kuristaa, strangles
      ['sparar pengar', 'sv', 'violence-close-relationship'], // sparkar, kicks
      ['getting a job', 'en', 'gambling'], // betting
      ['lapsen leikkaus', 'fi', 'gambling'], // veikkaus
      ['huolta lapsesta', 'fi', 'custody-and-contact'], // huolto
      ['maternity leave', 'en', 'custody-and-contact'], // paternity
      ['medication', 'en', 'separation'], // mediation
      ['läkare', 'sv', 'school-and-bullying'], // lärare
      ['barnet har kräkningar', 'sv', 'money-worries'], // räkningar
      ['long standing conflict', 'en', 'help-at-home'], // Swedish städning
    ];
    for (const [q, lang, not] of near) {
      const { concepts, helpFirst } = understood(q, lang);
      assert.ok(!concepts.includes(not), `${q}: ${not}`);
      assert.equal(helpFirst, false, q);
    }
  });

  it('a small child who hits others is limits, not violence; an adult who hits is danger', () => {
    for (const [q, lang] of [
      ['taapero lyö', 'fi'],
      ['lapsi lyö muita lapsia', 'fi'],
      ['3-vuotias lyö ja puree', 'fi'],
      ['treåringen slår', 'sv'],
      ['barnet slår andra barn', 'sv'],
      ['toddler hits other kids', 'en'],
      ['my son hits his sister', 'en'],
    ] as const)
      assert.deepEqual(
        understood(q, lang),
        { concepts: ['tantrums-and-limits'], helpFirst: false },
        q,
      );
    assertDanger(
      [
        ['mieheni lyö lasta', 'fi'],
        ['olen niin väsynyt että lyön lasta', 'fi'],
        ['min man slår barnen', 'sv'],
        ['i hit my child', 'en'],
      ],
      'child-in-danger',
    );
    assertDanger(
      [
        ['hän lyö minua', 'fi'],
        ['mieheni lyö', 'fi'],
        ['teini lyö äitiä', 'fi'],
        ['han slår mig', 'sv'],
        ['my husband hits me', 'en'],
      ],
      'violence-close-relationship',
    );
  });

  it('a partner who controls is danger; control, checks and health checks elsewhere are not', () => {
    assertDanger(
      [
        ['mieheni kontrolloi minua', 'fi'],
        ['min man kontrollerar mig', 'sv'],
        ['my boyfriend checks my phone', 'en'],
        ['my husband won’t let me see my friends', 'en'],
      ],
      'violence-close-relationship',
    );
    for (const [q, lang] of [
      ['barnets hälsokontroller på rådgivningen', 'sv'],
      ['self-control', 'en'],
      ['controlling anger', 'en'],
      ['kontrolloida vihaa', 'fi'],
      ['my son won’t let me help him', 'en'],
      ['baby won’t let me sleep', 'en'],
    ] as const) {
      const { concepts, helpFirst } = understood(q, lang);
      assert.ok(!concepts.includes('violence-close-relationship'), q);
      assert.equal(helpFirst, false, q);
    }
  });

  it('two letters swapped still read as the lay word, in the language asked in', () => {
    assert.deepEqual(understood('exhuasted', 'en').concepts, ['exhaustion']);
    assert.deepEqual(understood('i feel so lonley', 'en').concepts, ['loneliness']);
    assert.deepEqual(understood('yksinäienn', 'fi').concepts, ['loneliness']);
    const violence = understood('väkivlata', 'fi');
    assert.deepEqual(violence.concepts, ['violence-close-relationship']);
    assert.equal(violence.helpFirst, true);
    // Asked in Finnish, an English word with two letters swapped is not read as English.
    assert.deepEqual(understood('exhuasted', 'fi').concepts, []);
  });

  it('a word the catalogue holds is meant as written, not as a typo of a lay word', () => {
    // "neuvola", the clinic, was "neuvoa" (advice): "Where to get help?" and Service guidance
    // second.
    const result = searchServices(index, { q: 'neuvola', lang: 'fi', per_page: 3 });
    assert.deepEqual(result.search?.concepts, []);
    assert.equal(result.contents[0]?.name.fi, 'Neuvola');
    // "vankar" (toddles) is "vaknar" (wakes) with two letters swapped, unless the catalogue
    // holds the word.
    const wakes = (searched: typeof index) =>
      searchServices(searched, { q: 'vankar', lang: 'sv' }).search?.concepts.map(
        (concept) => concept.id,
      );
    assert.deepEqual(wakes(index), ['baby-sleep-and-crying']);
    const [first, ...rest] = catalogue.services;
    assert.ok(first);
    const described = {
      ...first,
      description: {
        ...first.description,
        sv: `${first.description.sv} När barnet lär sig gå vankar det.`,
      },
    };
    assert.deepEqual(wakes(buildSearchIndex({ ...catalogue, services: [described, ...rest] })), []);
  });
});

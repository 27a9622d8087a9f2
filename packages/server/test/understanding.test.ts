// Issue 12 on the demo catalogue: the default order, lighter help first, safety words, negations,
// compounds, and what a search says it understood (never a dead end). Every answer checked
// against the spec.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import { loadDemoCatalogue } from '@polku/catalogue';
import type { ServiceSearchParams } from '@polku/contract';
import { indexForServing } from '../src/catalogue/compact.js';
import { buildSearchIndex, searchServices } from '../src/index.js';
import { splitCompound } from '../src/search/query/decompound.js';
import { live } from '../src/search/search-index.js';
import { fromTransferable, toTransferable } from '../src/search/transfer.js';
import { validator } from './helpers.js';
import { service } from './relevance-cases.js';

const { catalogue } = await loadDemoCatalogue();
const index = buildSearchIndex(catalogue);

function search(params: ServiceSearchParams) {
  const result = searchServices(index, params);
  assert.deepEqual(validator.validate('ServicePage', result), [], JSON.stringify(params));
  return result;
}
const ids = (params: ServiceSearchParams) => search(params).contents.map((s) => s.id);

describe('the default order', () => {
  test('without a query: the priority order, the same in every language, then by name', () => {
    const fi = ids({ per_page: 100 });
    assert.deepEqual(fi.slice(0, 3), [
      service.neuvola,
      service.kohtaamispaikat,
      service.perheneuvola,
    ]);
    assert.deepEqual(ids({ per_page: 100, lang: 'sv' }).slice(0, 20), fi.slice(0, 20));
    assert.deepEqual(ids({ per_page: 100, lang: 'en' }).slice(0, 20), fi.slice(0, 20));
    const prioritised = catalogue.services.filter((s) => s.priority !== undefined).length;
    const rest = search({ per_page: 100, lang: 'sv' }).contents.slice(prioritised);
    const names = rest.map((s) => s.name.sv ?? '');
    assert.deepEqual(names, [...names].sort(new Intl.Collator('sv').compare));
  });

  test('sort=name is still by name; a tier filter keeps the default order within it', () => {
    const byName = search({ sort: 'name', per_page: 3 }).contents.map((s) => s.name.fi);
    assert.equal(byName[0], 'Aikuissosiaalityö');
    assert.equal(ids({ tier: [2, 1], per_page: 1 })[0], service.neuvola);
  });
});

describe('the lightest fitting help first', () => {
  test('a mild query ranks tier 1-2 services above help a professional arranges', () => {
    const top = ids({ q: 'kaipaan vertaistukea', per_page: 3 });
    assert.ok(top.includes(service.vertaistuki));
    assert.ok(!top.includes(service.voikukkia), 'Voikukkia is for parents whose child is in care');
  });

  test('a query that names the heavier service finds it first', () => {
    assert.equal(ids({ q: 'voikukkia', per_page: 1 })[0], service.voikukkia);
    assert.equal(
      ids({ q: 'sijoitettu lapsi vertaistuki', per_page: 3 }).includes(service.voikukkia),
      true,
    );
  });

  test('a chosen tier still comes first, and the lighter tiers follow', () => {
    const result = search({ q: 'vertaistuki', tier: [4, 3, 2, 1], per_page: 50 });
    assert.equal(result.contents[0]?.id, service.voikukkia);
    assert.ok(result.contents.some((s) => s.id === service.vertaistuki));
  });
});

describe('words of danger', () => {
  for (const q of ['mieheni lyö minua', 'min man slår mig', 'my husband hits me']) {
    test(`"${q}" puts the acute help and the help lines first`, () => {
      const result = search({ q, per_page: 3 });
      assert.equal(result.search?.help_first, true);
      assert.ok(result.search?.help_lines.includes('nollalinja'));
      assert.ok(
        result.search?.help_lines.every((id) => catalogue.urgentHelp.some((l) => l.id === id)),
      );
      assert.equal(result.contents[0]?.id, service.turvakoti);
      assert.ok(
        result.search?.concepts.some((c) => c.id === 'violence-close-relationship' && c.safety),
      );
    });
  }

  test('a mild query does not say so', () => {
    assert.equal(search({ q: 'perheneuvola' }).search?.help_first, false);
  });
});

describe('phrases, negations and compounds', () => {
  test('"stöd i hemmet" is help at home, not out-of-home care', () => {
    const top = ids({ q: 'stöd i hemmet', per_page: 3 });
    assert.ok(!top.includes(service.sijaishuolto));
    assert.ok(top.includes(service.kotipalvelu) || top.includes(service.vauvaKotipalvelu));
    assert.equal(ids({ q: 'vård utom hemmet', per_page: 1 })[0], service.sijaishuolto);
  });

  test('compounds the index does not hold whole are split into words it does', () => {
    const live_ = index[live];
    assert.deepEqual(splitCompound(live_, 'perheriita'), ['perhe', 'riita']);
    assert.deepEqual(splitCompound(live_, 'kodinhoitoapu'), ['kodin', 'hoito', 'apu']);
    assert.deepEqual(splitCompound(live_, 'familjegräl'), ['familje', 'gräl']);
    assert.equal(splitCompound(live_, 'perheneuvola'), undefined, 'a known word stays whole');
    assert.deepEqual(search({ q: 'perheriita' }).search?.words, ['perhe', 'riita']);
    assert.ok(ids({ q: 'perheriita', per_page: 3 }).includes(service.perheneuvola));
  });

  test('inflected and colloquial forms find the same help', () => {
    for (const q of ['riidellään', 'vi bråkar', 'bråka', 'bråket']) {
      assert.ok(ids({ q, per_page: 3 }).includes(service.perheneuvola), q);
    }
  });
});

describe('never a dead end', () => {
  test('nothing found: the words it did not know, the help lines and the first services', () => {
    const result = search({ q: 'qwxzzy' });
    assert.equal(result.total_items, 0);
    assert.deepEqual(result.search?.unknown_words, ['qwxzzy']);
    assert.deepEqual(
      result.search?.help_lines,
      catalogue.urgentHelp.map((line) => line.id),
    );
    assert.equal(result.search?.nearest?.length, 5);
    assert.equal(result.search?.nearest?.[0]?.id, service.neuvola);
  });

  test('filters that leave nothing: the nearest are the matches without them', () => {
    const result = search({ q: 'perheneuvola', provider_type: ['parish'] });
    assert.equal(result.total_items, 0);
    assert.equal(result.search?.nearest?.[0]?.id, service.perheneuvola);
  });

  test('a misspelt word: did_you_mean in the catalogue’s own spelling', () => {
    assert.equal(search({ q: 'perheneuvla' }).search?.did_you_mean, 'perheneuvola');
    assert.equal(search({ q: 'perheneuvola' }).search?.did_you_mean, undefined);
    assert.equal(search({ q: 'Perheneuvola' }).search?.did_you_mean, undefined);
    // The rest of the text stays as typed: its punctuation, and the words that were understood.
    assert.equal(
      search({ q: 'perheneuvla - isän ja äidin riita' }).search?.did_you_mean,
      'perheneuvola - isän ja äidin riita',
    );
  });

  test('concept labels follow lang', () => {
    const result = search({ q: 'nepsy', lang: 'sv' });
    const label = result.search?.concepts[0]?.label;
    assert.deepEqual(Object.keys(label ?? {}), ['sv']);
  });

  test('without q there is no search member', () => {
    assert.equal(search({}).search, undefined);
  });
});

test('the lay vocabulary reaches an index handed over from the loader process', () => {
  const original = indexForServing(catalogue);
  const copy = fromTransferable(deserialize(serialize(toTransferable(original))));
  for (const q of ['mieheni lyö minua', 'stöd i hemmet', 'perheriita']) {
    assert.deepEqual(searchServices(copy, { q }), searchServices(original, { q }), q);
  }
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateCatalogue } from '@polku/generator';
import { compareByFinnishName, languagesOfTexts, sortByFinnishName } from '../src/texts.js';

describe('Finnish-name order', () => {
  it('puts Å, Ä and Ö after Z, as Finnish does, ties by id', () => {
    const records = ['Öljy', 'Äiti', 'Zeta', 'Åbo', 'auto', 'Auto'].map((fi, index) => ({
      id: `id-${5 - index}`,
      name: { fi },
    }));
    assert.deepEqual(
      sortByFinnishName(records).map((record) => record.name.fi),
      ['auto', 'Auto', 'Zeta', 'Åbo', 'Äiti', 'Öljy'],
    );
  });

  it('ignores punctuation, so a quoted name sorts under its first letter', () => {
    const records = ['"Neljän tuulen" työ', 'Aikuissosiaalityö', 'MLL:n perhekahvilat', 'Zeta'].map(
      (fi, index) => ({ id: `id-${index}`, name: { fi } }),
    );
    assert.deepEqual(
      sortByFinnishName(records).map((record) => record.name.fi),
      ['Aikuissosiaalityö', 'MLL:n perhekahvilat', '"Neljän tuulen" työ', 'Zeta'],
    );
  });

  it('sorts by rank exactly as the comparator does', () => {
    const { services } = generateCatalogue({ services: 2000, seed: 5 });
    const shuffled = [...services].reverse();
    assert.deepEqual(
      sortByFinnishName([...shuffled]).map((service) => service.id),
      [...shuffled].sort(compareByFinnishName).map((service) => service.id),
    );
  });
});

describe('languagesOfTexts', () => {
  it('keeps the languages every text has, in fi, sv, en order', () => {
    assert.deepEqual(
      languagesOfTexts([
        { en: 'a', sv: 'b', fi: 'c' },
        { sv: 'd', fi: 'e' },
      ]),
      ['fi', 'sv'],
    );
    assert.deepEqual(languagesOfTexts([{ fi: 'a' }, { sv: 'b' }]), []);
    assert.deepEqual(languagesOfTexts([{ fi: '' }]), []);
  });
});

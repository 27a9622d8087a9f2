// Languages of display texts, and the Finnish-name order every list of the catalogue uses.
import { type LanguageCode, type LocalizedText, languageOrder } from '@polku/contract';

/**
 * The languages present in every one of `texts`, in fi, sv, en order: a record's
 * `available_languages` as the data format derives it. Anything not a text counts as empty.
 */
export function languagesOfTexts(texts: readonly unknown[]): LanguageCode[] {
  return languageOrder.filter((language) =>
    texts.every((text) => {
      if (text === null || typeof text !== 'object') return false;
      const value = (text as Record<string, unknown>)[language];
      return typeof value === 'string' && value.length > 0;
    }),
  );
}

// Punctuation is ignored, so '"Neljän tuulen" ehkäisevä työ' sorts under N, not before A.
const finnishCollator = new Intl.Collator('fi', {
  sensitivity: 'variant',
  numeric: true,
  ignorePunctuation: true,
});

function sortName(name: LocalizedText): string {
  return name.fi ?? name.sv ?? name.en ?? '';
}

/** Orders records by Finnish name (then Swedish, English), ties by id, so order is stable. */
export function compareByFinnishName(
  a: { name: LocalizedText; id: string },
  b: { name: LocalizedText; id: string },
): number {
  return finnishCollator.compare(sortName(a.name), sortName(b.name)) || compareIds(a.id, b.id);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts `records` in place in `compareByFinnishName` order. Collates each distinct name once and
 * then sorts by rank: catalogues repeat names a lot, and the collator is the slow part.
 */
export function sortByFinnishName<T extends { name: LocalizedText; id: string }>(
  records: T[],
): T[] {
  const distinct = [...new Set(records.map((record) => sortName(record.name)))].sort(
    finnishCollator.compare,
  );
  const rank = new Map<string, number>();
  let current = 0;
  distinct.forEach((name, index) => {
    // Names the collator holds equal share a rank, so their order falls to the id as well.
    if (index > 0 && finnishCollator.compare(distinct[index - 1] as string, name) !== 0)
      current += 1;
    rank.set(name, current);
  });
  const ranked = records.map((record) => ({
    record,
    rank: rank.get(sortName(record.name)) as number,
  }));
  ranked.sort((a, b) => a.rank - b.rank || compareIds(a.record.id, b.record.id));
  ranked.forEach((entry, index) => {
    records[index] = entry.record;
  });
  return records;
}

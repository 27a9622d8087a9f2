// Name order: the documents ordered by name in each display language (a name missing in that
// language falls back along fi → sv → en), ties by id. A query without text lists its hits in
// this order without sorting; `rank` is each document's place in it, for sorting by name.
import { type LanguageCode, languageOrder, pickText, type Service } from '@polku/contract';
import { nameCollator } from '../localize.js';
import { normalizeText } from './text.js';

export interface NameOrder {
  readonly order: Readonly<Record<LanguageCode, Int32Array>>;
  readonly rank: Readonly<Record<LanguageCode, Int32Array>>;
}

/** Documents by name in `language`, ties by document number (id order). */
function orderByName(services: readonly Service[], language: LanguageCode): Int32Array {
  // Distinct names are collated once; documents then sort by the rank of their name, then id.
  const collator = nameCollator(language);
  const nameNumbers = new Map<string, number>();
  const distinct: string[] = [];
  const nameOf = new Int32Array(services.length);
  for (let doc = 0; doc < services.length; doc += 1) {
    const raw = pickText((services[doc] as Service).name, language)?.text ?? '';
    let n = nameNumbers.get(raw);
    if (n === undefined) {
      n = distinct.length;
      nameNumbers.set(raw, n);
      distinct.push(normalizeText(raw));
    }
    nameOf[doc] = n;
  }
  const distinctOrder = Int32Array.from(distinct.keys());
  distinctOrder.sort((a, b) => collator.compare(distinct[a] as string, distinct[b] as string));
  // Names the collator calls equal share a rank, so their documents fall back to id order.
  const distinctRank = new Int32Array(distinct.length);
  for (let i = 0; i < distinctOrder.length; i += 1) {
    const n = distinctOrder[i] as number;
    const previous = i > 0 ? (distinctOrder[i - 1] as number) : -1;
    distinctRank[n] =
      previous >= 0 && collator.compare(distinct[previous] as string, distinct[n] as string) === 0
        ? (distinctRank[previous] as number)
        : i;
  }
  const order = Int32Array.from(nameOf.keys());
  order.sort(
    (a, b) =>
      (distinctRank[nameOf[a] as number] as number) -
        (distinctRank[nameOf[b] as number] as number) || a - b,
  );
  return order;
}

export function buildNameOrder(services: readonly Service[]): NameOrder {
  const order = {} as Record<LanguageCode, Int32Array>;
  const rank = {} as Record<LanguageCode, Int32Array>;
  for (const language of languageOrder) {
    const byName = orderByName(services, language);
    const ranks = new Int32Array(services.length);
    for (let i = 0; i < services.length; i += 1) ranks[byName[i] as number] = i;
    order[language] = byName;
    rank[language] = ranks;
  }
  return { order, rank };
}

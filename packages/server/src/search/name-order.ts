// Name order: the documents ordered by name in each display language (a name missing in that
// language falls back along fi → sv → en), ties by id; `rank` is each document's place in it, for
// sorting by name. The default order (a query without text) puts the services with a `priority`
// first, lowest first, in the same order in every language, then the rest by name.
import { type LanguageCode, languageOrder, pickText, type Service } from '@polku/contract';
import { nameCollator } from '../localize.js';
import { normalizeText } from './text.js';

export interface NameOrder {
  readonly order: Readonly<Record<LanguageCode, Int32Array>>;
  readonly rank: Readonly<Record<LanguageCode, Int32Array>>;
  /** The default order and ranks; undefined when no service has a priority (then it is by name). */
  readonly defaultOrder: Readonly<Record<LanguageCode, Int32Array>> | undefined;
  readonly defaultRank: Readonly<Record<LanguageCode, Int32Array>> | undefined;
}

/** `byName` with the services that have a priority moved first, by priority (ties by name). */
function prioritised(
  services: readonly Service[],
  byName: Int32Array,
): { order: Int32Array; rank: Int32Array } | undefined {
  const first: number[] = [];
  for (const doc of byName) if ((services[doc] as Service).priority !== undefined) first.push(doc);
  if (first.length === 0) return undefined;
  const priorityOf = (doc: number) => (services[doc] as Service).priority as number;
  // A stable sort keeps name order among equal priorities.
  first.sort((a, b) => priorityOf(a) - priorityOf(b));
  const order = new Int32Array(byName.length);
  order.set(first);
  let at = first.length;
  for (const doc of byName)
    if ((services[doc] as Service).priority === undefined) order[at++] = doc;
  const rank = new Int32Array(byName.length);
  for (let i = 0; i < order.length; i += 1) rank[order[i] as number] = i;
  return { order, rank };
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
  const defaultOrder = {} as Record<LanguageCode, Int32Array>;
  const defaultRank = {} as Record<LanguageCode, Int32Array>;
  for (const language of languageOrder) {
    const byName = orderByName(services, language);
    const ranks = new Int32Array(services.length);
    for (let i = 0; i < services.length; i += 1) ranks[byName[i] as number] = i;
    order[language] = byName;
    rank[language] = ranks;
    const first = prioritised(services, byName);
    if (!first) continue;
    defaultOrder[language] = first.order;
    defaultRank[language] = first.rank;
  }
  // Priorities are the same in every language: all three orders exist, or none.
  return defaultOrder.fi
    ? { order, rank, defaultOrder, defaultRank }
    : { order, rank, defaultOrder: undefined, defaultRank: undefined };
}

// The search index: its sections (each built in its own module) and the handle callers hold.
// A `SearchIndex` shows callers only the catalogue it was built from; its data is read by this
// folder alone (`index[live]`), so the layout can change without touching a route.
import type { Catalogue } from '@polku/catalogue';
import type { Service } from '@polku/contract';
import type { DescriptionStore } from '../catalogue/descriptions.js';
import { type IdLookup, idLookup } from './documents.js';
import type { FacetSlots } from './facets.js';
import type { FilterColumns, FilterLists, ValueNumbers } from './filter-columns.js';
import { buildLayIndex, type LayIndex } from './lay.js';
import type { NameOrder } from './name-order.js';
import type { Postings } from './postings.js';
import { makeScratch, type Scratch } from './scratch.js';
import { buildVocabulary, type Vocabulary } from './vocabulary.js';

/** The index as plain data: what is built once, and what a transfer hands over. */
export interface IndexData {
  /** Services may hold their description's number in `descriptions` (descriptions.ts). */
  readonly catalogue: Catalogue;
  readonly descriptions: DescriptionStore | undefined;
  /** Services ordered by id: a service's position is its document number. */
  readonly services: readonly Service[];
  readonly postings: Postings;
  readonly columns: FilterColumns;
  readonly lists: FilterLists;
  readonly numbers: ValueNumbers;
  readonly facets: FacetSlots;
  readonly names: NameOrder;
}

/** The data and what is rebuilt from it rather than handed over. */
export interface LiveIndex extends IndexData {
  readonly ids: IdLookup;
  readonly vocabulary: Vocabulary;
  /** The catalogue's lay words and concepts (lay.ts). */
  readonly lay: LayIndex;
  readonly scratch: Scratch;
}

/** The key of a handle's data: only this folder imports it. */
export const live: unique symbol = Symbol('polku search index');

/** An index of one catalogue, built by `buildSearchIndex`; read it through `searchServices`. */
export interface SearchIndex {
  /** The catalogue the index was built from. */
  readonly catalogue: Catalogue;
  readonly [live]: LiveIndex;
}

/** The handle of `data`, with what is cheap to rebuild (the radix trees, the ids, the scratch). */
export function openIndex(data: IndexData): SearchIndex {
  const ids = idLookup(data.catalogue, data.services);
  const lay = buildLayIndex(data.catalogue, ids);
  const index: LiveIndex = {
    ...data,
    ids,
    vocabulary: buildVocabulary(data.postings.terms, lay.lexicon),
    lay,
    scratch: makeScratch(data.services.length, data.facets),
  };
  return { catalogue: data.catalogue, [live]: index };
}

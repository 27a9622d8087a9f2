// Scratch space reused by every query, one entry per document (the process is single-threaded):
// nothing is allocated per document per query, and only what a query wrote is cleared after it.

import { type FacetCounts, type FacetSlots, makeFacetCounts } from './facets.js';

export interface Scratch {
  termScore: Float64Array;
  score: Float64Array;
  matched: Uint32Array;
  touched: Int32Array;
  termTouched: Int32Array;
  hits: Int32Array;
  distance: Float64Array;
  /** Per document: the order key of the current query's hits, and their tier group. */
  sortKey: Float64Array;
  mark: Uint8Array;
  /** Per document: the query names it (a sure match in its name, or a lay word that means it). */
  named: Uint8Array;
  /** Per document: passed the filters (query/hits.ts); all 0 between queries. */
  passed: Uint8Array;
  /** Per set of query words (at most 12): the share of the query they make (query/hits.ts). */
  shares: Float64Array;
  /** Per set of query words: whether a document that matches them is a hit (query/hits.ts). */
  enough: Uint8Array;
  facetCounts: FacetCounts;
}

export function makeScratch(count: number, facets: FacetSlots): Scratch {
  return {
    termScore: new Float64Array(count),
    score: new Float64Array(count),
    matched: new Uint32Array(count),
    touched: new Int32Array(count),
    termTouched: new Int32Array(count),
    hits: new Int32Array(count),
    distance: new Float64Array(count),
    sortKey: new Float64Array(count),
    mark: new Uint8Array(count),
    named: new Uint8Array(count),
    passed: new Uint8Array(count),
    shares: new Float64Array(1 << 12),
    enough: new Uint8Array(1 << 12),
    facetCounts: makeFacetCounts(facets),
  };
}

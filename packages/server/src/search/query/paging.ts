// Paging: one page of the ordered hits, without sorting them all when the page is near the top.
import type { HitOrder } from './rank.js';

/**
 * The first `end` hits in `order`: a bounded max-heap over plain numbers when the page is near
 * the top. Keys and groups are per document, written for the hits only; no comparator closures
 * in the hot loop.
 */
function firstInOrder(hits: Int32Array, count: number, end: number, order: HitOrder): number[] {
  const take = Math.min(end, count);
  if (take === 0) return [];
  const { keys: key, groups: group } = order;
  // `a` sorts after `b`.
  const after = (a: number, b: number): boolean => {
    if (group !== undefined) {
      const ga = group[a] as number;
      const gb = group[b] as number;
      if (ga !== gb) return ga > gb;
    }
    const ka = key[a] as number;
    const kb = key[b] as number;
    return ka !== kb ? ka > kb : a > b;
  };
  const compare = (a: number, b: number): number => (after(a, b) ? 1 : after(b, a) ? -1 : 0);
  if (take * 8 >= count) {
    const all = Array.from(hits.subarray(0, count));
    all.sort(compare);
    return all.slice(0, take);
  }
  // Max-heap of the best `take` seen so far: its root is the worst of them.
  const heap = new Int32Array(take);
  let size = 0;
  for (let h = 0; h < count; h += 1) {
    const doc = hits[h] as number;
    if (size < take) {
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const up = heap[parent] as number;
        if (!after(doc, up)) break;
        heap[i] = up;
        i = parent;
      }
      heap[i] = doc;
    } else if (after(heap[0] as number, doc)) {
      // Sift `doc` down from the root.
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= take) break;
        const right = left + 1;
        let child = left;
        if (right < take && after(heap[right] as number, heap[left] as number)) child = right;
        const worst = heap[child] as number;
        if (!after(worst, doc)) break;
        heap[i] = worst;
        i = child;
      }
      heap[i] = doc;
    }
  }
  return Array.from(heap).sort(compare);
}

/**
 * The hits from `start` to `start + perPage` of the first `count`: in `order`, or as they are
 * where they were collected in the order asked for (undefined `order`).
 */
export function pageOfHits(
  hits: Int32Array,
  count: number,
  start: number,
  perPage: number,
  order: HitOrder | undefined,
): number[] {
  if (start >= count) return [];
  if (!order) return Array.from(hits.subarray(start, Math.min(count, start + perPage)));
  return firstInOrder(hits, count, start + perPage, order).slice(start);
}

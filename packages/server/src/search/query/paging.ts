// Paging: one page of the ordered hits, without sorting them all when the page is near the top.
import type { HitOrder } from './rank.js';

/**
 * The first `end` hits in `order`, as positions in `hits`: a bounded max-heap over plain numbers
 * when the page is near the top. Keys and groups are by position; no comparator closures in the
 * hot loop, and a hit that cannot enter the heap is ruled out by comparing with its root alone.
 */
function firstInOrder(hits: Int32Array, count: number, end: number, order: HitOrder): number[] {
  const take = Math.min(end, count);
  if (take === 0) return [];
  const { keys: key, groups } = order;
  // Without groups, every hit is in group 0.
  const group = groups ?? new Uint8Array(1);
  const grouped = groups !== undefined ? 1 : 0;
  // Position `a` sorts after position `b`.
  const after = (a: number, b: number): boolean => {
    const ga = group[a * grouped] as number;
    const gb = group[b * grouped] as number;
    if (ga !== gb) return ga > gb;
    const ka = key[a] as number;
    const kb = key[b] as number;
    return ka !== kb ? ka > kb : (hits[a] as number) > (hits[b] as number);
  };
  const compare = (a: number, b: number): number => (after(a, b) ? 1 : after(b, a) ? -1 : 0);
  if (take * 8 >= count) {
    const all = Array.from({ length: count }, (_, h) => h);
    all.sort(compare);
    return all.slice(0, take);
  }
  // Max-heap of the best `take` seen so far: its root is the worst of them.
  const heap = new Int32Array(take);
  for (let h = 0; h < take; h += 1) {
    let i = h;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const up = heap[parent] as number;
      if (!after(h, up)) break;
      heap[i] = up;
      i = parent;
    }
    heap[i] = h;
  }
  let rootGroup = group[(heap[0] as number) * grouped] as number;
  let rootKey = key[heap[0] as number] as number;
  for (let h = take; h < count; h += 1) {
    // Most hits sort after the root: a group or key comparison says so.
    const g = group[h * grouped] as number;
    if (g > rootGroup) continue;
    const k = key[h] as number;
    if (g === rootGroup && (k !== rootKey ? !(rootKey > k) : !after(heap[0] as number, h)))
      continue;
    // Sift `h` down from the root.
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= take) break;
      const right = left + 1;
      let child = left;
      if (right < take && after(heap[right] as number, heap[left] as number)) child = right;
      const worst = heap[child] as number;
      if (!after(worst, h)) break;
      heap[i] = worst;
      i = child;
    }
    heap[i] = h;
    rootGroup = group[(heap[0] as number) * grouped] as number;
    rootKey = key[heap[0] as number] as number;
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
  return firstInOrder(hits, count, start + perPage, order)
    .slice(start)
    .map((h) => hits[h] as number);
}

// Transfer: the index as plain data for `v8.serialize` / `postMessage` (catalogue/load-worker.ts
// builds it in a child process and hands it over), and back. What is cheap to rebuild (the radix
// trees, the id map, the scratch space) is left out and rebuilt by `openIndex`.
import { type IndexData, live, openIndex, type SearchIndex } from './search-index.js';

export type TransferableIndex = IndexData;

export function toTransferable(index: SearchIndex): TransferableIndex {
  const { ids: _i, vocabulary: _v, lay: _l, scratch: _s, ...data } = index[live];
  return data;
}

export function fromTransferable(data: TransferableIndex): SearchIndex {
  return openIndex(data);
}

/**
 * Kept as they are: the records hold no typed arrays, and the loader unboxes strings in them in
 * place (compact.ts), so they must stay the very objects it was given.
 */
const notWalked = new Set<string>(['catalogue', 'services']);

/**
 * A copy of a plain object with every typed array in it replaced by `own(array)`, its plain
 * objects copied the same way (arrays and maps hold strings, records and numbers, and are kept).
 */
function mapViews(
  value: Record<string, unknown>,
  own: <T extends ArrayBufferView>(array: T) => T,
): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (ArrayBuffer.isView(member)) copy[key] = own(member);
    else if (isPlainObject(member) && !notWalked.has(key)) copy[key] = mapViews(member, own);
    else copy[key] = member;
  }
  return copy;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * `data` with each typed array replaced by `own(array)` (the loader makes copies that do not
 * share the buffer they were read from). Every section is walked, so a new array needs no line here.
 */
export function mapArrays(
  data: TransferableIndex,
  own: <T extends ArrayBufferView>(array: T) => T,
): TransferableIndex {
  return mapViews(data as unknown as Record<string, unknown>, own) as unknown as TransferableIndex;
}

// Variable-length lists per document, packed into two typed arrays.

/** Document `i`'s values are `values[offsets[i]..offsets[i+1]]`. */
export interface Lists<T extends Uint16Array | Float64Array> {
  readonly offsets: Int32Array;
  readonly values: T;
}

export function buildLists<T extends Uint16Array | Float64Array>(
  perDocument: readonly (readonly number[])[],
  make: (length: number) => T,
): Lists<T> {
  const offsets = new Int32Array(perDocument.length + 1);
  let total = 0;
  for (let i = 0; i < perDocument.length; i += 1) {
    offsets[i] = total;
    total += perDocument[i]?.length ?? 0;
  }
  offsets[perDocument.length] = total;
  const values = make(total);
  let at = 0;
  for (const documentValues of perDocument)
    for (const value of documentValues) values[at++] = value;
  return { offsets, values };
}

/** Document `doc`'s values, each once, in the order first listed. */
export function distinctValues(lists: Lists<Uint16Array>, doc: number): Set<number> {
  return new Set(
    lists.values.subarray(lists.offsets[doc] as number, lists.offsets[doc + 1] as number),
  );
}

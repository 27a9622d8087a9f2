// The index handed over between processes (what catalogue/load-worker.ts does): serialised,
// read back with every typed array made its own, and reopened, it answers as the original.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import type { ServiceSearchParams } from '@polku/contract';
import { indexForServing } from '../src/catalogue/compact.js';
import {
  fromTransferable,
  getService,
  mapArrays,
  searchServices,
  toTransferable,
} from '../src/search/index.js';
import { fixtureCatalogue } from './helpers.js';

/** Every typed array under `value`, however deep (the records aside). */
function typedArrays(value: unknown, found: ArrayBufferView[] = []): ArrayBufferView[] {
  if (ArrayBuffer.isView(value)) found.push(value);
  else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, member] of Object.entries(value)) {
      if (key !== 'catalogue' && key !== 'services') typedArrays(member, found);
    }
  }
  return found;
}

test('an index read back from its serialised form answers as the original', () => {
  const original = indexForServing(fixtureCatalogue());
  const bytes = serialize(toTransferable(original));
  const read = deserialize(bytes);
  let owned = 0;
  const data = mapArrays(read, (array) => {
    owned += 1;
    return array.buffer === bytes.buffer
      ? ((array as unknown as Uint8Array).slice() as unknown as typeof array)
      : array;
  });
  const arrays = typedArrays(data);
  assert.ok(arrays.length >= 30, `${arrays.length} typed arrays`);
  assert.equal(owned, arrays.length, 'every typed array went through own()');
  for (const array of arrays) assert.notEqual(array.buffer, bytes.buffer);

  const copy = fromTransferable(data);
  const queries: ServiceSearchParams[] = [
    { q: 'perheneuvola' },
    { q: 'familjerådgivning', lang: 'sv', free: true },
    { tier: [3, 2, 1], municipality: ['638'] },
    { lat: 60.39, lon: 25.66, sort: 'distance' },
    { sort: 'name', lang: 'en', page: 2 },
  ];
  for (const params of queries)
    assert.deepEqual(searchServices(copy, params), searchServices(original, params));
  const id = fixtureCatalogue().services[7]!.id;
  assert.deepEqual(getService(copy, id.toUpperCase()), getService(original, id));
});

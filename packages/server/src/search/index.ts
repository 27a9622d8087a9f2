// The search module's API: build an index, search it, get a service by id, and hand an index over
// between processes. Nothing outside this folder reads the index's data (see search-index.ts).
export { buildSearchIndex } from './build.js';
export { getService } from './get-service.js';
export { searchServices } from './query/search.js';
export type { SearchIndex } from './search-index.js';
export {
  fromTransferable,
  mapArrays,
  type TransferableIndex,
  toTransferable,
} from './transfer.js';

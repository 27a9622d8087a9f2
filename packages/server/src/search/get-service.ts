// Get by id: one service with everything the catalogue has of it.
import type { Service } from '@polku/contract';
import { serviceWithText } from '../catalogue/descriptions.js';
import { serviceByAnyCase } from './documents.js';
import { live, type SearchIndex } from './search-index.js';

/** The service with this id (in any case), its description restored; undefined when none has it. */
export function getService(searchIndex: SearchIndex, id: string): Service | undefined {
  const index = searchIndex[live];
  const service = serviceByAnyCase(index.ids, index.services, id);
  return service && serviceWithText(service, index.descriptions);
}

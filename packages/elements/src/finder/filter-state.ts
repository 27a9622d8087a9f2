// What the filters offer and how many are on: the filter panel's, "Filters (n)"'s and the empty
// state's, apart from the request-building pieces the embed's entry needs (search-state.ts).
import type { ChannelType, ProviderType } from '@polku/contract';
import type { Filters } from './search-state.js';

export const providerTypes: readonly ProviderType[] = ['public', 'parish', 'ngo', 'private'];
export const channelTypes: readonly ChannelType[] = ['phone', 'online', 'home_visit', 'in_person'];

export function activeFilterCount(filters: Filters): number {
  return (
    filters.municipality.length +
    filters.providerType.length +
    filters.channel.length +
    filters.language.length +
    (filters.free ? 1 : 0) +
    (filters.noReferral ? 1 : 0)
  );
}

// What several elements read from the API, fetched once per client: the tiers, the help lines,
// the municipalities and the catalogue's service guidance in every language at once (a language
// change needs no new request), a chain once per language. A failed request is forgotten, so a
// retry asks again. Nobody's signal aborts a shared request: another element may be waiting on it.
// None leaves before the page's first search has its answer (early-requests.ts).
import type { PolkuClient } from '@polku/client';
import type {
  LanguageCode,
  Municipality,
  ServiceChain,
  ServiceGuidance,
  Tier,
  UrgentHelp,
} from '@polku/contract';
import { bundledUrgentHelp } from '../generated/urgent-help.js';
import { afterFirstSearches } from './early-requests.js';
import type { FinderSeed } from './seed.js';

const requests = new WeakMap<PolkuClient, Map<string, Promise<unknown>>>();

function once<T>(client: PolkuClient, key: string, load: () => Promise<T>): Promise<T> {
  const byKey = requests.get(client) ?? new Map<string, Promise<unknown>>();
  requests.set(client, byKey);
  let request = byKey.get(key) as Promise<T> | undefined;
  if (!request) {
    // After the page's first results: on a slow link they come first.
    request = afterFirstSearches().then(load);
    byKey.set(key, request);
    request.catch(() => byKey.delete(key));
  }
  return request;
}

export function sharedTiers(client: PolkuClient): Promise<readonly Tier[]> {
  return once(client, 'tiers', async () => (await client.tiers.list()).contents);
}

export function sharedMunicipalities(client: PolkuClient): Promise<readonly Municipality[]> {
  return once(client, 'municipalities', async () => (await client.municipalities.list()).contents);
}

/** The API's help lines, else the bundled copy (an API without lines). */
export function helpLinesOf(lines: readonly UrgentHelp[]): readonly UrgentHelp[] {
  return lines.length > 0 ? lines : bundledUrgentHelp;
}

export function sharedUrgentHelp(client: PolkuClient): Promise<readonly UrgentHelp[]> {
  return once(client, 'urgent-help', async () =>
    helpLinesOf((await client.urgentHelp.list()).contents),
  );
}

/** What a server-rendered finder came with: no element asks the API for it again. */
export function seedSharedData(client: PolkuClient, seed: FinderSeed): void {
  once(client, 'tiers', async () => seed.tiers);
  once(client, 'municipalities', async () => seed.municipalities);
  once(client, 'urgent-help', async () => helpLinesOf(seed.urgentHelp));
}

export function sharedGuidance(client: PolkuClient): Promise<ServiceGuidance | undefined> {
  return once(client, 'root', async () => (await client.root()).service_guidance);
}

export function sharedChain(
  client: PolkuClient,
  id: string,
  lang: LanguageCode,
): Promise<ServiceChain> {
  return once(client, `chain ${lang} ${id}`, () => client.chains.get(id, { lang }));
}

/** The first chain's id (the professional finder's side column when `chain` names none). */
export function sharedFirstChainId(client: PolkuClient): Promise<string | undefined> {
  return once(client, 'first-chain', async () => (await client.chains.list()).contents[0]?.id);
}

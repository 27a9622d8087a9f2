// Fetches what a county's catalogue needs from the PTV Open API v11: for each municipality, every
// page of the organization, service and service channel list endpoints
// (/api/v11/{Organization,Service,ServiceChannel}/list/area/Municipality/code/{code}?page=N, each a
// paging envelope: pageNumber, pageCount, itemList), then the channels and organizations the
// services refer to that the area lists lacked (…/list?guids=, at most 100 ids a request).
//
// The list endpoints take no `date`, so the `modified` cursor cannot narrow them: each list page is
// asked with If-Modified-Since (the previous sync's start), a 304 page is rebuilt from the records
// cache, and the records' own `modified` says how many changed since the last sync.
import { isObject } from '../load/checks.js';
import type { PtvInput } from '../ptv/find.js';
import type { PoliteClient } from './http.js';
import type { SyncState } from './state.js';

type Json = Record<string, unknown>;

export interface FetchResult {
  inputs: PtvInput[];
  /** Every record fetched (or reused), by id: the next sync's cache. */
  records: Map<string, Json>;
  /** Which ids each list page held, for the next sync's 304s. */
  pages: Record<string, string[]>;
  /** How many pages each list (`Service/638`) had. */
  pageCounts: Record<string, number>;
  pagesFetched: number;
  pagesNotModified: number;
}

const kinds = ['Organization', 'Service', 'ServiceChannel'] as const;
const maxGuids = 100;

const listPath = (kind: (typeof kinds)[number], code: string, page: number) =>
  `/api/v11/${kind}/list/area/Municipality/code/${encodeURIComponent(code)}?page=${page}`;

const itemsOf = (json: unknown): Json[] => {
  const list = Array.isArray(json) ? json : isObject(json) ? json.itemList : undefined;
  return Array.isArray(list) ? list.filter(isObject) : [];
};

/** Ids a service refers to: its channels, and its responsible (else main) organization. */
function referencedIds(service: Json): { channels: string[]; organizations: string[] } {
  const channels = (Array.isArray(service.serviceChannels) ? service.serviceChannels : [])
    .map((link) =>
      isObject(link) && isObject(link.serviceChannel) ? link.serviceChannel.id : undefined,
    )
    .filter((id): id is string => typeof id === 'string');
  const organizations = (Array.isArray(service.organizations) ? service.organizations : [])
    .map((link) =>
      isObject(link) && isObject(link.organization) ? link.organization.id : undefined,
    )
    .filter((id): id is string => typeof id === 'string');
  if (typeof service.mainOrganization === 'object' && isObject(service.mainOrganization)) {
    const id = service.mainOrganization.id;
    if (typeof id === 'string') organizations.push(id);
  }
  return { channels, organizations };
}

export async function fetchMunicipalities(
  client: PoliteClient,
  municipalities: readonly string[],
  previous: { state?: SyncState; records: Map<string, Json> },
): Promise<FetchResult> {
  const result: FetchResult = {
    inputs: [],
    records: new Map(),
    pages: {},
    pageCounts: {},
    pagesFetched: 0,
    pagesNotModified: 0,
  };
  const since = previous.state ? new Date(previous.state.synced_at) : undefined;
  for (const code of municipalities) {
    for (const kind of kinds) {
      for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
        const path = listPath(kind, code, page);
        const known = previous.state?.pages[path];
        const cached = known?.map((id) => previous.records.get(id));
        const canReuse = since && cached?.every((record) => record !== undefined);
        const answer = await client.getJson(path, canReuse ? since : undefined);
        if (answer.status === 304 && cached && canReuse) {
          take(result, path, cached as Json[]);
          result.pagesNotModified += 1;
          pageCount = previous.state?.page_counts[`${kind}/${code}`] ?? page;
          result.pageCounts[`${kind}/${code}`] = pageCount;
          continue;
        }
        if (answer.status === 304) throw new Error(`GET ${path}: 304 without a cached page`);
        take(result, path, itemsOf(answer.json));
        result.pagesFetched += 1;
        const count = isObject(answer.json) ? Number(answer.json.pageCount) : 1;
        pageCount = Number.isInteger(count) && count > 0 ? count : 1;
        result.pageCounts[`${kind}/${code}`] = pageCount;
      }
    }
  }
  await fetchReferenced(client, result);
  return result;
}

/** Fetches by id the channels and organizations that services refer to and the lists lacked. */
async function fetchReferenced(client: PoliteClient, result: FetchResult): Promise<void> {
  const services = [...result.records.values()].filter(
    (record) => record.serviceNames !== undefined,
  );
  const wanted = { ServiceChannel: new Set<string>(), Organization: new Set<string>() };
  for (const service of services) {
    const { channels, organizations } = referencedIds(service);
    for (const id of channels) if (!result.records.has(id)) wanted.ServiceChannel.add(id);
    for (const id of organizations) if (!result.records.has(id)) wanted.Organization.add(id);
  }
  for (const [kind, ids] of Object.entries(wanted)) {
    const list = [...ids].sort();
    for (let start = 0; start < list.length; start += maxGuids) {
      const path = `/api/v11/${kind}/list?guids=${list.slice(start, start + maxGuids).join(',')}`;
      const answer = await client.getJson(path);
      if (answer.status === 200) take(result, path, itemsOf(answer.json), false);
      result.pagesFetched += 1;
    }
  }
}

/**
 * Adds a page's records; a list page's ids are kept for the next sync's If-Modified-Since. A record
 * listed under two municipalities is imported once (the importer reports repeated ids).
 */
function take(result: FetchResult, path: string, items: Json[], listPage = true): void {
  if (listPage) result.pages[path] = items.map((item) => String(item.id));
  const fresh = items.filter((item) => typeof item.id !== 'string' || !result.records.has(item.id));
  for (const item of fresh) if (typeof item.id === 'string') result.records.set(item.id, item);
  result.inputs.push({ file: path, json: fresh });
}

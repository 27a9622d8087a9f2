import type {
  LanguageCode,
  OperationId,
  OperationQuery,
  OperationResult,
  Problem,
  paths,
  Service,
  ServiceSearchParams,
} from '@polku/contract';
import type { KyInstance, Options as KyOptions } from 'ky';
import { PolkuApiError } from './errors/polku-api-error.js';
import { PolkuNetworkError } from './errors/polku-network-error.js';
import { PolkuTimeoutError } from './errors/polku-timeout-error.js';
import { requestUrl } from './request-url.js';
import type { QueryValue } from './search-params.js';

/** How the client retries; see {@link PolkuClientOptions.retry}. */
export interface PolkuRetryOptions {
  /** Retries after the first attempt (default 2, so at most 3 attempts; 0 turns retrying off). */
  limit?: number;
  /** The longest `Retry-After` wait in milliseconds; a longer one is cut to this (default 60 000). */
  maxRetryAfter?: number;
}

/** Options of {@link createPolkuClient}. */
export interface PolkuClientOptions {
  /** The API base URL including `/v1` (`https://palvelut.example/v1`), with or without a trailing slash. In a browser it may be relative (`/v1`). */
  baseUrl: string | URL;
  /** Sent as `lang` with every request whose parameters do not set `lang` themselves. */
  language?: LanguageCode | undefined;
  /** Milliseconds each attempt may wait for the response headers (default 10 000). */
  timeout?: number | undefined;
  /** Retry limit (a number) or {@link PolkuRetryOptions}; default 2 retries. */
  retry?: number | PolkuRetryOptions | undefined;
  /** The `fetch` to use (default `globalThis.fetch`, looked up at each request); ky calls it with a `Request`. */
  fetch?: ((input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) | undefined;
  /** Headers added to every request. */
  headers?: HeadersInit | undefined;
}

/** Options every method takes. */
export interface RequestOptions {
  /** Aborts the request; the call then rejects with the signal's reason (a `DOMException` named `AbortError`). */
  signal?: AbortSignal | undefined;
}

/** The operations whose only query parameter is `lang` (the gets, and the lists that are not paged). */
type LangOnlyOperation = {
  [Op in OperationId]: keyof OperationQuery<Op> extends 'lang' ? Op : never;
}[OperationId];

/** Options of a method whose operation takes no query parameter but `lang`: the signal and `lang`. */
export type RequestOptionsOf<Op extends LangOnlyOperation> = RequestOptions & OperationQuery<Op>;

/** Parameters of {@link PolkuClient.services}`.searchAll`: those of a search, less paging. */
export type ServiceSearchAllParams = Omit<ServiceSearchParams, 'page' | 'per_page'>;

/**
 * A client of one Polku API, made by {@link createPolkuClient}. One method per operation of the
 * contract, grouped by resource. Every method rejects with {@link PolkuApiError},
 * {@link PolkuNetworkError}, {@link PolkuTimeoutError} or, when its `signal` aborts, the
 * signal's reason.
 */
export interface PolkuClient {
  /** `GET /v1`: the API's version, profile and where its OpenAPI description is. */
  root(options?: RequestOptionsOf<'getApiRoot'>): Promise<OperationResult<'getApiRoot'>>;
  /** Family-support services. */
  services: {
    /** `GET /v1/services`: one page of matching services with facets over the whole result. */
    search(
      params?: OperationQuery<'searchServices'>,
      options?: RequestOptions,
    ): Promise<OperationResult<'searchServices'>>;
    /** `GET /v1/services/{id}`: one service. A `404` rejects with {@link PolkuApiError}. */
    get(
      id: string,
      options?: RequestOptionsOf<'getService'>,
    ): Promise<OperationResult<'getService'>>;
    /**
     * Every matching service, one by one, fetching pages of 100 from page 1 until `last_page`.
     * Each page is one request with the same `signal`.
     */
    searchAll(
      params?: ServiceSearchAllParams,
      options?: RequestOptions,
    ): AsyncGenerator<Service, void, undefined>;
  };
  /** The organizations that provide the services. */
  organizations: {
    /** `GET /v1/organizations`: one page of organizations, ordered by name. */
    list(
      params?: OperationQuery<'listOrganizations'>,
      options?: RequestOptions,
    ): Promise<OperationResult<'listOrganizations'>>;
    /** `GET /v1/organizations/{id}`: one organization. */
    get(
      id: string,
      options?: RequestOptionsOf<'getOrganization'>,
    ): Promise<OperationResult<'getOrganization'>>;
  };
  /** The four service-need tiers. */
  tiers: {
    /** `GET /v1/tiers`: every tier, in one page. */
    list(options?: RequestOptionsOf<'listTiers'>): Promise<OperationResult<'listTiers'>>;
  };
  /** The service chains (palveluketjut). */
  chains: {
    /** `GET /v1/service-chains`: one page of service chains. */
    list(
      params?: OperationQuery<'listServiceChains'>,
      options?: RequestOptions,
    ): Promise<OperationResult<'listServiceChains'>>;
    /** `GET /v1/service-chains/{id}`: one service chain. */
    get(
      id: string,
      options?: RequestOptionsOf<'getServiceChain'>,
    ): Promise<OperationResult<'getServiceChain'>>;
  };
  /** The municipalities the catalogue covers. */
  municipalities: {
    /** `GET /v1/municipalities`: every municipality, in one page. */
    list(
      options?: RequestOptionsOf<'listMunicipalities'>,
    ): Promise<OperationResult<'listMunicipalities'>>;
  };
  /** Help lines that must always be reachable (112, crisis lines). */
  urgentHelp: {
    /** `GET /v1/urgent-help`: every line, most urgent first, in one page. */
    list(options?: RequestOptionsOf<'listUrgentHelp'>): Promise<OperationResult<'listUrgentHelp'>>;
  };
  /** Guided self-checks: questions, rules and texts. The answers are never sent. */
  selfChecks: {
    /** `GET /v1/self-checks`: every self-check, in one page. */
    list(options?: RequestOptionsOf<'listSelfChecks'>): Promise<OperationResult<'listSelfChecks'>>;
    /** `GET /v1/self-checks/{id}`: one self-check. */
    get(
      id: string,
      options?: RequestOptionsOf<'getSelfCheck'>,
    ): Promise<OperationResult<'getSelfCheck'>>;
  };
}

type Query = Readonly<Record<string, QueryValue | undefined>>;
/** A path of the spec, such as `'/v1/services/{id}'`. */
type ApiPath = keyof paths;
/** The JSON body of the `200` response of `GET` on a path of the spec. */
type PathResult<P extends ApiPath> =
  paths[P]['get']['responses'][200]['content']['application/json'];

/** The problem details of an HTTP error response, or one made up from its status. */
async function readProblem(response: Response): Promise<Problem> {
  const problem: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object' && !Array.isArray(body)) return { ...problem, ...body };
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): the synthetic problem says what we know.
  }
  return problem;
}

type Ky = typeof import('ky');

let loadingKy: Promise<Ky> | undefined;

/**
 * ky, imported at a client's first request rather than with the client: a bundle that makes a
 * client early (the embed's first screen, whose first results come another way) carries none of
 * its bytes until it asks for something. A failed import is forgotten, so the next request tries
 * again.
 */
function importKy(): Promise<Ky> {
  loadingKy ??= import('ky').catch((error: unknown) => {
    loadingKy = undefined;
    throw error;
  });
  return loadingKy;
}

/**
 * Loads what a client's first request needs (ky) now, so that the request does not wait for it:
 * for a page that made a client and will use it later, once it has nothing more urgent to load.
 */
export function preloadClient(): Promise<void> {
  return importKy().then(() => undefined);
}

/**
 * Creates a client of one Polku API over one ky instance, made at its first request (ky is
 * imported then: {@link preloadClient}).
 *
 * Each attempt may take `timeout` ms to get its response headers. `GET`s (every operation) are
 * retried up to `retry` times on `408`, `429`, `500`, `502`, `503`, `504` and network errors,
 * waiting 0.3 s, 0.6 s, 1.2 s...; on `429` and `503` a `Retry-After` header (seconds or an HTTP
 * date) sets the wait instead, cut to `maxRetryAfter`. A timed-out attempt is not retried.
 *
 * @param options - where the API is and how to call it
 * @returns the client
 *
 * @example
 * ```ts
 * const client = createPolkuClient({ baseUrl: 'https://palvelut.example/v1', language: 'sv' });
 * const page = await client.services.search({ q: 'familjerådgivning', tier: [2, 3] });
 * ```
 */
export function createPolkuClient(options: PolkuClientOptions): PolkuClient {
  const { language, timeout = 10_000, retry = 2 } = options;
  const headers = new Headers(options.headers);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  let api: KyInstance | undefined;
  const kyOptions: KyOptions = {
    timeout,
    retry: {
      limit: 2,
      maxRetryAfter: 60_000,
      ...(typeof retry === 'number' ? { limit: retry } : retry),
      methods: ['get'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
    },
    fetch: options.fetch,
    headers,
    // The API is anonymous: never send the embedding site's cookies along.
    credentials: 'omit',
  };

  async function request<T>(
    path: ApiPath,
    query: Query,
    signal?: AbortSignal,
    id = '',
  ): Promise<T> {
    // Built by requestUrl rather than ky's `prefixUrl`, which would turn the root `/v1` into `/v1/`.
    const url = requestUrl(options.baseUrl, path, { ...query, lang: query.lang ?? language }, id);
    let ky: Ky | undefined;
    try {
      ky = await importKy();
      api ??= ky.default.create(kyOptions);
      const response = await api.get(url, { signal });
      return (await response.json()) as T;
    } catch (error) {
      let mapped = error;
      if (ky && error instanceof ky.HTTPError) {
        mapped = new PolkuApiError(error.response.status, await readProblem(error.response), {
          cause: error,
        });
      } else if (ky && error instanceof ky.TimeoutError) {
        mapped = new PolkuTimeoutError(timeout, { cause: error });
      } else if (error instanceof TypeError) {
        mapped = new PolkuNetworkError(error);
      }
      // An abort by the caller wins over whatever error it caused, and is not wrapped.
      signal?.throwIfAborted();
      throw mapped;
    }
  }

  // Each helper takes a path of the spec, so its result type is that path's: wiring a method to
  // the wrong path fails to compile against the interface above.
  const list =
    <P extends ApiPath>(path: P) =>
    (params: Query = {}, options: RequestOptions = {}) =>
      request<PathResult<P>>(path, params, options.signal);
  const only =
    <P extends ApiPath>(path: P) =>
    ({ signal, ...query }: RequestOptions & Query = {}) =>
      request<PathResult<P>>(path, query, signal);
  const get =
    <P extends ApiPath>(path: P) =>
    (id: string, { signal, ...query }: RequestOptions & Query = {}) =>
      request<PathResult<P>>(path, query, signal, id);

  const search = list('/v1/services');
  return {
    root: only('/v1'),
    services: {
      search,
      get: get('/v1/services/{id}'),
      async *searchAll(params = {}, { signal } = {}) {
        for (let page = 1; ; page++) {
          const result = await search({ ...params, page, per_page: 100 }, { signal });
          for (const service of result.contents) {
            signal?.throwIfAborted();
            yield service;
          }
          // An empty page ends it too, so a server that never says `last_page` cannot loop us.
          if (result.last_page || result.contents.length === 0) return;
        }
      },
    },
    organizations: {
      list: list('/v1/organizations'),
      get: get('/v1/organizations/{id}'),
    },
    tiers: { list: only('/v1/tiers') },
    chains: {
      list: list('/v1/service-chains'),
      get: get('/v1/service-chains/{id}'),
    },
    municipalities: { list: only('/v1/municipalities') },
    urgentHelp: { list: only('/v1/urgent-help') },
    selfChecks: { list: only('/v1/self-checks'), get: get('/v1/self-checks/{id}') },
  };
}

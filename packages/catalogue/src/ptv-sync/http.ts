// The catalogue package's one HTTP client: GETs JSON from the PTV Open API with Node's fetch,
// politely (one request at a time, a pause between them), retrying 429, 5xx and network failures
// with exponential backoff that honours Retry-After, and sending If-Modified-Since when asked.

export interface PoliteClientOptions {
  /** The API's origin, e.g. https://api.palvelutietovaranto.suomi.fi (paths start with /api/v11). */
  baseUrl: string;
  /** Pause between two requests, in ms (default 250: PTV is a shared public service). */
  intervalMs?: number;
  /** Retries after the first try of a request (default 4). */
  retries?: number;
  /** The first backoff, doubled each retry, when the server gives no Retry-After (default 1000 ms). */
  backoffMs?: number;
  /** A Retry-After longer than this fails the request instead of waiting (default 120 s). */
  maxWaitMs?: number;
  /** Per-request timeout (default 30 s). */
  timeoutMs?: number;
  /** Replaces global fetch (tests). */
  fetch?: typeof fetch;
  /** Told before each wait, for the report ("429 from ..., waiting 2 s"). */
  onRetry?: (message: string) => void;
}

export type GetResult = { status: 200; json: unknown; lastModified?: string } | { status: 304 };

/** A request that failed for good: says which URL, what came back, and after how many tries. */
export class PtvHttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retry-After as ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const retryable = (status: number) => status === 429 || status >= 500;

export function createPoliteClient(options: PoliteClientOptions) {
  const intervalMs = options.intervalMs ?? 250;
  const retries = options.retries ?? 4;
  const backoffMs = options.backoffMs ?? 1000;
  const maxWaitMs = options.maxWaitMs ?? 120_000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const doFetch = options.fetch ?? fetch;
  let lastRequest = 0;
  let requests = 0;

  async function pace(): Promise<void> {
    const wait = lastRequest + intervalMs - Date.now();
    if (wait > 0) await sleep(wait);
    lastRequest = Date.now();
    requests += 1;
  }

  /** GETs `path` (with its query); `ifModifiedSince` may turn the answer into a 304. */
  async function getJson(path: string, ifModifiedSince?: Date): Promise<GetResult> {
    const url = new URL(path, options.baseUrl).toString();
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': 'polku-catalogue sync-ptv',
    };
    if (ifModifiedSince) headers['if-modified-since'] = ifModifiedSince.toUTCString();
    for (let attempt = 0; ; attempt += 1) {
      await pace();
      let response: Response | undefined;
      let failure: string;
      try {
        response = await doFetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
        if (response.status === 304) return { status: 304 };
        if (response.ok) {
          const lastModified = response.headers.get('last-modified') ?? undefined;
          const json: unknown = await response.json().catch((error: Error) => {
            throw new PtvHttpError(
              url,
              response?.status,
              `GET ${url}: the body is not JSON (${error.message})`,
            );
          });
          return { status: 200, json, ...(lastModified ? { lastModified } : {}) };
        }
        failure = `${response.status} ${response.statusText}`.trim();
        if (!retryable(response.status)) {
          throw new PtvHttpError(url, response.status, `GET ${url}: ${failure}`);
        }
      } catch (error) {
        if (error instanceof PtvHttpError) throw error;
        failure =
          (error as Error).name === 'TimeoutError'
            ? `no answer in ${timeoutMs} ms`
            : (error as Error).message;
      }
      const told = retryAfterMs(response?.headers.get('retry-after') ?? null);
      const wait = told ?? backoffMs * 2 ** attempt;
      if (attempt >= retries) {
        throw new PtvHttpError(
          url,
          response?.status,
          `GET ${url}: ${failure}, ${attempt + 1} tries`,
        );
      }
      if (wait > maxWaitMs) {
        throw new PtvHttpError(
          url,
          response?.status,
          `GET ${url}: ${failure}; Retry-After asks for ${Math.round(wait / 1000)} s, more than the ${Math.round(maxWaitMs / 1000)} s allowed`,
        );
      }
      options.onRetry?.(
        `GET ${url}: ${failure}; retrying in ${(wait / 1000).toFixed(1)} s${told !== undefined ? ' (Retry-After)' : ''}`,
      );
      await sleep(wait);
    }
  }

  return {
    getJson,
    /** How many requests were sent (retries included). */
    get requests() {
      return requests;
    },
  };
}

export type PoliteClient = ReturnType<typeof createPoliteClient>;

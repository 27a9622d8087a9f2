// A load of keep-alive GETs that tells a failed request from a refused connection. A request
// fails when it got no whole response, or a 5xx, or a status the caller did not expect. A
// connection refused before it was established never carried a request: a load balancer sends
// that request elsewhere (nginx: proxy_next_upstream error), and it is counted apart as
// `refused`. So is, once the listener has closed (`closedAt`), a new connection reset before any
// byte came back: the kernel resets the connections still queued for accept when a listener
// closes, before the server ever sees them.
import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  byStatus: Record<string, number>;
  /** What went wrong with each failed request (at most 20 kept). */
  failures: string[];
  failed: number;
  refused: number;
  seconds: number;
}

export interface Load {
  /** Stops sending, waits for the requests in flight, and returns the figures. */
  stop(): Promise<LoadResult>;
  /** The figures so far. */
  readonly result: LoadResult;
}

function get(
  url: string,
  agent: Agent,
): Promise<{
  status?: number;
  error?: string;
  accepted: boolean;
  /** The request went out on a new connection. */
  fresh: boolean;
  headers?: Record<string, unknown>;
}> {
  return new Promise((resolve) => {
    let accepted = false;
    let fresh = true;
    const req = request(url, { agent, headers: { 'accept-encoding': 'gzip, br' } }, (response) => {
      response.on('data', () => {});
      response.on('end', () =>
        resolve({ status: response.statusCode, accepted: true, fresh, headers: response.headers }),
      );
      response.on('error', (error) =>
        resolve({ error: error.message, accepted: true, fresh: false }),
      );
    });
    req.on('socket', (socket) => {
      fresh = !req.reusedSocket;
      if (!socket.connecting) accepted = true;
      else socket.once('connect', () => (accepted = true));
    });
    req.setTimeout(30_000, () => req.destroy(new Error('no response in 30 s')));
    req.on('error', (error) =>
      resolve({
        error: `${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}`,
        accepted,
        fresh,
      }),
    );
    req.end();
  });
}

/**
 * Starts `connections` loops, each sending the next of `nextUrl()` as soon as the previous
 * answered. `ok(status)` says which statuses are right (default: 2xx and 304).
 */
export function startLoad(options: {
  connections: number;
  nextUrl: () => string;
  ok?: (status: number) => boolean;
  /** Called with each response's headers (e.g. to count cache hits). */
  onResponse?: (status: number, headers: Record<string, unknown>) => void;
  /** When the server's listener closed (ms since the epoch), if it did. */
  closedAt?: () => number | undefined;
}): Load {
  const ok = options.ok ?? ((status: number) => (status >= 200 && status < 300) || status === 304);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const result: LoadResult = {
    requests: 0,
    byStatus: {},
    failures: [],
    failed: 0,
    refused: 0,
    seconds: 0,
  };
  const started = Date.now();
  let stopping = false;
  const loop = async () => {
    while (!stopping) {
      const url = options.nextUrl();
      const answer = await get(url, agent);
      result.requests += 1;
      if (answer.status !== undefined) {
        result.byStatus[answer.status] = (result.byStatus[answer.status] ?? 0) + 1;
        options.onResponse?.(answer.status, answer.headers ?? {});
        if (!ok(answer.status)) {
          result.failed += 1;
          if (result.failures.length < 20) result.failures.push(`${answer.status} ${url}`);
        }
      } else if (
        !answer.accepted ||
        (answer.fresh && Date.now() >= (options.closedAt?.() ?? Number.POSITIVE_INFINITY))
      ) {
        result.refused += 1;
        // Nothing listens there any more: do not spin.
        await new Promise((resolve) => setTimeout(resolve, 20));
      } else {
        result.failed += 1;
        if (result.failures.length < 20) result.failures.push(`${answer.error} ${url}`);
      }
    }
  };
  const loops = Array.from({ length: options.connections }, loop);
  return {
    result,
    async stop() {
      stopping = true;
      await Promise.all(loops);
      agent.destroy();
      result.seconds = (Date.now() - started) / 1000;
      return result;
    },
  };
}

/** Paths every replica of the demo catalogue answers 200, a mix of what clients ask. */
export function demoPaths(serviceIds: readonly string[]): string[] {
  return [
    '/v1',
    '/v1/tiers',
    '/v1/urgent-help',
    '/v1/municipalities',
    '/v1/organizations',
    '/v1/service-chains/perheiden-jaksaminen',
    '/v1/services',
    '/v1/services?q=v%C3%A4synyt',
    '/v1/services?q=tr%C3%B6tt&lang=sv',
    '/v1/services?tier=2,3&municipality=638',
    '/v1/services?q=ero&free=true',
    ...serviceIds.slice(0, 10).map((id) => `/v1/services/${id}`),
    '/openapi.yaml',
    '/healthz',
  ];
}

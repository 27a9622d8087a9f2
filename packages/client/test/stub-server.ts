// A tiny node:http server for the client's precise tests: each test says how to answer the
// n-th request and reads back what the client sent.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRequest {
  url: URL;
  headers: IncomingHttpHeaders;
  /** `performance.now()` when the request arrived. */
  at: number;
}

export interface Stub {
  /** The API base URL, `http://127.0.0.1:PORT/v1`. */
  api: string;
  requests: StubRequest[];
  close(): Promise<void>;
}

/** `answer(response, index, request)` answers the request numbered `index` (from 0). */
export async function startStub(
  answer: (response: ServerResponse, index: number, request: StubRequest) => void,
): Promise<Stub> {
  const requests: StubRequest[] = [];
  const server = createServer((incoming, response) => {
    const request = {
      url: new URL(incoming.url ?? '/', 'http://stub'),
      headers: incoming.headers,
      at: performance.now(),
    };
    requests.push(request);
    answer(response, requests.length - 1, request);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    api: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers with JSON (or problem+json when `status` is 400 or more). */
export function sendJson(
  response: ServerResponse,
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
    ...headers,
  });
  response.end(JSON.stringify(body));
}

/** Answers after `ms`, unless the client gave up first. */
export function sendLater(response: ServerResponse, ms: number, body: unknown): void {
  const timer = setTimeout(() => sendJson(response, body), ms);
  response.on('close', () => clearTimeout(timer));
}

/** A page envelope around `contents`, as the spec's list responses have it. */
export function pageOf<T>(contents: T[], pageNumber = 1, totalPages = 1) {
  return {
    total_items: contents.length,
    total_pages: totalPages,
    page_number: pageNumber,
    size: 100,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
    facets: { tier: {}, municipality: {}, provider_type: {}, channel: {}, language: {} },
  };
}

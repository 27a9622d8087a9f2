// What the router never sees, answered as problem+json all the same: requests Node's parser
// rejects (too large, malformed, an unknown method, too slow), `Expect` values other than
// 100-continue, and CONNECT. Node would answer these with an empty body or a closed socket.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Problem } from '@polku/contract';
import { corsHeaders } from './cache.js';
import { allowedMethods, problemContentType, problemTypes, statusTitles } from './problem.js';
import { truncate } from './truncate.js';

/** The status and detail for an error of Node's HTTP parser, by its code. */
function parserProblem(code: string | undefined, rawPacket: Buffer | undefined): Problem {
  const problem = (status: number, detail: string): Problem => ({
    type: status === 405 ? problemTypes.methodNotAllowed : problemTypes.badRequest,
    title: statusTitles[status] ?? 'Bad request',
    status,
    detail,
  });
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return problem(431, 'The request headers are larger than 64 kB.');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return problem(408, 'The request did not arrive in time; send it again.');
    case 'HPE_INVALID_METHOD':
      // A method token Node does not know (`FOO`); not bytes that are not HTTP at all (TLS).
      return /^[!#$%&'*+.^_`|~0-9A-Za-z-]+ /.test(
        rawPacket?.subarray(0, 64).toString('latin1') ?? '',
      )
        ? problem(405, `This server answers only ${allowedMethods}.`)
        : problem(400, 'The request is not HTTP/1.1 (is it TLS to a plain HTTP port?).');
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return problem(413, 'The chunk extensions of the request are too large.');
    case 'HPE_INVALID_URL':
    case 'HPE_INVALID_CHAR':
      return problem(
        400,
        'The request line could not be parsed. Characters outside ASCII in the URL must be ' +
          'percent-encoded as UTF-8, e.g. q=tr%C3%B6tt for "trött".',
      );
    default:
      return problem(400, 'The request could not be parsed as HTTP/1.1.');
  }
}

/** The raw response of a problem, closing the connection. */
function rawProblemResponse(problem: Problem, extraHeaders = ''): string {
  const body = JSON.stringify(problem);
  const headers = Object.entries(corsHeaders)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return (
    `HTTP/1.1 ${problem.status} ${problem.title}\r\nContent-Type: ${problemContentType}\r\n` +
    `${headers}Cache-Control: no-store\r\n${extraHeaders}` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  );
}

/** A response still being written on the socket (pipelining): writing another would corrupt it. */
function responseInFlight(socket: Socket): boolean {
  const current = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
  return current !== undefined && current !== null && !current.writableFinished;
}

/** The last request parsed on each connection, to tell an error in its body from a new request. */
const lastRequest = new WeakMap<Socket, IncomingMessage>();

export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  // A bad body of a request already answered (or being answered) gets no second response.
  const unfinished = lastRequest.get(socket)?.complete === false;
  if (error.code === 'ECONNRESET' || !socket.writable || unfinished || responseInFlight(socket)) {
    socket.destroy();
    return;
  }
  const problem = parserProblem(error.code, (error as { rawPacket?: Buffer }).rawPacket);
  socket.end(
    rawProblemResponse(problem, problem.status === 405 ? `Allow: ${allowedMethods}\r\n` : ''),
  );
}

/** `Expect` other than 100-continue (Node's 'checkExpectation'): 417, with a body. */
function answerExpectation(request: IncomingMessage, response: ServerResponse): void {
  const body = JSON.stringify({
    type: problemTypes.badRequest,
    title: 'Expectation failed',
    status: 417,
    detail: 'The only expectation this server meets is "100-continue".',
    instance: truncate((request.url ?? '').split('?')[0] ?? '', 200),
  } satisfies Problem);
  response.shouldKeepAlive = false;
  response.writeHead(417, {
    ...corsHeaders,
    'content-type': problemContentType,
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}

/** CONNECT (Node's 'connect' event; no listener means a silently closed socket): 405. */
function answerConnect(_request: IncomingMessage, socket: Socket): void {
  socket.on('error', () => socket.destroy());
  socket.end(
    rawProblemResponse(
      {
        type: problemTypes.methodNotAllowed,
        title: statusTitles[405] as string,
        status: 405,
        detail: 'This server is not a proxy: CONNECT is not answered.',
      },
      `Allow: ${allowedMethods}\r\n`,
    ),
  );
}

/**
 * Answers what Node's server handles before Fastify ('checkExpectation', 'connect'), and notes
 * each connection's last request for the client error handler.
 */
export function answerOutsideRouter(server: Server): void {
  server.on('request', (request: IncomingMessage) => lastRequest.set(request.socket, request));
  server.on('checkExpectation', answerExpectation);
  server.on('connect', answerConnect);
}

// What even the router never sees (a request too large or malformed to parse): a problem written
// straight to the socket, as Fastify's default handler does with plain text.
import type { Socket } from 'node:net';
import { problemContentType, problemTypes, statusTitles } from './problem.js';

export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const problem = JSON.stringify({
    type: problemTypes.badRequest,
    title: statusTitles[status],
    status,
    detail:
      status === 431
        ? 'The request headers are larger than 64 kB.'
        : 'The request could not be parsed as HTTP. Characters outside ASCII in the URL must ' +
          'be percent-encoded as UTF-8, e.g. q=tr%C3%B6tt for "trött".',
  });
  if (socket.writable) {
    socket.end(
      `HTTP/1.1 ${status} ${statusTitles[status]}\r\nContent-Type: ${problemContentType}\r\n` +
        `Access-Control-Allow-Origin: *\r\nContent-Length: ${Buffer.byteLength(problem)}\r\nConnection: close\r\n\r\n${problem}`,
    );
  } else {
    socket.destroy(error);
  }
}

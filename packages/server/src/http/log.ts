// The access log: method, route pattern, status and milliseconds. Never the URL's query string,
// never the client's address: a search for "väkivalta" must not be written next to an IP.
import type { FastifyReply, FastifyRequest } from 'fastify';

export type AccessLogSink = (line: string) => void;

/** `true`/undefined → one line per request on stdout; `false` → nothing; a function → its lines. */
export type LoggerOption = boolean | AccessLogSink;

export function accessLogSink(option: LoggerOption | undefined): AccessLogSink | undefined {
  if (option === false) return undefined;
  if (typeof option === 'function') return option;
  return (line) => process.stdout.write(`${line}\n`);
}

/** The route pattern (`/v1/services/:id`), never the path itself: paths can carry text too. */
export function accessLogLine(request: FastifyRequest, reply: FastifyReply): string {
  const route = request.routeOptions.url ?? '(no route)';
  const method = /^[A-Z]{1,16}$/.test(request.method) ? request.method : '(method)';
  return `${new Date().toISOString()} ${method} ${route} ${reply.statusCode} ${reply.elapsedTime.toFixed(1)}ms`;
}

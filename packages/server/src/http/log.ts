// The log: Fastify's pino, one JSON object a line. The access log entry holds the method, the
// route pattern, the status and the milliseconds: never the URL's query string, never the
// client's address, so a search for "väkivalta" is never written next to an IP.
import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { LogLevel } from '../config.js';

/** Receives each log line (a JSON object, no newline). */
export type LogSink = (line: string) => void;

/** `true`/undefined → stdout; `false` → nothing; a function → its lines. */
export type LoggerOption = boolean | LogSink;

/** Fastify's `logger` option: pino writing `option`'s way at `level`. */
export function loggerOptions(
  option: LoggerOption | undefined,
  level: LogLevel = 'info',
): FastifyServerOptions['logger'] {
  if (option === false) return false;
  const sink: LogSink =
    typeof option === 'function' ? option : (line) => process.stdout.write(`${line}\n`);
  return {
    level,
    stream: { write: (line: string) => sink(line.endsWith('\n') ? line.slice(0, -1) : line) },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: { level: (label: string) => ({ level: label }) },
    // Fastify's own serializers would write the URL and the client's address.
    serializers: {
      req: () => ({}),
      res: () => ({}),
    },
  };
}

/** The method, if it is one (a client can send any token). */
export function methodLabel(method: string): string {
  return /^[A-Z-]{1,16}$/.test(method) ? method : 'OTHER';
}

/** The route pattern (`/v1/services/:id`), never the path itself: paths can carry text too. */
export function routeLabel(request: FastifyRequest): string {
  return request.routeOptions.url ?? '(no route)';
}

/** The access log entry of a request. */
export function logAccess(request: FastifyRequest, reply: FastifyReply): void {
  request.log.info(
    {
      method: methodLabel(request.method),
      route: routeLabel(request),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    },
    'request',
  );
}

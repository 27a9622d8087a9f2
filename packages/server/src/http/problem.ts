// RFC 9457 problem details: the body of every error the server sends, and how errors become one.
import type { Problem } from '@polku/contract';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { corsHeaders } from './cache.js';
import { truncate } from './truncate.js';

export const problemContentType = 'application/problem+json; charset=utf-8';

export const problemTypes = {
  invalidParameters: '/problems/invalid-parameters',
  notFound: '/problems/not-found',
  methodNotAllowed: '/problems/method-not-allowed',
  badRequest: '/problems/bad-request',
  internal: '/problems/internal',
  unavailable: '/problems/unavailable',
} as const;

export const statusTitles: Record<number, string> = {
  400: 'Bad request',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  408: 'Request timeout',
  413: 'Request too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  417: 'Expectation failed',
  431: 'Request header fields too large',
  503: 'Service unavailable',
};

/** Every path answers these methods and no other (the `Allow` of every 405). */
export const allowedMethods = 'GET, HEAD, OPTIONS';

/** The path asked for, as a problem's `instance`: never the query, at most 200 characters. */
export function instanceOf(request: FastifyRequest): string {
  return truncate(request.url.split('?')[0] ?? '', 200);
}

/** Errors per parameter name → the 400 problem. */
export function invalidParameters(errors: Record<string, string[]>, instance?: string): Problem {
  const count = Object.keys(errors).length;
  return {
    type: problemTypes.invalidParameters,
    title: 'Invalid parameters',
    status: 400,
    detail: `${count} parameter${count === 1 ? ' is' : 's are'} invalid.`,
    ...(instance === undefined ? {} : { instance }),
    errors,
  };
}

export function notFound(detail: string, instance?: string): Problem {
  return {
    type: problemTypes.notFound,
    title: 'Not found',
    status: 404,
    detail,
    ...(instance === undefined ? {} : { instance }),
  };
}

/** Thrown by handlers and turned into a problem+json response by the error handler. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

/** The problem an error stands for: its own, a 4xx Fastify names, or a 500 that says nothing. */
export function problemFromError(error: FastifyError | Error, request: FastifyRequest): Problem {
  if (error instanceof ProblemError) return error.problem;
  const status = (error as FastifyError).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return {
      type: problemTypes.badRequest,
      title: statusTitles[status] ?? 'Bad request',
      status,
      detail: `${statusTitles[status] ?? 'Bad request'} (${(error as FastifyError).code ?? 'request error'}).`,
      instance: instanceOf(request),
    };
  }
  return { type: problemTypes.internal, title: 'Internal server error', status: 500 };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply
    .code(problem.status)
    .headers({
      ...corsHeaders,
      'content-type': problemContentType,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    })
    .send(JSON.stringify(problem));
}

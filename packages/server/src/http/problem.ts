// RFC 9457 problem details: the body of every error the server sends.
import type { Problem } from '@polku/contract';

export const problemContentType = 'application/problem+json; charset=utf-8';

export const problemTypes = {
  invalidParameters: '/problems/invalid-parameters',
  notFound: '/problems/not-found',
  methodNotAllowed: '/problems/method-not-allowed',
  badRequest: '/problems/bad-request',
  internal: '/problems/internal',
} as const;

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

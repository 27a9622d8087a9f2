// HTTP/1.1 requires a Host header. Node answers a request without one itself, with an empty 400;
// the server turns that check off (`requireHostHeader: false`) and answers here with a problem.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { instanceOf, problemTypes, sendProblem } from './problem.js';

export function requireHost(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  if (request.headers.host !== undefined || request.raw.httpVersion !== '1.1') {
    done();
    return;
  }
  reply.header('connection', 'close');
  sendProblem(reply, {
    type: problemTypes.badRequest,
    title: 'Bad request',
    status: 400,
    detail: 'An HTTP/1.1 request must have a Host header.',
    instance: instanceOf(request),
  });
}

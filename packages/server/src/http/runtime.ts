// What the app knows about itself besides the catalogue: whether it is shutting down, and its
// request metrics. The hooks here close connections while draining, and log and count each request.
import type { FastifyInstance } from 'fastify';
import { logAccess, methodLabel, routeLabel } from './log.js';
import { Metrics } from './metrics.js';

export interface Runtime {
  /** Shutting down: `/readyz` answers 503 and every response closes its connection. */
  draining: boolean;
  readonly metrics: Metrics;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's own state (http/runtime.ts). */
    runtime: Runtime;
  }
}

export function observeRequests(app: FastifyInstance, options: { accessLog: boolean }): void {
  const runtime: Runtime = { draining: false, metrics: new Metrics() };
  app.decorate('runtime', runtime);
  // Tells keep-alive clients to open their next connection elsewhere (to another replica).
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (runtime.draining) reply.header('connection', 'close');
    done(null, payload);
  });
  app.addHook('onResponse', (request, reply, done) => {
    runtime.metrics.observe(
      methodLabel(request.method),
      routeLabel(request),
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    if (options.accessLog) logAccess(request, reply);
    done();
  });
}

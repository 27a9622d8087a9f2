// `/metrics`: requests by route and status, latency, the catalogue served (size, age, reloads),
// and the process's memory, in Prometheus's text format. Nothing about any one request.
import type { FastifyInstance } from 'fastify';
import type { ServedCatalogue } from '../catalogue/served.js';
import type { Gauge } from '../http/metrics.js';

function catalogueGauges(served: ServedCatalogue): Gauge[] {
  const { catalogue } = served;
  const now = Date.now();
  return [
    {
      name: 'polku_catalogue_records',
      help: 'Records in the catalogue served, by kind.',
      samples: [
        { labels: { kind: 'service' }, value: catalogue.services.length },
        { labels: { kind: 'organization' }, value: catalogue.organizations.length },
        { labels: { kind: 'service_chain' }, value: catalogue.chains.length },
        { labels: { kind: 'tier' }, value: catalogue.tiers.length },
        { labels: { kind: 'urgent_help' }, value: catalogue.urgentHelp.length },
      ],
    },
    {
      name: 'polku_catalogue_loaded_timestamp_seconds',
      help: 'When the catalogue served was loaded.',
      samples: [{ value: served.loadedAt / 1000 }],
    },
    {
      name: 'polku_catalogue_age_seconds',
      help: 'Seconds since the catalogue served was loaded.',
      samples: [{ value: Math.round((now - served.loadedAt) / 100) / 10 }],
    },
    {
      name: 'polku_response_cache_entries',
      help: 'API responses kept ready to send.',
      samples: [{ value: served.responses.size }],
    },
    {
      name: 'polku_response_cache_bytes',
      help: 'Bytes counted against the response cache (bodies, with room for their compressed forms).',
      samples: [{ value: served.responses.bytes }],
    },
  ];
}

function processGauges(app: FastifyInstance): Gauge[] {
  const memory = process.memoryUsage();
  return [
    {
      name: 'process_resident_memory_bytes',
      help: 'Resident memory of the process.',
      samples: [{ value: memory.rss }],
    },
    {
      name: 'nodejs_heap_used_bytes',
      help: "V8's heap in use.",
      samples: [{ value: memory.heapUsed }],
    },
    {
      name: 'nodejs_external_memory_bytes',
      help: 'Memory of buffers and other objects outside the V8 heap.',
      samples: [{ value: memory.external }],
    },
    {
      name: 'process_start_time_seconds',
      help: 'When the process started.',
      samples: [{ value: Math.round(Date.now() / 1000 - process.uptime()) }],
    },
    {
      name: 'polku_draining',
      help: '1 while the server shuts down (after SIGTERM).',
      samples: [{ value: app.runtime.draining ? 1 : 0 }],
    },
  ];
}

export function registerMetricsRoute(app: FastifyInstance): void {
  app.get('/metrics', (request, reply) => {
    const body = request.server.runtime.metrics.render([
      ...catalogueGauges(request.server.servedCatalogue),
      ...processGauges(request.server),
    ]);
    return reply
      .code(200)
      .headers({
        'content-type': 'text/plain; version=0.0.4; charset=utf-8',
        'cache-control': 'no-store',
      })
      .send(body);
  });
}

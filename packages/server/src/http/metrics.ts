// Prometheus metrics in the text exposition format, written here rather than through a client
// library: a few counters, one histogram and some gauges. Labels are the method, the route
// pattern and the status only, so nothing a person typed reaches them and their number is bounded.

/** Seconds; the API answers most requests from memory in well under a millisecond. */
const latencyBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

export interface Gauge {
  name: string;
  help: string;
  type?: 'gauge' | 'counter';
  samples: { labels?: Record<string, string>; value: number }[];
}

function labelText(labels: Record<string, string> | undefined): string {
  if (!labels) return '';
  const parts = Object.entries(labels).map(
    ([name, value]) =>
      `${name}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`,
  );
  return parts.length > 0 ? `{${parts.join(',')}}` : '';
}

function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : value > 0 ? '+Inf' : '-Inf';
}

export class Metrics {
  readonly #requests = new Map<string, { labels: Record<string, string>; count: number }>();
  readonly #latency = new Map<string, { labels: Record<string, string>; histogram: Histogram }>();
  readonly #reloads = { success: 0, failure: 0 };
  #lastReloadFailure = 0;

  /** One finished request. */
  observe(method: string, route: string, status: number, seconds: number): void {
    const requestKey = `${method} ${route} ${status}`;
    const counted = this.#requests.get(requestKey);
    if (counted) counted.count += 1;
    else
      this.#requests.set(requestKey, {
        labels: { method, route, status: String(status) },
        count: 1,
      });

    const latencyKey = `${method} ${route}`;
    let timed = this.#latency.get(latencyKey);
    if (!timed) {
      timed = {
        labels: { method, route },
        histogram: { counts: latencyBuckets.map(() => 0), sum: 0, count: 0 },
      };
      this.#latency.set(latencyKey, timed);
    }
    const { histogram } = timed;
    histogram.sum += seconds;
    histogram.count += 1;
    for (let index = 0; index < latencyBuckets.length; index += 1) {
      if (seconds <= (latencyBuckets[index] as number))
        histogram.counts[index] = (histogram.counts[index] as number) + 1;
    }
  }

  reloaded(succeeded: boolean): void {
    if (succeeded) this.#reloads.success += 1;
    else {
      this.#reloads.failure += 1;
      this.#lastReloadFailure = Date.now() / 1000;
    }
  }

  /** The exposition: the request metrics, then `gauges` (catalogue, process). */
  render(gauges: readonly Gauge[]): string {
    const lines: string[] = [];
    lines.push(
      '# HELP polku_http_requests_total Requests answered, by method, route pattern and status.',
      '# TYPE polku_http_requests_total counter',
    );
    for (const { labels, count } of this.#requests.values())
      lines.push(`polku_http_requests_total${labelText(labels)} ${count}`);
    lines.push(
      '# HELP polku_http_request_duration_seconds Time to answer, by method and route pattern.',
      '# TYPE polku_http_request_duration_seconds histogram',
    );
    for (const { labels, histogram } of this.#latency.values()) {
      latencyBuckets.forEach((bound, index) => {
        lines.push(
          `polku_http_request_duration_seconds_bucket${labelText({ ...labels, le: String(bound) })} ${histogram.counts[index]}`,
        );
      });
      lines.push(
        `polku_http_request_duration_seconds_bucket${labelText({ ...labels, le: '+Inf' })} ${histogram.count}`,
        `polku_http_request_duration_seconds_sum${labelText(labels)} ${histogram.sum}`,
        `polku_http_request_duration_seconds_count${labelText(labels)} ${histogram.count}`,
      );
    }
    const reloadGauges: Gauge[] = [
      {
        name: 'polku_catalogue_reloads_total',
        help: 'Catalogue reloads, by result (a failed one keeps the catalogue served before).',
        type: 'counter',
        samples: [
          { labels: { result: 'success' }, value: this.#reloads.success },
          { labels: { result: 'failure' }, value: this.#reloads.failure },
        ],
      },
      {
        name: 'polku_catalogue_last_reload_failure_timestamp_seconds',
        help: 'When a reload last failed (0: never).',
        samples: [{ value: this.#lastReloadFailure }],
      },
    ];
    for (const gauge of [...reloadGauges, ...gauges]) {
      lines.push(
        `# HELP ${gauge.name} ${gauge.help}`,
        `# TYPE ${gauge.name} ${gauge.type ?? 'gauge'}`,
      );
      for (const sample of gauge.samples)
        lines.push(`${gauge.name}${labelText(sample.labels)} ${numberText(sample.value)}`);
    }
    return `${lines.join('\n')}\n`;
  }
}

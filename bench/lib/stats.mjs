// Small statistics helpers for the benchmarks: every figure is reported as a median with its
// minimum and maximum over repeated runs, and latencies as percentiles over all samples.

/** The p-th percentile (0-100) of `values`, by nearest rank. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** `{ median, min, max, runs }` of repeated measurements. */
export function summary(values) {
  return {
    median: round(percentile(values, 50)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    runs: values.length,
  };
}

export function round(value, digits = 3) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

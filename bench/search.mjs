// In-process search latency: a fixed mixed query set (Finnish, Swedish, typos, filters, facets,
// paging, distance) against synthetic catalogues, through the same functions the server calls.
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateCatalogue } from '@polku/generator';
import { buildSearchIndex, searchServices } from '@polku/server';
import { percentile, round } from './lib/stats.mjs';

/** The query set: what parents and professionals type, plus the filter shapes the finder sends. */
export const querySet = [
  { q: 'perheneuvola' },
  { q: 'perheneuvolaan' },
  { q: 'neuvolassa' },
  { q: 'perhetyöntekijä' },
  { q: 'kotipalvelu vauvaperheelle' },
  { q: 'väsynyt vanhempi' },
  { q: 'en jaksa' },
  { q: 'riitelemme' },
  { q: 'vertaistukiryhmä' },
  { q: 'perheneuvla' },
  { q: 'kotipalvleu' },
  { q: 'familjerådgivning' },
  { q: 'hemservice för barnfamiljer' },
  { q: 'trött förälder' },
  { q: 'skilsmässa' },
  { q: 'kamratstöd' },
  { q: 'family counselling' },
  { q: 'p' },
  { q: 'perhe', tier: [3, 2, 1] },
  { q: 'tuki', municipality: ['638', '434'] },
  { q: 'stöd', language: ['sv'] },
  { tier: [2] },
  { municipality: ['638'], provider_type: ['ngo', 'parish'] },
  { channel: ['phone', 'home_visit'], free: true, no_referral: true },
  { age: 3, tier: [1, 2] },
  { sort: 'name', lang: 'sv' },
  { page: 3, per_page: 50 },
  { lat: 60.3932, lon: 25.6651, radius: 50000, sort: 'distance' },
  { q: 'perheneuvola', municipality: ['638'], tier: [2, 1], per_page: 10 },
  {},
];

// The build's garbage (hundreds of MB at 100 000 services: tokens, caches, the generated catalogue
// before it) is collected before the queries are timed, so that whichever query happens to run
// during that collection does not carry it. The server builds its index in a child process
// (load-worker.ts) and never sees that garbage; a query's own garbage still counts.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

/** Latency samples (ms) of every query, `repeats` times each after one warm-up pass. */
export function measureSearch(sizes, { repeats }) {
  const result = {
    search_p50_ms: {},
    search_p99_ms: {},
    search_max_ms: {},
    index_build_ms: {},
    search_samples: {},
  };
  for (const size of sizes) {
    const catalogue = generateCatalogue({ services: size, seed: 42 });
    const started = performance.now();
    const index = buildSearchIndex(catalogue);
    result.index_build_ms[size] = round(performance.now() - started, 1);
    collectGarbage();
    for (const params of querySet) searchServices(index, params);
    const samples = [];
    for (let round_ = 0; round_ < repeats; round_ += 1) {
      for (const params of querySet) {
        const t0 = performance.now();
        const page = searchServices(index, params);
        samples.push(performance.now() - t0);
        if (!page || typeof page.total_items !== 'number')
          throw new Error('search returned no page');
      }
    }
    result.search_p50_ms[size] = round(percentile(samples, 50));
    result.search_p99_ms[size] = round(percentile(samples, 99));
    result.search_max_ms[size] = round(Math.max(...samples));
    result.search_samples[size] = samples.length;
  }
  return result;
}

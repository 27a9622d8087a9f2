// Lay-word search at scale (issue 12): the bench's query set and lay queries (whole sentences,
// compounds, words of danger) against synthetic catalogues that carry the demo catalogue's lay
// vocabulary, through the functions the server calls. Prints the figures; `node bench/lay.mjs
// [sizes...]` (default 100000). The vocabulary's services do not exist there, so what is timed is
// the work of reading the words (phrases, compounds, word families), not who ranks first.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadDemoCatalogue } from '@polku/catalogue';
import { generateCatalogue } from '@polku/generator';
import { buildSearchIndex, searchServices } from '@polku/server';
import { percentile, round } from './lib/stats.mjs';
import { querySet } from './search.mjs';

export const layQuerySet = [
  { q: 'mieheni lyö minua' },
  { q: 'vi bråkar hela tiden' },
  { q: 'we argue all the time' },
  { q: 'perheriita' },
  { q: 'kodinhoitoapu' },
  { q: 'riidellään miehen kanssa jatkuvasti' },
  { q: 'stöd i hemmet' },
  { q: 'kaipaan vertaistukea' },
  { q: 'en jaksa enää mitään', tier: [2, 1] },
  { q: 'itsetuhoiset ajatukset' },
  { q: 'nepsylapsen vanhempi' },
  { q: 'qwxzzy' },
];

/** Heap and typed arrays (the postings and orders live outside the heap). */
function used() {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

async function main() {
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc');
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const { catalogue: demo } = await loadDemoCatalogue();
  for (const size of sizes.length > 0 ? sizes : [100_000]) {
    const catalogue = {
      ...generateCatalogue({ services: size, seed: 42 }),
      vocabulary: demo.vocabulary,
    };
    collectGarbage();
    collectGarbage();
    const heapBefore = used();
    const started = performance.now();
    const index = buildSearchIndex(catalogue);
    const buildMs = performance.now() - started;
    collectGarbage();
    const heapMb = (used() - heapBefore) / 2 ** 20;
    const sets = { bench: querySet, lay: layQuerySet };
    for (const set of Object.values(sets)) for (const params of set) searchServices(index, params);
    const line = {
      services: size,
      index_build_ms: round(buildMs, 1),
      index_mb: round(heapMb, 1),
    };
    for (const [name, set] of Object.entries(sets)) {
      const samples = [];
      for (let pass = 0; pass < 20; pass += 1) {
        for (const params of set) {
          const t0 = performance.now();
          searchServices(index, params);
          samples.push(performance.now() - t0);
        }
      }
      line[`${name}_p50_ms`] = round(percentile(samples, 50));
      line[`${name}_p99_ms`] = round(percentile(samples, 99));
    }
    console.log(JSON.stringify(line));
  }
}

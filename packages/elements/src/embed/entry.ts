// The script-tag embed's entry, `polku-finder.js`, small on purpose: it starts each finder's first
// search at once (internal/early-requests.ts), then loads the finder's first screen (main.ts). The
// results travel while the finder loads, instead of after it; what the first screen does not need
// comes later still, from chunks the finder loads itself.
import { startFirstSearches } from '../internal/early-requests.js';

startFirstSearches(document);
// No top-level await: the chunk imports this module, and would wait for it.
import('./main.js')
  .then((main) => main.start(document))
  .catch((error: unknown) => console.error('Polku: the finder could not be loaded', error));

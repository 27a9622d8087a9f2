// What <polku-finder> shows after its first screen, in a chunk of its own in the script-tag embed
// (polku-finder-later-<hash>.js, loaded by load-later.ts right after the first screen is drawn):
// the details dialog and what the search understood (<polku-understood>), registered on import,
// and the filter panel's checkboxes.
import { define } from './define.js';
import { PolkuUnderstood } from './finder/understood.js';
import { PolkuServiceDetails } from './service-details/service-details.js';

export { renderFilters } from './finder/filters.js';

define('polku-service-details', PolkuServiceDetails);
define('polku-understood', PolkuUnderstood);

import { define } from './define.js';
import { PolkuFinder } from './finder/finder.js';
import { PolkuHelpNow } from './help-now/help-now.js';
import { PolkuServiceCard } from './service-card/service-card.js';
import { PolkuServiceDetails } from './service-details/service-details.js';

/**
 * Registers the elements a family-view finder needs. The finder goes first: it provides the
 * context the others consume, and a consumer upgraded before its provider would lose its request.
 */
export function registerFinderElements(): void {
  define('polku-finder', PolkuFinder);
  define('polku-help-now', PolkuHelpNow);
  define('polku-service-card', PolkuServiceCard);
  define('polku-service-details', PolkuServiceDetails);
}

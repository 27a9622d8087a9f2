import { define } from './define.js';
import { PolkuFinder } from './finder/finder.js';
import { PolkuHelpNow } from './help-now/help-now.js';
import { PolkuServiceCard } from './service-card/service-card.js';

/**
 * Registers the elements a family-view finder's first screen needs. The finder goes first: it
 * provides the context the others consume, and a consumer upgraded before its provider would lose
 * its request. The details dialog comes after that screen (later.ts), as the finder asks for it.
 */
export function registerFinderElements(): void {
  define('polku-finder', PolkuFinder);
  define('polku-help-now', PolkuHelpNow);
  define('polku-service-card', PolkuServiceCard);
}

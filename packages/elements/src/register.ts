import { PolkuChain } from './chain/polku-chain.js';
import { define } from './define.js';
import { PolkuFamilyList } from './family-list/polku-family-list.js';
import { PolkuSharedList } from './family-list/polku-shared-list.js';
import { PolkuFinder } from './finder/finder.js';
import { PolkuHelpNow } from './help-now/help-now.js';
import { PolkuServiceCard } from './service-card/service-card.js';
import { PolkuServiceDetails } from './service-details/service-details.js';

/**
 * Registers every Polku element under its `polku-*` name: the finder, the elements it renders
 * and the professional view's chain, family list and shared list. The finder goes first: it
 * provides the context the others consume, and a consumer upgraded before its provider would
 * lose its request. A second copy of Polku on the page warns instead of throwing.
 */
export function registerPolkuElements(): void {
  define('polku-finder', PolkuFinder);
  define('polku-help-now', PolkuHelpNow);
  define('polku-service-card', PolkuServiceCard);
  define('polku-service-details', PolkuServiceDetails);
  define('polku-chain', PolkuChain);
  define('polku-family-list', PolkuFamilyList);
  define('polku-shared-list', PolkuSharedList);
}

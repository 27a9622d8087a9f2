import { PolkuChain } from './chain/chain.js';
import { define } from './define.js';
import { PolkuFamilyList } from './family-list/family-list.js';
import { PolkuSelfCheckReview } from './self-check-review/self-check-review.js';
import { PolkuServiceDetails } from './service-details/service-details.js';
import { PolkuSharedList } from './shared-list/shared-list.js';

/**
 * Registers the professional view's elements: the chain, the family list, the shared list, the
 * self-checks' review, and the details dialog a standalone chain opens.
 */
export function registerProfessionalElements(): void {
  define('polku-chain', PolkuChain);
  define('polku-family-list', PolkuFamilyList);
  define('polku-shared-list', PolkuSharedList);
  define('polku-self-check-review', PolkuSelfCheckReview);
  define('polku-service-details', PolkuServiceDetails);
}

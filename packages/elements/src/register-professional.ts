import { PolkuChain } from './chain/chain.js';
import { define } from './define.js';
import { PolkuFamilyList } from './family-list/family-list.js';
import { PolkuSelfCheckReview } from './self-check-review/self-check-review.js';
import { PolkuSharedList } from './shared-list/shared-list.js';

/**
 * Registers the professional view's elements: the chain, the family list, the shared list and the
 * self-checks' review.
 */
export function registerProfessionalElements(): void {
  define('polku-chain', PolkuChain);
  define('polku-family-list', PolkuFamilyList);
  define('polku-shared-list', PolkuSharedList);
  define('polku-self-check-review', PolkuSelfCheckReview);
}

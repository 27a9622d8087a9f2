// The classes and helpers, with no side effects: nothing is registered until you call
// `registerPolkuElements()` or `define()`, or import `@polku/elements/polku-finder.bundle.js`
// (or `chain/register.js`, `family-list/register.js`, `shared-list/register.js`,
// `self-check/register.js`, `self-check-review/register.js` for those alone).
export { PolkuChain } from './chain/chain.js';
export { define } from './define.js';
export { PolkuFamilyList } from './family-list/family-list.js';
export type { FamilyListItem } from './family-list/family-list-model.js';
export { PolkuFinder } from './finder/finder.js';
export { type PageSearch, type SearchResult, searchWith } from './finder/search.js';
export { noFilters, pageSize } from './finder/search-state.js';
export { PolkuUnderstood } from './finder/understood.js';
export { readViewLink, resultsAnchor, serviceLink, viewLink } from './finder/url-state.js';
export { bundledUrgentHelp } from './generated/urgent-help.js';
export { PolkuHelpNow } from './help-now/help-now.js';
export {
  clientContext,
  type FinderView,
  familyListContext,
  languageContext,
  tiersContext,
} from './internal/context.js';
export {
  FAMILY_LIST_ADD_EVENT,
  FAMILY_LIST_CHANGE_EVENT,
  type FamilyListAddDetail,
  type FamilyListChangeDetail,
  type PolkuSearchDetail,
  type PolkuSelectDetail,
  type PolkuTierChangeDetail,
  requestAddToFamilyList,
} from './internal/events.js';
export {
  buildFamilyListLink,
  FAMILY_LIST_LANG_PARAM,
  FAMILY_LIST_MAX_SERVICES,
  FAMILY_LIST_SERVICES_PARAM,
  type FamilyListLink,
  readFamilyListLink,
} from './internal/family-list-link.js';
export { LocalizeController } from './internal/localize.js';
export { mailtoUrl, safeUrl, telUrl } from './internal/safe-url.js';
export { type FinderSeed, seedAttribute } from './internal/seed.js';
export { SUGGESTED_TIER_PARAM } from './internal/self-check-link.js';
export { registerPolkuElements } from './register.js';
export { PolkuSelfCheck } from './self-check/self-check.js';
export { readSuggestedTier, suggestionsLink } from './self-check/suggestions-link.js';
export { PolkuSelfCheckReview } from './self-check-review/self-check-review.js';
export { PolkuServiceCard } from './service-card/service-card.js';
export { PolkuServiceDetails } from './service-details/service-details.js';
export { PolkuSharedList } from './shared-list/shared-list.js';
export type {
  Messages,
  ProfessionalMessages,
  SelfCheckMessages,
  UnderstoodMessages,
} from './translations/messages.js';

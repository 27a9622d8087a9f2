// The classes and helpers, with no side effects: nothing is registered until you call
// `registerPolkuElements()` or `define()`, or import `@polku/elements/polku-finder.bundle.js`
// (or `chain/register.js`, `family-list/register.js` for those elements alone).
export { PolkuChain } from './chain/polku-chain.js';
export {
  clientContext,
  type FinderView,
  familyListContext,
  languageContext,
  tiersContext,
} from './context.js';
export { define } from './define.js';
export type { PolkuSearchDetail, PolkuSelectDetail, PolkuTierChangeDetail } from './events.js';
export * from './family-list/index.js';
export { PolkuFinder } from './finder/finder.js';
export { bundledUrgentHelp } from './generated/urgent-help.js';
export { PolkuHelpNow } from './help-now/help-now.js';
export type { Messages } from './localize/fi.js';
export { LocalizeController } from './localize/localize.js';
export { registerPolkuElements } from './register.js';
export { mailtoUrl, safeUrl, telUrl } from './safe-url.js';
export { PolkuServiceCard } from './service-card/service-card.js';
export { PolkuServiceDetails } from './service-details/service-details.js';

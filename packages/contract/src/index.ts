// @polku/contract: what every package shares of openapi/catalogue.yaml. The spec as an object is
// at `@polku/contract/spec` and its schema validator at `@polku/contract/validator`, so a browser
// bundle that needs only types, `pickText` and `telUrl` never carries them.
export type { components, operations, paths } from './generated/openapi.js';
export {
  audienceGroupValues,
  channelTypeValues,
  deliverySettingValues,
  languageCodeValues,
  providerTypeValues,
  selfCheckThemeValues,
  weekdayValues,
} from './generated/openapi.js';
export { isLanguageCode, languageOrder } from './languages.js';
export { type PickedText, pickText } from './pick-text.js';
export { telUrl } from './tel-url.js';
export type * from './types.js';

export {
  createPolkuClient,
  type PolkuClient,
  type PolkuClientOptions,
  type PolkuRetryOptions,
  type RequestOptions,
  type RequestOptionsOf,
  type ServiceSearchAllParams,
} from './create-client.js';
export { PolkuApiError } from './errors/polku-api-error.js';
export { PolkuNetworkError } from './errors/polku-network-error.js';
export { PolkuTimeoutError } from './errors/polku-timeout-error.js';
export type { components, operations, paths } from './generated/openapi.js';
export { type PickedText, pickText } from './pick-text.js';
export { type QueryValue, toSearchParams } from './search-params.js';
export type * from './types.js';

// The client re-exports the contract's types and `pickText`, so a client user needs one import.
export * from '@polku/contract';
export {
  createPolkuClient,
  type PolkuClient,
  type PolkuClientOptions,
  type PolkuRetryOptions,
  preloadClient,
  type RequestOptions,
  type RequestOptionsOf,
  type ServiceSearchAllParams,
} from './create-client.js';
export { PolkuApiError } from './errors/polku-api-error.js';
export { PolkuNetworkError } from './errors/polku-network-error.js';
export { PolkuTimeoutError } from './errors/polku-timeout-error.js';
export { requestUrl } from './request-url.js';
export { type QueryValue, toSearchParams } from './search-params.js';

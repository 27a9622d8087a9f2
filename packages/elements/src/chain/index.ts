export { PolkuChain } from './polku-chain.js';

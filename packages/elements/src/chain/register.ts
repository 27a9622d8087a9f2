// Registers <polku-chain> (and the details dialog it opens when standalone).
import { define } from '../define.js';
import { PolkuServiceDetails } from '../service-details/service-details.js';
import { PolkuChain } from './chain.js';

define('polku-chain', PolkuChain);
define('polku-service-details', PolkuServiceDetails);

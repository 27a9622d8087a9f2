// Registers <polku-self-check> (and the cards, details and help lines it shows, when standalone).
import { define } from '../define.js';
import { PolkuHelpNow } from '../help-now/help-now.js';
import { PolkuServiceCard } from '../service-card/service-card.js';
import { PolkuServiceDetails } from '../service-details/service-details.js';
import { PolkuSelfCheck } from './self-check.js';

define('polku-self-check', PolkuSelfCheck);
define('polku-service-card', PolkuServiceCard);
define('polku-service-details', PolkuServiceDetails);
define('polku-help-now', PolkuHelpNow);

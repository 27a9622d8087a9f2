// Registers <polku-shared-list> alone (`family-list/register.js` registers it with the list).
import { define } from '../define.js';
import { PolkuSharedList } from './shared-list.js';

define('polku-shared-list', PolkuSharedList);

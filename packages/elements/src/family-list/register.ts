// Registers <polku-family-list> and <polku-shared-list>.
import { define } from '../define.js';
import { PolkuFamilyList } from './polku-family-list.js';
import { PolkuSharedList } from './polku-shared-list.js';

define('polku-family-list', PolkuFamilyList);
define('polku-shared-list', PolkuSharedList);

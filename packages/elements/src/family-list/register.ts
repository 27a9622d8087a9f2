// Registers <polku-family-list> and <polku-shared-list>.
import { define } from '../define.js';
import { PolkuSharedList } from '../shared-list/shared-list.js';
import { PolkuFamilyList } from './family-list.js';

define('polku-family-list', PolkuFamilyList);
define('polku-shared-list', PolkuSharedList);

export {
  FAMILY_LIST_ADD_EVENT,
  FAMILY_LIST_CHANGE_EVENT,
  type FamilyListAddDetail,
  type FamilyListChangeDetail,
  requestAddToFamilyList,
} from './events.js';
export {
  buildFamilyListLink,
  FAMILY_LIST_LANG_PARAM,
  FAMILY_LIST_MAX_SERVICES,
  FAMILY_LIST_SERVICES_PARAM,
  type FamilyListLink,
  readFamilyListLink,
} from './link.js';
export { type FamilyListItem, PolkuFamilyList } from './polku-family-list.js';
export { PolkuSharedList } from './polku-shared-list.js';

import { expect } from '@open-wc/testing';
import * as elements from '../../src/index.js';

// What `@polku/elements` gives at run time; a name may be added, none may go missing.
const publicNames = [
  'FAMILY_LIST_ADD_EVENT',
  'FAMILY_LIST_CHANGE_EVENT',
  'FAMILY_LIST_LANG_PARAM',
  'FAMILY_LIST_MAX_SERVICES',
  'FAMILY_LIST_SERVICES_PARAM',
  'LocalizeController',
  'PolkuChain',
  'PolkuFamilyList',
  'PolkuFinder',
  'PolkuHelpNow',
  'PolkuServiceCard',
  'PolkuServiceDetails',
  'PolkuSharedList',
  'buildFamilyListLink',
  'bundledUrgentHelp',
  'clientContext',
  'define',
  'familyListContext',
  'languageContext',
  'mailtoUrl',
  'readFamilyListLink',
  'registerPolkuElements',
  'requestAddToFamilyList',
  'safeUrl',
  'telUrl',
  'tiersContext',
];

describe('@polku/elements exports', () => {
  it('keeps every public name, registering nothing on import', () => {
    expect(Object.keys(elements)).to.include.members(publicNames);
    expect(customElements.get('polku-finder')).to.equal(undefined);
  });
});

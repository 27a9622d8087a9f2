import type { DetailsMessages } from '../messages.js';

export const en: DetailsMessages = {
  paid: 'Charged',
  referralRequired: 'Needs a referral or a decision',
  referralNotRequired: 'No referral, you can get in touch directly',
  close: 'Close',
  detailsError: 'The details could not be loaded.',
  about: 'What it is',
  contact: 'Contact',
  askInstead: 'Ask for advice',
  hours: 'Opening hours',
  alwaysOpen: 'Open 24/7',
  cost: 'Cost',
  languages: 'Languages of service',
  audience: 'Who it is for',
  servicePage: 'The service’s own page',
  source: (name) => `Source: ${name}`,
  checked: (date) => `checked ${date}`,
};

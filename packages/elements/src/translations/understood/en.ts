import type { UnderstoodMessages } from '../messages.js';

export const en: UnderstoodMessages = {
  helpFirstHeading: 'You can call now',
  helpFirstIntro: 'If you or a child are in danger, call 112.',
  helpFirstAnnounce: 'The help lines are listed before the results.',
  understoodAs: 'We understood you are looking for help with:',
  unknownWords: 'These words found nothing:',
  didYouMean: 'Did you mean:',
  nearestHeading: 'Nearest matches',
  nearestHint: 'They do not match your search exactly, but may help.',
  helpLinesHeading: 'Help lines',
};

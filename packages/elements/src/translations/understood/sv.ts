import type { UnderstoodMessages } from '../messages.js';

export const sv: UnderstoodMessages = {
  helpFirstHeading: 'Du kan ringa genast',
  helpFirstIntro: 'Om du eller ett barn är i fara, ring 112.',
  helpFirstAnnounce: 'Hjälptelefonerna står före sökresultaten.',
  understoodAs: 'Vi förstod att du söker hjälp med:',
  unknownWords: 'De här orden gav inga träffar:',
  didYouMean: 'Menade du:',
  nearestHeading: 'Närmaste träffar',
  nearestHint: 'De motsvarar inte din sökning exakt, men kan hjälpa.',
  helpLinesHeading: 'Hjälptelefoner',
};

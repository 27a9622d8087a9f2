import type { UnderstoodMessages } from '../messages.js';

export const fi: UnderstoodMessages = {
  helpFirstHeading: 'Voit soittaa heti',
  helpFirstIntro: 'Jos sinä tai lapsi olette vaarassa, soita 112.',
  helpFirstAnnounce: 'Auttavat puhelinnumerot ovat ennen hakutuloksia.',
  understoodAs: 'Ymmärsimme, että etsit apua tähän:',
  unknownWords: 'Näillä sanoilla ei löytynyt mitään:',
  didYouMean: 'Tarkoititko:',
  nearestHeading: 'Lähimmät osumat',
  nearestHint: 'Nämä eivät vastaa hakuasi suoraan, mutta voivat auttaa.',
  helpLinesHeading: 'Auttavat puhelimet',
};

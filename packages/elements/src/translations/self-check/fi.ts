import type { SelfCheckMessages } from '../messages.js';

export const fi: SelfCheckMessages = {
  loading: 'Ladataan kysymyksiä…',
  loadError: 'Kysymyksiä ei saatu ladattua. Kiireellisen avun numerot toimivat aina.',
  retry: 'Yritä uudelleen',
  unavailable: 'Tässä palveluhaussa ei ole kysymyksiä. Voit hakea palveluja omin sanoin.',
  draftNote:
    'Kysymykset ovat luonnos: hyvinvointialueen ammattilaiset eivät ole vielä tarkistaneet niitä.',
  privacy:
    'Vastauksesi pysyvät vain tällä sivulla tässä selaimessa. Niitä ei lähetetä minnekään eikä tallenneta, ja ne unohtuvat, kun poistut sivulta tai lataat sen uudelleen.',
  start: 'Aloita',
  progress: (current, total) => `Kysymys ${current}/${total}`,
  next: 'Seuraava',
  finish: 'Näytä ehdotukset',
  back: 'Edellinen',
  restart: 'Aloita alusta',
  close: 'Takaisin palveluhakuun',
  chooseAnswer: 'Valitse yksi vastaus, niin jatketaan.',
  dangerAnnounce: 'Hätänumero ja kriisipuhelimet näkyvät nyt ylimpänä.',
  freeCall: 'maksuton',
  servicesNow: 'Palveluja, joista voisi olla apua nyt',
  servicesLighter: 'Kevyempää tukea, jota voi käyttää samaan aikaan',
  servicesLoading: 'Haetaan palveluja…',
  servicesError: 'Palveluja ei juuri nyt saatu näkyviin.',
  noServices: 'Tähän ei löytynyt palveluja. Voit kysyä neuvoa alla olevasta numerosta.',
  talkHeading: 'Puhu ammattilaisen kanssa',
  sharedIntro:
    'Nämä ehdotukset on jaettu sinulle linkkinä. Linkissä ei ole kenenkään vastauksia, vain ehdotettu tuki.',
  answerYourself: 'Vastaa kysymyksiin itse',
  copyLink: 'Kopioi linkki näihin ehdotuksiin',
  linkPrivacy: 'Linkissä on vain ehdotettu tuki, ei vastauksiasi.',
  linkLabel: 'Linkki ehdotuksiin',
  linkCopied: 'Linkki kopioitiin.',
  linkManual: 'Kopioi linkki alla olevasta kentästä.',
  summaryReady: 'Ehdotukset ovat valmiina.',
};

// Display strings of the family list, the printed sheet and the shared list, in fi, sv and en.
// The family's language (the sheet, the link) may differ from the worker's (the controls).
import type { LanguageCode } from '@polku/contract';

export interface FamilyListStrings {
  listTitle: string;
  empty: string;
  loading: string;
  loadError: string;
  retry: string;
  provider: string;
  phone: string;
  email: string;
  web: string;
  address: string;
  hours: string;
  homeVisit: string;
  alwaysOpen: string;
  referralNeeded: string;
  noContacts: string;
  note: string;
  noteHint: (max: number) => string;
  /** Visible button texts; the accessible names add the service's name after a colon. */
  moveUp: string;
  moveDown: string;
  remove: string;
  familyLanguage: string;
  print: string;
  copyLink: string;
  linkLabel: string;
  linkManual: string;
  linkCopied: string;
  linkPrivacy: string;
  announceAdded: (name: string, count: number) => string;
  announceAlready: (name: string) => string;
  announceRemoved: (name: string, count: number) => string;
  announceMoved: (name: string, position: number, count: number) => string;
  count: (count: number) => string;
  serviceFallback: string;
  // The printed sheet and the shared list, in the family's language.
  sheetTitle: string;
  sheetIntro: string;
  sheetDate: (date: string) => string;
  sheetNote: string;
  helpTitle: string;
  sharedTitle: string;
  sharedIntro: string;
  sharedMissing: (count: number) => string;
  exampleData: string;
}

const fi: FamilyListStrings = {
  listTitle: 'Perheen palvelulista',
  empty: 'Listalla ei ole vielä palveluja. Lisää palveluja tuloksista tai palveluketjusta.',
  loading: 'Ladataan palvelujen tietoja…',
  loadError: 'Palvelujen tietoja ei saatu ladattua.',
  retry: 'Yritä uudelleen',
  provider: 'Järjestäjä',
  phone: 'Puhelin',
  email: 'Sähköposti',
  web: 'Verkossa',
  address: 'Osoite',
  hours: 'Aukioloajat',
  homeVisit: 'Kotikäynnit',
  alwaysOpen: 'Avoinna ympäri vuorokauden',
  referralNeeded: 'Tarvitaan lähete tai arvio',
  noContacts: 'Yhteystiedot saa palvelun järjestäjältä.',
  note: 'Muistiinpano perheelle',
  noteHint: (max) => `Enintään ${max} merkkiä. Näkyy tulosteessa, ei koskaan linkissä.`,
  moveUp: 'Siirrä ylös',
  moveDown: 'Siirrä alas',
  remove: 'Poista listalta',
  familyLanguage: 'Perheen kieli (tuloste ja linkki)',
  print: 'Tulosta perheelle',
  copyLink: 'Kopioi linkki',
  linkLabel: 'Linkki perheelle',
  linkManual: 'Kopioi linkki tästä kentästä.',
  linkCopied: 'Linkki kopioitu.',
  linkPrivacy: 'Linkissä on vain palvelujen tunnisteet ja kieli, ei muistiinpanoja.',
  announceAdded: (name, count) => `${name} lisätty listalle. Listalla on ${count} palvelua.`,
  announceAlready: (name) => `${name} on jo listalla.`,
  announceRemoved: (name, count) => `${name} poistettu listalta. Listalla on ${count} palvelua.`,
  announceMoved: (name, position, count) => `${name} on nyt ${position}. / ${count}.`,
  count: (count) => (count === 1 ? '1 palvelu' : `${count} palvelua`),
  serviceFallback: 'Palvelu',
  sheetTitle: 'Palvelut perheellenne',
  sheetIntro: 'Näistä palveluista puhuimme. Voitte ottaa yhteyttä itse.',
  sheetDate: (date) => `Päivätty ${date}`,
  sheetNote: 'Muistiinpano',
  helpTitle: 'Apua heti',
  sharedTitle: 'Teille valitut palvelut',
  sharedIntro: 'Ammattilainen valitsi nämä palvelut yhdessä kanssanne.',
  sharedMissing: (count) =>
    count === 1
      ? 'Yhtä palvelua ei enää löydy luettelosta.'
      : `${count} palvelua ei enää löydy luettelosta.`,
  exampleData: 'Esimerkkitieto',
};

const sv: FamilyListStrings = {
  listTitle: 'Familjens tjänstelista',
  empty:
    'Listan har ännu inga tjänster. Lägg till tjänster från resultaten eller från servicekedjan.',
  loading: 'Tjänsternas uppgifter hämtas…',
  loadError: 'Tjänsternas uppgifter kunde inte hämtas.',
  retry: 'Försök igen',
  provider: 'Anordnare',
  phone: 'Telefon',
  email: 'E-post',
  web: 'På webben',
  address: 'Adress',
  hours: 'Öppettider',
  homeVisit: 'Hembesök',
  alwaysOpen: 'Öppet dygnet runt',
  referralNeeded: 'Remiss eller bedömning behövs',
  noContacts: 'Kontaktuppgifterna fås av den som anordnar tjänsten.',
  note: 'Anteckning till familjen',
  noteHint: (max) => `Högst ${max} tecken. Syns på utskriften, aldrig i länken.`,
  moveUp: 'Flytta upp',
  moveDown: 'Flytta ner',
  remove: 'Ta bort från listan',
  familyLanguage: 'Familjens språk (utskrift och länk)',
  print: 'Skriv ut för familjen',
  copyLink: 'Kopiera länken',
  linkLabel: 'Länk till familjen',
  linkManual: 'Kopiera länken från det här fältet.',
  linkCopied: 'Länken har kopierats.',
  linkPrivacy: 'Länken innehåller bara tjänsternas id och språket, inga anteckningar.',
  announceAdded: (name, count) =>
    `${name} har lagts till på listan. Listan har ${count} ${count === 1 ? 'tjänst' : 'tjänster'}.`,
  announceAlready: (name) => `${name} finns redan på listan.`,
  announceRemoved: (name, count) =>
    `${name} har tagits bort från listan. Listan har ${count} ${count === 1 ? 'tjänst' : 'tjänster'}.`,
  announceMoved: (name, position, count) => `${name} är nu nummer ${position} av ${count}.`,
  count: (count) => (count === 1 ? '1 tjänst' : `${count} tjänster`),
  serviceFallback: 'Tjänst',
  sheetTitle: 'Tjänster för er familj',
  sheetIntro: 'Det här är tjänsterna vi talade om. Ni kan själva ta kontakt.',
  sheetDate: (date) => `Daterad ${date}`,
  sheetNote: 'Anteckning',
  helpTitle: 'Hjälp genast',
  sharedTitle: 'Tjänster som valts för er',
  sharedIntro: 'En yrkesperson valde de här tjänsterna tillsammans med er.',
  sharedMissing: (count) =>
    count === 1
      ? 'En tjänst finns inte längre i katalogen.'
      : `${count} tjänster finns inte längre i katalogen.`,
  exampleData: 'Exempeluppgift',
};

const en: FamilyListStrings = {
  listTitle: "Family's service list",
  empty: 'No services on the list yet. Add services from the results or from the service chain.',
  loading: 'Loading the services…',
  loadError: 'The services could not be loaded.',
  retry: 'Try again',
  provider: 'Provided by',
  phone: 'Phone',
  email: 'Email',
  web: 'Online',
  address: 'Address',
  hours: 'Opening hours',
  homeVisit: 'Home visits',
  alwaysOpen: 'Open 24 hours a day',
  referralNeeded: 'A referral or assessment is needed',
  noContacts: 'Contact details are available from the provider.',
  note: 'Note for the family',
  noteHint: (max) => `At most ${max} characters. Printed on the sheet, never put in the link.`,
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove from the list',
  familyLanguage: "Family's language (printout and link)",
  print: 'Print for the family',
  copyLink: 'Copy link',
  linkLabel: 'Link for the family',
  linkManual: 'Copy the link from this field.',
  linkCopied: 'Link copied.',
  linkPrivacy: 'The link holds only the service ids and the language, never the notes.',
  announceAdded: (name, count) =>
    `${name} added to the list. The list has ${count} ${count === 1 ? 'service' : 'services'}.`,
  announceAlready: (name) => `${name} is already on the list.`,
  announceRemoved: (name, count) =>
    `${name} removed from the list. The list has ${count} ${count === 1 ? 'service' : 'services'}.`,
  announceMoved: (name, position, count) => `${name} is now number ${position} of ${count}.`,
  count: (count) => (count === 1 ? '1 service' : `${count} services`),
  serviceFallback: 'Service',
  sheetTitle: 'Services for your family',
  sheetIntro: 'These are the services we talked about. You can contact them yourselves.',
  sheetDate: (date) => `Dated ${date}`,
  sheetNote: 'Note',
  helpTitle: 'Help now',
  sharedTitle: 'Services chosen for you',
  sharedIntro: 'A professional chose these services together with you.',
  sharedMissing: (count) =>
    count === 1
      ? 'One service is no longer in the catalogue.'
      : `${count} services are no longer in the catalogue.`,
  exampleData: 'Example data',
};

export const familyListStrings: Record<LanguageCode, FamilyListStrings> = { fi, sv, en };

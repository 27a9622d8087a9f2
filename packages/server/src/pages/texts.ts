// The words of the hosted family pages and their accessibility statements, per language. The
// county's own name, the help lines and the services come from the catalogue; nothing here names
// a phone number, an address or a date.
import type { LanguageCode } from '@polku/contract';

export interface PageTexts {
  /** The `<h1>` of the family page, also the start of its title. */
  heading: string;
  description: string;
  skip: string;
  languagesLabel: string;
  /** The link to this language's page, in this language. */
  languageName: string;
  emergency: string;
  privacy: string;
  /** Where the service data comes from: the catalogue's name follows. */
  dataFrom: string;
  helpLines: string;
  noScript: string;
  statementLink: string;
  /** The statement page's path under `/<lang>/`. */
  statementPath: string;
  statement: StatementTexts;
  /** The page for an address under `/<lang>/` where there is none (404). */
  notFound: { heading: string; text: string; link: string };
  /**
   * A service's own page, `/<lang>/<path>/<id>`: the details a card's link opens without script;
   * `unrendered` and `search` when its details could not be rendered (its name, summary and
   * description stand, and a link searches for it).
   */
  service: { path: string; back: string; unrendered: string; search: string };
}

export interface StatementTexts {
  heading: string;
  intro: (county: string) => string;
  conformanceHeading: string;
  conformance: string;
  checkedHeading: string;
  checked: string;
  gapsHeading: string;
  gaps: string;
  feedbackHeading: string;
  feedback: (county: string) => string;
  authorityHeading: string;
  authority: string;
  authorityLink: { href: string; text: string };
  back: string;
}

export const pageTexts: Record<LanguageCode, PageTexts> = {
  fi: {
    heading: 'Perheiden ja vanhempien tuki',
    description:
      'Lapsiperheiden ja vanhempien tukipalvelut: hae omin sanoin, valitse tilanteeseenne sopiva tuki ja katso kiireellisen avun numerot.',
    skip: 'Siirry sisältöön',
    languagesLabel: 'Kieli',
    languageName: 'Suomeksi',
    emergency: 'Hätätilanteessa soita 112.',
    privacy: 'Palveluhaku ei käytä evästeitä eikä tallenna hakuja.',
    dataFrom: 'Palvelutiedot:',
    helpLines: 'Apua heti',
    noScript: 'Palveluhaku tarvitsee JavaScriptin. Kiireellisen avun numerot toimivat aina:',
    statementLink: 'Saavutettavuusseloste',
    statementPath: 'saavutettavuus',
    notFound: {
      heading: 'Sivua ei löytynyt',
      text: 'Tässä osoitteessa ei ole sivua. Osoite voi olla kirjoitettu väärin, tai sivu on siirtynyt.',
      link: 'Hae perheiden ja vanhempien tukea',
    },
    service: {
      path: 'palvelu',
      back: 'Takaisin palveluhakuun',
      unrendered: 'Palvelun yhteystietoja ei juuri nyt voitu näyttää tällä sivulla.',
      search: 'Hae palvelua palveluhausta',
    },
    statement: {
      heading: 'Saavutettavuusseloste',
      intro: (county) =>
        `${county} pyrkii takaamaan näiden perheiden palvelusivujen ja niiden palveluhaun saavutettavuuden digitaalisten palvelujen tarjoamisesta annetun lain (306/2019) mukaisesti.`,
      conformanceHeading: 'Vaatimustenmukaisuus',
      conformance:
        'Sivut ja palveluhaku on tehty täyttämään WCAG 2.1 -ohjeiston A- ja AA-tason vaatimukset.',
      checkedHeading: 'Miten saavutettavuus on arvioitu',
      checked:
        'Itsearvio: jokainen palveluhaun tila tarkistetaan automaattisesti (axe) vaalealla ja tummalla teemalla, ja haku testataan näppäimistöllä, 320 pikselin leveydellä ja 200 %:n suurennoksella.',
      gapsHeading: 'Ei-saavutettava sisältö',
      gaps: 'Tiedossa ei ole puutteita. Jos löydät sellaisen, kerro siitä meille.',
      feedbackHeading: 'Palaute',
      feedback: (county) => `Saavutettavuuspalautteen voi antaa ylläpitäjälle: ${county}.`,
      authorityHeading: 'Valvontaviranomainen',
      authority:
        'Jos et saa vastausta palautteeseesi tai vastaus ei tyydytä, voit ilmoittaa asiasta saavutettavuusvaatimusten valvontaan. Tarkista ajantasaiset yhteystiedot sivustolta:',
      authorityLink: {
        href: 'https://www.saavutettavuusvaatimukset.fi/',
        text: 'saavutettavuusvaatimukset.fi',
      },
      back: 'Takaisin palveluhakuun',
    },
  },
  sv: {
    heading: 'Stöd för familjer och föräldrar',
    description:
      'Stödtjänster för barnfamiljer och föräldrar: sök med egna ord, välj det stöd som passar er situation och se numren för akut hjälp.',
    skip: 'Hoppa till innehållet',
    languagesLabel: 'Språk',
    languageName: 'På svenska',
    emergency: 'I nödsituationer, ring 112.',
    privacy: 'Tjänstesökningen använder inga kakor och sparar inga sökningar.',
    dataFrom: 'Tjänsteuppgifter:',
    helpLines: 'Hjälp genast',
    noScript: 'Tjänstesökningen behöver JavaScript. Numren för akut hjälp fungerar alltid:',
    statementLink: 'Tillgänglighetsutlåtande',
    statementPath: 'tillganglighet',
    notFound: {
      heading: 'Sidan hittades inte',
      text: 'Det finns ingen sida på den här adressen. Adressen kan vara felskriven, eller så har sidan flyttats.',
      link: 'Sök stöd för familjer och föräldrar',
    },
    service: {
      path: 'tjanst',
      back: 'Tillbaka till tjänstesökningen',
      unrendered: 'Tjänstens kontaktuppgifter kunde inte visas på den här sidan just nu.',
      search: 'Sök tjänsten i tjänstesökningen',
    },
    statement: {
      heading: 'Tillgänglighetsutlåtande',
      intro: (county) =>
        `${county} strävar efter att de här sidorna med tjänster för familjer och deras tjänstesökning ska vara tillgängliga i enlighet med lagen om tillhandahållande av digitala tjänster (306/2019).`,
      conformanceHeading: 'Överensstämmelse',
      conformance:
        'Sidorna och tjänstesökningen är gjorda för att uppfylla kraven på nivå A och AA i WCAG 2.1.',
      checkedHeading: 'Hur tillgängligheten har bedömts',
      checked:
        'Egen bedömning: varje läge i tjänstesökningen kontrolleras automatiskt (axe) med ljust och mörkt tema, och sökningen testas med tangentbord, i 320 pixlars bredd och med 200 % förstoring.',
      gapsHeading: 'Innehåll som inte är tillgängligt',
      gaps: 'Inga kända brister. Om du hittar en, berätta det för oss.',
      feedbackHeading: 'Respons',
      feedback: (county) =>
        `Respons om tillgängligheten kan ges till den som ansvarar för sidorna: ${county}.`,
      authorityHeading: 'Tillsynsmyndighet',
      authority:
        'Om du inte får svar på din respons eller inte är nöjd med svaret kan du anmäla det till tillsynen över tillgänglighetskraven. Kontrollera aktuella kontaktuppgifter på webbplatsen:',
      authorityLink: {
        href: 'https://www.tillganglighetskrav.fi/',
        text: 'tillganglighetskrav.fi',
      },
      back: 'Tillbaka till tjänstesökningen',
    },
  },
  en: {
    heading: 'Support for families and parents',
    description:
      'Support services for families with children and for parents: search in your own words, choose the support that fits your situation and see the numbers for urgent help.',
    skip: 'Skip to content',
    languagesLabel: 'Language',
    languageName: 'In English',
    emergency: 'In an emergency, call 112.',
    privacy: 'The service finder uses no cookies and stores no searches.',
    dataFrom: 'Service information:',
    helpLines: 'Help now',
    noScript: 'The service finder needs JavaScript. The numbers for urgent help always work:',
    statementLink: 'Accessibility statement',
    statementPath: 'accessibility',
    notFound: {
      heading: 'Page not found',
      text: 'There is no page at this address. It may be mistyped, or the page may have moved.',
      link: 'Find support for families and parents',
    },
    service: {
      path: 'service',
      back: 'Back to the service search',
      unrendered: "This service's contact details could not be shown on this page just now.",
      search: 'Find the service in the service search',
    },
    statement: {
      heading: 'Accessibility statement',
      intro: (county) =>
        `${county} aims to make these pages of services for families, and their service finder, accessible as the Act on the Provision of Digital Services (306/2019) requires.`,
      conformanceHeading: 'Conformance',
      conformance:
        'The pages and the service finder are made to meet the level A and AA requirements of WCAG 2.1.',
      checkedHeading: 'How accessibility was assessed',
      checked:
        'Self-assessment: every state of the service finder is checked automatically (axe) in the light and the dark theme, and the finder is tested with a keyboard, at 320 pixels wide and at 200 % zoom.',
      gapsHeading: 'Content that is not accessible',
      gaps: 'No known gaps. If you find one, please tell us.',
      feedbackHeading: 'Feedback',
      feedback: (county) => `Feedback on accessibility can be given to the maintainer: ${county}.`,
      authorityHeading: 'Supervisory authority',
      authority:
        'If you get no answer to your feedback, or the answer does not satisfy you, you can report it to the supervision of the accessibility requirements. Check the current contact details on their website:',
      authorityLink: {
        href: 'https://www.saavutettavuusvaatimukset.fi/',
        text: 'saavutettavuusvaatimukset.fi',
      },
      back: 'Back to the service finder',
    },
  },
};

// The intranet page's language switch (fi/sv). It sets the page's and the Polku elements' `lang`
// and swaps the page's own texts (`data-i18n`: an element's text, `data-i18n-content`: a meta's
// content). Text only through `textContent`: the page runs under
// `require-trusted-types-for 'script'`, where an `innerHTML` assignment would be refused.

const texts = {
  fi: {
    title: 'Palveluohjaus: perheiden jaksaminen – Intra',
    description:
      'Esimerkkisivu hyvinvointialueen intranetistä: ammattilaisten palveluhaku perheiden ja vanhempien jaksamisen tukeen, lähetekäytännöt, palveluketju tasoittain ja perheen palvelulista.',
    chainDescription:
      'Esimerkkisivu hyvinvointialueen intranetistä: perheiden ja vanhempien jaksamisen palveluketju neljällä palvelutarvetasolla, kysymykset perheille ja perheen palvelulista.',
    skip: 'Siirry sisältöön',
    banner:
      'Esimerkkisivu: näin Polku toimii hyvinvointialueen intranetissä tiukan sisältöturvakäytännön (CSP ja Trusted Types) alla. Tämä ei ole hyvinvointialueen oikea intranet.',
    brand: 'Intra',
    brandSub: 'Itä-Uudenmaan hyvinvointialue',
    langLabel: 'Kieli',
    navHeading: 'Palveluohjaus',
    navSearch: 'Palveluhaku',
    navChain: 'Palveluketju tasoittain',
    navRemember: 'Muista palveluohjauksessa',
    breadcrumbLabel: 'Olet tässä',
    crumbHome: 'Etusivu',
    crumbServices: 'Sosiaali- ja terveyspalvelut',
    crumbGuidance: 'Palveluohjaus',
    crumbHere: 'Perheiden jaksaminen',
    crumbChain: 'Palveluketju',
    chainTitle: 'Palveluketju: perheiden jaksaminen – Intra',
    navCheck: 'Kysymykset perheille',
    checkHeading: 'Kysymykset perheille',
    checkIntro:
      'Palveluhaussa perhe voi vastata muutamaan kysymykseen ja saada ehdotuksen siitä, millainen tuki voisi sopia. Tässä ovat kysymykset, säännöt ja tekstit, joista ehdotus syntyy. Vastaukset eivät lähde perheen selaimesta. Muutokset tehdään palveluluettelon self-checks-tiedostoon.',
    chainPageHeading: 'Palveluketju tasoittain',
    heading: 'Palveluohjaus: perheiden ja vanhempien jaksaminen',
    lead: 'Neuvolan, varhaiskasvatuksen, koulun ja sosiaalityön ammattilaisille. Hae palveluja perheen omin sanoin, katso koko palveluketju tasoittain lähetekäytäntöineen ja kokoa perheelle palvelulista, jonka voit tulostaa tai lähettää linkkinä.',
    searchHeading: 'Palveluhaku',
    searchIntro:
      'Ammattilaisnäkymä näyttää jokaisessa palvelussa lähetekäytännön ja palveluntuottajan tyypin. Tulosten vierellä ovat perheen palvelulista ja palveluketju. Haku on rajattu palveluketjuun ”Perheiden ja vanhempien jaksamisen tukeminen”.',
    chainIntro:
      'Ketju kuvaa palvelut neljällä palvelutarvetasolla. Perhe, jonka tarve on tasolla 3, voi käyttää myös tasojen 1 ja 2 palveluja. Sivun voi tulostaa A4-arkille.',
    listHeading: 'Perheen palvelulista',
    listIntro:
      'Lisää palveluja ketjusta. Lista on vain tämän välilehden muistissa: mitään ei tallenneta, eikä perheen tietoja kirjata tähän.',
    rememberHeading: 'Muista palveluohjauksessa',
    remember1:
      'Kysy perheeltä, mitä se itse toivoo, ja kerro palvelut perheen omalla kielellä: suomeksi tai ruotsiksi.',
    remember2:
      'Tarjoa ensin kevyintä riittävää tukea, mutta älä jätä perhettä odottamaan, jos tarve on suurempi.',
    remember3:
      'Akuutissa tilanteessa: hätänumero 112 ja sosiaali- ja kriisipäivystys näkyvät haun yläosassa.',
    footer:
      'Palvelutiedot: Polku-palveluluettelo (esimerkkiaineisto). Sivu on esimerkki, ei hyvinvointialueen virallinen sivu.',
  },
  sv: {
    title: 'Servicehandledning: familjernas ork – Intra',
    description:
      'Exempelsida från välfärdsområdets intranät: tjänstesökning för yrkespersoner till stöd för familjers och föräldrars ork, remisspraxis, servicekedjan nivå för nivå och familjens tjänstelista.',
    chainDescription:
      'Exempelsida från välfärdsområdets intranät: servicekedjan för familjers och föräldrars ork på fyra nivåer av servicebehov, frågor för familjer och familjens tjänstelista.',
    skip: 'Hoppa till innehållet',
    banner:
      'Exempelsida: så här fungerar Polku i välfärdsområdets intranät under en strikt innehållssäkerhetspolicy (CSP och Trusted Types). Det här är inte välfärdsområdets riktiga intranät.',
    brand: 'Intra',
    brandSub: 'Östra Nylands välfärdsområde',
    langLabel: 'Språk',
    navHeading: 'Servicehandledning',
    navSearch: 'Tjänstesökning',
    navChain: 'Servicekedjan nivå för nivå',
    navRemember: 'Kom ihåg i servicehandledningen',
    breadcrumbLabel: 'Du är här',
    crumbHome: 'Startsida',
    crumbServices: 'Social- och hälsovårdstjänster',
    crumbGuidance: 'Servicehandledning',
    crumbHere: 'Familjernas ork',
    crumbChain: 'Servicekedjan',
    chainTitle: 'Servicekedjan: familjernas ork – Intra',
    navCheck: 'Frågor för familjer',
    checkHeading: 'Frågor för familjer',
    checkIntro:
      'I tjänstesökningen kan familjen svara på några frågor och få ett förslag på vilket slags stöd som kunde passa. Här finns frågorna, reglerna och texterna som förslaget bygger på. Svaren lämnar aldrig familjens webbläsare. Ändringar görs i tjänstekatalogens self-checks-fil.',
    chainPageHeading: 'Servicekedjan nivå för nivå',
    heading: 'Servicehandledning: stöd för familjers och föräldrars ork',
    lead: 'För yrkespersoner inom rådgivningen, småbarnspedagogiken, skolan och socialarbetet. Sök tjänster med familjens egna ord, se hela servicekedjan nivå för nivå med remisspraxis och sammanställ en tjänstelista för familjen som du kan skriva ut eller skicka som länk.',
    searchHeading: 'Tjänstesökning',
    searchIntro:
      'Vyn för yrkespersoner visar remisspraxis och typ av serviceproducent för varje tjänst. Bredvid resultaten finns familjens tjänstelista och servicekedjan. Sökningen är begränsad till servicekedjan ”Stöd för familjers och föräldrars ork”.',
    chainIntro:
      'Kedjan beskriver tjänsterna på fyra nivåer av servicebehov. En familj vars behov är på nivå 3 kan också använda tjänsterna på nivå 1 och 2. Sidan kan skrivas ut på A4.',
    listHeading: 'Familjens tjänstelista',
    listIntro:
      'Lägg till tjänster från kedjan. Listan finns bara i den här flikens minne: ingenting sparas, och inga uppgifter om familjen antecknas här.',
    rememberHeading: 'Kom ihåg i servicehandledningen',
    remember1:
      'Fråga familjen vad den själv önskar, och berätta om tjänsterna på familjens eget språk: finska eller svenska.',
    remember2:
      'Erbjud först det lättaste stöd som räcker, men låt inte familjen vänta om behovet är större.',
    remember3:
      'I akuta situationer: nödnumret 112 och social- och krisjouren syns överst i sökningen.',
    footer:
      'Tjänsteuppgifter: tjänstekatalogen Polku (exempeldata). Sidan är ett exempel, inte välfärdsområdets officiella sida.',
  },
};

const polkuElements = 'polku-finder, polku-chain, polku-family-list, polku-self-check-review';

function setLanguage(lang) {
  const dictionary = texts[lang];
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-i18n]')) {
    const text = dictionary[element.dataset.i18n];
    if (text !== undefined) element.textContent = text;
  }
  for (const element of document.querySelectorAll('[data-i18n-content]')) {
    const text = dictionary[element.dataset.i18nContent];
    if (text !== undefined) element.setAttribute('content', text);
  }
  for (const element of document.querySelectorAll(polkuElements))
    element.setAttribute('lang', lang);
  for (const button of document.querySelectorAll('.lang-switch button')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  // The language stays in the address, so a reload, a shared link or the next intranet page
  // keeps it.
  const withLang = (href) => {
    const url = new URL(href, location.href);
    if (lang === 'fi') url.searchParams.delete('lang');
    else url.searchParams.set('lang', lang);
    return url;
  };
  const here = withLang(location.href);
  if (here.href !== location.href) history.replaceState(history.state, '', here.href);
  for (const link of document.querySelectorAll('.sidenav a:not([href^="#"])')) {
    link.href = withLang(link.getAttribute('href')).href;
  }
}

const requested = new URLSearchParams(location.search).get('lang');
setLanguage(requested === 'sv' ? 'sv' : 'fi');
for (const button of document.querySelectorAll('.lang-switch button')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
}

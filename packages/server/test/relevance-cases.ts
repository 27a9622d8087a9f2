// The lay relevance set (issue 12): what worn-out parents and the professionals beside them type, in
// Finnish, Swedish and English: whole sentences, colloquial words, typos, compounds, both genders'
// words for partners. Each case names services that must be near the top (any one of them in the
// first `top`, default 3) and services that must not be in the first three. Services by a short
// name (`service` below maps it to the demo catalogue's id).

export const service = {
  neuvola: '71789e35-800c-4696-8cda-fd4f14ef0509',
  perhevalmennus: '2e34894f-552c-46df-b310-ab08409e0e92',
  vauvaryhmat: '8e129180-8274-480e-84e5-88dd0d87892a',
  vammaispalvelut: '5600cc06-9bae-4643-9e88-65e18aca6e13',
  kouluterveys: '06cb87a6-d75d-4b67-97a7-4abfc6455a03',
  varhaiskasvatus: '62c883cb-8072-4040-82fd-849322b78c85',
  avoinPaivakoti: '40ade70a-892e-4a71-b6bd-138b7aca1b41',
  kohtaamispaikat: '03787756-d93d-45bf-bb89-bd5676ef8572',
  vauvaKotipalvelu: '273b9492-bcc7-4d76-b80b-242d29b0ff9a',
  seurakunnat: 'dd9b19ef-bdab-4891-9143-86aa8128a609',
  mllKahvilat: '297cca38-41c7-4ef2-8030-547fc252a81e',
  folkhalsanPerhe: 'c7eba1f5-6c9b-40ee-b50b-8201dca73264',
  mielenterveystalo: '40343a84-292f-4bb9-8ac3-9d0ef955c624',
  mieliFi: 'aabd84e2-67b0-4eee-a704-14ff2936473f',
  sosiaaliohjaus: 'f3a63ea5-eacd-47f5-88ea-194f795eea6c',
  neuvonta: 'a0ba277d-22cf-4f2d-b766-8920e153cf70',
  nuoriso: 'f6cddd79-217b-4160-8b39-808aeb3f20ad',
  neljanTuulen: '04c586ba-9e0c-4b1f-aa8c-f9b20cf370e3',
  laheisverkosto: 'ed4259e2-49f5-44d3-9242-eb1f28a839a2',
  terveysasemat: '2e54be19-688a-4d06-b878-b42934022f78',
  paihdetyo: '665d00d5-c178-4fca-a57a-b569ac3eb9e7',
  kuntoutus: '35edd1ef-47ed-440c-918f-bd67bfb2bfd4',
  oppilashuolto: '3de0e1bb-2f61-45a3-b588-5e8dd43ee313',
  ehkaisevaPerhetyo: '5ef47629-4c67-4c1f-a972-c12691cef34d',
  kotipalvelu: 'a521e731-0a74-40cd-b90b-9314cb57c528',
  perheneuvola: 'db367be0-6343-4bd2-9629-21364d987f02',
  miepa: 'cfa29a39-f09c-4200-bfa2-91f500cf0048',
  perheoikeus: '63ba8311-1722-4f40-b91a-d7070914e548',
  aikuissosiaalityo: '903d9e16-fc5b-4bb2-a867-fd4a97e43099',
  etsiva: '82e2bef4-8071-4655-ae0e-772dea689709',
  palveluohjaus: '1445aec0-e0ed-47fe-9b3b-40519a784ab9',
  vertaistuki: 'c5e30f2c-f417-4aa9-a558-259865ee0133',
  mllVertais: 'e84a5f6a-8964-4e1a-b600-c3809364e178',
  folkhalsanVertais: 'f4b3f31a-f3cb-4a32-a206-1aaf4b56635e',
  leirit: '3c85070a-4ebc-4328-a43e-0127e998f170',
  verkostopalaverit: '838522a5-fc8a-44f7-8868-1f6003d346af',
  jalkautuva: '6eeaef6f-e1be-4b03-b8d9-0c598ef11193',
  synnytysmasennus: '5b0c3baa-e082-423c-a20d-2a21a5a217da',
  sosiaalityo: '1f825edc-2f2a-4b22-9f2f-e89b082ba372',
  hus: 'b5d5d32d-b9fd-47ad-9754-942b78beaba8',
  kriisipaivystys: '86642f87-9f6e-4b0f-8a39-cd7edf266b73',
  turvakoti: '35279908-9ac5-4743-bd3d-712d4bdeae2f',
  tukiperhe: '28d7f1e9-9f84-40c1-91c0-d3915130a655',
  perhetyo: '02544ac7-1d76-49da-9a9a-6820d42e1492',
  lastensuojelu: '7a860a20-0464-4da4-8004-b57ad8b465f1',
  sijaishuolto: '3b8a6fa9-657d-44f6-b96e-fc5eb18cb193',
  voikukkia: 'be24c287-f741-4cf6-a648-d53e581cfc8a',
  marak: 'af379f50-cb86-4507-bebd-4db6f5535876',
  otKeskus: '0b189270-f1b3-4860-8b1c-f44576f4e255',
  perhekuntoutus: 'afc53534-4593-4362-8873-50d8d4947db0',
  tehostettu: '40e7c49d-be60-4e51-ac46-84e681fb0621',
} as const;

export type ServiceName = keyof typeof service;

export interface LayCase {
  q: string;
  /** Any one of these in the first `top` results. */
  expect: ServiceName[];
  /** None of these in the first three. */
  not: ServiceName[];
  top?: number;
  /** `true`: the answer must say to show the help lines first; `false`: it must not. */
  helpFirst?: boolean;
  /**
   * The case's language where it holds only when asked in it (a lay word with two letters
   * swapped is read in the language asked in); otherwise it holds asked in any.
   */
  lang?: 'fi' | 'sv' | 'en';
}

/** Help a professional arranges: never first for a mild question. */
const heavy: ServiceName[] = ['sijaishuolto', 'marak', 'otKeskus', 'lastensuojelu', 'voikukkia'];

export const layCases: LayCase[] = [
  // Finnish: exhaustion and everyday life
  {
    q: 'olen tosi väsynyt',
    expect: ['neuvola', 'kotipalvelu', 'ehkaisevaPerhetyo', 'perheneuvola'],
    not: heavy,
  },
  {
    q: 'en jaksa enää mitään',
    expect: ['kotipalvelu', 'ehkaisevaPerhetyo', 'perheneuvola', 'neuvola', 'sosiaaliohjaus'],
    not: heavy,
  },
  {
    q: 'äiti on ihan loppu',
    expect: ['kotipalvelu', 'ehkaisevaPerhetyo', 'neuvola', 'perheneuvola', 'sosiaaliohjaus'],
    not: heavy,
    top: 5,
  },
  {
    q: 'uupunut isä',
    expect: ['kotipalvelu', 'ehkaisevaPerhetyo', 'neuvola', 'perheneuvola', 'sosiaaliohjaus'],
    not: heavy,
  },
  {
    q: 'vanhemman uupumus',
    expect: ['kotipalvelu', 'ehkaisevaPerhetyo', 'neuvola', 'perheneuvola', 'mielenterveystalo'],
    not: heavy,
    top: 5,
  },
  {
    q: 'arki ei suju ja lapset riehuu',
    expect: ['ehkaisevaPerhetyo', 'kotipalvelu', 'perheneuvola'],
    not: heavy,
  },
  {
    q: 'tarvitsisin apua kotiin',
    expect: ['kotipalvelu', 'vauvaKotipalvelu', 'ehkaisevaPerhetyo'],
    not: heavy,
  },
  { q: 'kodinhoitoapu', expect: ['kotipalvelu', 'vauvaKotipalvelu'], not: heavy },
  { q: 'kotiapua lapsiperheelle', expect: ['kotipalvelu', 'vauvaKotipalvelu'], not: heavy },
  { q: 'lastenhoitoapua kun sairastuin', expect: ['kotipalvelu', 'vauvaKotipalvelu'], not: heavy },
  {
    q: 'vauva itkee koko ajan enkä saa nukuttua',
    expect: ['neuvola', 'vauvaKotipalvelu', 'vauvaryhmat'],
    not: heavy,
  },
  { q: 'koliikkivauva', expect: ['neuvola', 'vauvaKotipalvelu'], not: heavy },
  { q: 'vauvan univaikeudet', expect: ['neuvola', 'vauvaKotipalvelu', 'vauvaryhmat'], not: heavy },
  { q: 'kaksoset ja ei jaksa', expect: ['vauvaKotipalvelu', 'kotipalvelu'], not: heavy },
  { q: 'ei tukiverkkoa lähellä', expect: ['laheisverkosto', 'tukiperhe'], not: heavy },
  {
    q: 'tarvitsen hengähdystauon lapsista',
    expect: ['tukiperhe', 'laheisverkosto', 'leirit'],
    not: heavy,
  },
  // Finnish: quarrels, relationship, separation
  { q: 'perheriita', expect: ['perheneuvola'], not: heavy },
  { q: 'riidellään miehen kanssa jatkuvasti', expect: ['perheneuvola'], not: heavy },
  { q: 'riitelemme vaimon kanssa lapsista', expect: ['perheneuvola'], not: heavy },
  { q: 'parisuhdeongelmat', expect: ['perheneuvola'], not: heavy },
  {
    q: 'kriisi parisuhteessa',
    expect: ['perheneuvola', 'kriisipaivystys'],
    not: ['sijaishuolto', 'otKeskus', 'voikukkia'],
  },
  { q: 'eroaminen kun on pieniä lapsia', expect: ['perheoikeus', 'perheneuvola'], not: heavy },
  { q: 'avoero ja lapsen tapaamiset', expect: ['perheoikeus'], not: heavy },
  { q: 'elatusapu', expect: ['perheoikeus'], not: heavy },
  { q: 'miten haetaan elatusapua', expect: ['perheoikeus'], not: heavy },
  { q: 'exä ei maksa elareita', expect: ['perheoikeus'], not: heavy },
  { q: 'huoltajuusriita', expect: ['perheoikeus'], not: heavy },
  { q: 'lastenvalvojalle aika', expect: ['perheoikeus'], not: heavy },
  { q: 'isä ei saa tavata lasta', expect: ['perheoikeus'], not: heavy },
  // Finnish: children's development, behaviour, school
  { q: 'nepsy', expect: ['kuntoutus', 'perheneuvola'], not: heavy },
  { q: 'nepsylapsen vanhempi', expect: ['kuntoutus', 'perheneuvola', 'vertaistuki'], not: heavy },
  { q: 'adhd', expect: ['kuntoutus', 'perheneuvola'], not: heavy },
  { q: 'epäilen että lapsella on adhd', expect: ['kuntoutus', 'perheneuvola'], not: heavy },
  {
    q: 'autismikirjon lapsi',
    expect: ['kuntoutus', 'vammaispalvelut', 'perheneuvola'],
    not: heavy,
  },
  { q: 'uhmaikä', expect: ['ehkaisevaPerhetyo', 'perheneuvola'], not: heavy },
  {
    q: 'uhmaikäinen kolmevuotias raivoaa',
    expect: ['ehkaisevaPerhetyo', 'perheneuvola', 'neuvola'],
    not: heavy,
  },
  { q: 'lapsi ei tottele ollenkaan', expect: ['ehkaisevaPerhetyo', 'perheneuvola'], not: heavy },
  { q: 'lapsi ei puhu vielä', expect: ['kuntoutus', 'neuvola'], not: heavy },
  { q: 'puheterapiaan pääsy', expect: ['kuntoutus'], not: heavy },
  { q: 'lasta kiusataan koulussa', expect: ['oppilashuolto'], not: heavy },
  { q: 'poika ei halua mennä kouluun', expect: ['oppilashuolto', 'kouluterveys'], not: heavy },
  {
    q: 'teini oireilee',
    expect: ['oppilashuolto', 'kouluterveys', 'perheneuvola', 'jalkautuva'],
    not: ['sijaishuolto', 'voikukkia', 'marak'],
  },
  {
    q: 'huoli nuoren päihteistä',
    expect: ['paihdetyo', 'miepa', 'neljanTuulen'],
    not: ['sijaishuolto', 'voikukkia', 'marak'],
  },
  { q: 'kehitysvammainen lapsi', expect: ['vammaispalvelut'], not: heavy },
  // Finnish: loneliness and peers
  { q: 'kaipaan vertaistukea', expect: ['vertaistuki', 'mllVertais'], not: heavy },
  { q: 'vertaistukiryhmä äideille', expect: ['vertaistuki', 'mllVertais'], not: heavy },
  {
    q: 'yksinäinen kotiäiti',
    expect: ['kohtaamispaikat', 'mllKahvilat', 'avoinPaivakoti', 'vertaistuki'],
    not: heavy,
  },
  {
    q: 'yksin vauvan kanssa kotona',
    expect: ['kohtaamispaikat', 'mllKahvilat', 'vauvaryhmat', 'mllVertais'],
    not: heavy,
  },
  {
    q: 'uusi paikkakunnalla ei tunne ketään',
    expect: ['kohtaamispaikat', 'mllKahvilat'],
    not: heavy,
  },
  { q: 'perhekahvila', expect: ['mllKahvilat', 'kohtaamispaikat'], not: heavy },
  {
    q: 'yksinhuoltaja äiti tarvitsee tukea',
    expect: ['vertaistuki', 'tukiperhe', 'sosiaaliohjaus'],
    not: heavy,
  },
  // Finnish: money and housing
  { q: 'rahat loppu', expect: ['sosiaaliohjaus', 'aikuissosiaalityo'], not: heavy },
  { q: 'rahat ei riitä ruokaan', expect: ['aikuissosiaalityo', 'sosiaaliohjaus'], not: heavy },
  { q: 'toimeentulotuki', expect: ['aikuissosiaalityo', 'sosiaaliohjaus'], not: heavy },
  { q: 'velkaa ja vuokrat rästissä', expect: ['aikuissosiaalityo'], not: heavy },
  {
    q: 'häätö uhkaa',
    expect: ['aikuissosiaalityo'],
    not: ['sijaishuolto', 'voikukkia', 'otKeskus'],
  },
  // Finnish: mind, substances
  { q: 'masentaa', expect: ['miepa', 'mielenterveystalo', 'terveysasemat'], not: heavy },
  { q: 'ahdistaa koko ajan', expect: ['miepa', 'mielenterveystalo'], not: heavy },
  { q: 'synnytyksen jälkeinen masennus', expect: ['synnytysmasennus'], not: heavy },
  { q: 'en iloitse vauvasta', expect: ['synnytysmasennus'], not: heavy },
  {
    q: 'mies juo liikaa',
    expect: ['miepa', 'paihdetyo'],
    not: ['sijaishuolto', 'voikukkia', 'otKeskus'],
  },
  { q: 'puoliso pelaa rahapelejä', expect: ['miepa', 'neljanTuulen'], not: heavy },
  {
    q: 'alkoholiongelma',
    expect: ['miepa', 'paihdetyo'],
    not: ['sijaishuolto', 'voikukkia', 'otKeskus'],
  },
  { q: 'odotan ensimmäistä lasta', expect: ['neuvola', 'perhevalmennus'], not: heavy },
  { q: 'synnytyspelko', expect: ['perhevalmennus', 'neuvola'], not: heavy },
  { q: 'päivähoitopaikka', expect: ['varhaiskasvatus'], not: heavy },
  { q: 'en tiedä mistä hakea apua', expect: ['neuvonta', 'palveluohjaus'], not: heavy },
  {
    q: 'mihin soitan kun perhe tarvitsee apua',
    expect: ['neuvonta', 'palveluohjaus', 'sosiaaliohjaus'],
    not: heavy,
  },
  // Finnish: safety
  {
    q: 'mieheni lyö minua',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia', 'perheneuvola'],
    helpFirst: true,
  },
  { q: 'mies lyö', expect: ['turvakoti'], not: ['sijaishuolto', 'voikukkia'], helpFirst: true },
  {
    q: 'vaimo lyö',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  // Found nothing, or the wrong thing, before the words were in the vocabulary.
  {
    q: 'min son skär sig',
    expect: ['kriisipaivystys', 'miepa'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'my daughter cuts herself',
    expect: ['kriisipaivystys', 'miepa'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  { q: 'peliongelma', expect: ['miepa', 'neljanTuulen'], not: heavy },
  { q: 'my wife left me with the kids', expect: ['perheoikeus', 'perheneuvola'], not: heavy },
  // A word of another language is no alarm: Swedish "hit" is "here", "flytta" is to move.
  {
    q: 'vi flyttade hit nyss',
    expect: ['kohtaamispaikat', 'mllKahvilat', 'folkhalsanPerhe', 'vertaistuki'],
    not: ['turvakoti', 'kriisipaivystys'],
    helpFirst: false,
  },
  { q: 'behöver avlastning', expect: ['tukiperhe'], not: heavy },
  { q: 'barnet kissar på sig', expect: ['neuvola', 'kuntoutus'], not: heavy },
  // A baby screaming is a baby crying, not a quarrel; "help" alone asks where to get help.
  {
    q: 'vauva huutaa koko ajan',
    expect: ['neuvola', 'vauvaKotipalvelu'],
    not: ['perheneuvola', 'turvakoti'],
  },
  {
    q: 'bebisen skriker hela tiden',
    expect: ['neuvola', 'vauvaKotipalvelu'],
    not: ['perheneuvola', 'turvakoti'],
  },
  { q: 'huudamme toisillemme', expect: ['perheneuvola'], not: heavy },
  { q: 'we shout at each other', expect: ['perheneuvola'], top: 1, not: heavy },
  { q: 'apua', expect: ['neuvonta', 'palveluohjaus'], top: 2, not: heavy },
  { q: 'hjälp', expect: ['neuvonta', 'palveluohjaus'], top: 2, not: heavy },
  // A phone number is every service's: the service named comes first; abuse of a child is the
  // child's danger, and child welfare comes with it.
  { q: 'rådgivningen telefonnummer', expect: ['neuvola'], top: 1, not: heavy },
  // A service's name in another case: that service first, not a compound that ends in it.
  { q: 'neuvolan numero', expect: ['neuvola'], top: 1, not: heavy },
  { q: 'missä on neuvola porvoossa', expect: ['neuvola'], top: 1, not: heavy },
  { q: 'neuvolaan', expect: ['neuvola'], top: 1, not: heavy },
  {
    q: 'report child abuse',
    expect: ['kriisipaivystys', 'lastensuojelu'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  // Eating: the child health clinic first, not what only a word's letters are near.
  { q: 'vauva ei syö', expect: ['neuvola'], top: 1, not: heavy },
  { q: 'bebisen äter inte', expect: ['neuvola'], top: 1, not: heavy },
  { q: "baby won't eat", expect: ['neuvola'], top: 1, not: heavy },
  {
    q: 'pelkään synnytystä',
    expect: ['neuvola', 'perhevalmennus'],
    not: ['turvakoti', 'kriisipaivystys'],
    helpFirst: false,
  },
  {
    q: 'lapsi pelkää koulua',
    expect: ['oppilashuolto'],
    not: ['turvakoti', 'kriisipaivystys'],
    helpFirst: false,
  },
  {
    q: 'lapsi pelkää isäänsä',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'pelkään miestäni',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'poikaystävä uhkailee',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'exä vainoaa',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'lähisuhdeväkivalta',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'en uskalla mennä kotiin',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'itsetuhoiset ajatukset',
    expect: ['kriisipaivystys', 'miepa'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'ajattelen itsemurhaa',
    expect: ['kriisipaivystys', 'miepa'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'en halua enää elää',
    expect: ['kriisipaivystys', 'miepa'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'nuori viiltelee',
    expect: ['kriisipaivystys', 'hus', 'miepa'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'lapsi ei ole turvassa kotona',
    expect: ['kriisipaivystys', 'lastensuojelu'],
    not: ['voikukkia', 'sijaishuolto'],
    helpFirst: true,
  },
  // Finnish: professionals' words
  { q: 'lastensuojeluilmoitus', expect: ['lastensuojelu'], not: ['voikukkia'] },
  {
    q: 'huostaanotetun lapsen vanhemmat',
    expect: ['voikukkia', 'sijaishuolto'],
    not: ['kotipalvelu'],
  },
  { q: 'sijaisperheeksi', expect: ['sijaishuolto'], not: ['kotipalvelu'] },
  { q: 'marak-lähete', expect: ['marak'], not: ['kotipalvelu'] },
  { q: 'tehostettu perhetyö', expect: ['tehostettu'], not: ['voikukkia'] },
  {
    q: 'perhetyöntekijä kotikäynnille',
    expect: ['ehkaisevaPerhetyo', 'perhetyo'],
    not: ['voikukkia', 'sijaishuolto'],
  },
  { q: 'palvelutarpeen arviointi', expect: ['sosiaalityo'], not: ['voikukkia'] },
  { q: 'verkostopalaveri koululla', expect: ['verkostopalaverit'], not: heavy },
  // Swedish: exhaustion and everyday life
  {
    q: 'jag är så trött',
    expect: ['neuvola', 'kotipalvelu', 'ehkaisevaPerhetyo', 'perheneuvola'],
    not: heavy,
  },
  {
    q: 'jag orkar inte längre',
    expect: ['kotipalvelu', 'ehkaisevaPerhetyo', 'perheneuvola', 'sosiaaliohjaus'],
    not: heavy,
  },
  {
    q: 'utmattad mamma',
    expect: ['kotipalvelu', 'ehkaisevaPerhetyo', 'neuvola', 'perheneuvola'],
    not: heavy,
  },
  {
    q: 'utbränd pappa',
    expect: [
      'kotipalvelu',
      'ehkaisevaPerhetyo',
      'neuvola',
      'perheneuvola',
      'terveysasemat',
      'mielenterveystalo',
    ],
    not: heavy,
    top: 5,
  },
  {
    q: 'stöd i hemmet',
    expect: ['kotipalvelu', 'vauvaKotipalvelu', 'ehkaisevaPerhetyo'],
    not: heavy,
  },
  { q: 'hemhjälp', expect: ['kotipalvelu', 'vauvaKotipalvelu'], not: heavy },
  {
    q: 'behöver hjälp hemma med barnen',
    expect: ['kotipalvelu', 'vauvaKotipalvelu', 'ehkaisevaPerhetyo'],
    not: heavy,
  },
  { q: 'bebisen skriker hela natten', expect: ['neuvola', 'vauvaKotipalvelu'], not: heavy },
  { q: 'kolik', expect: ['neuvola', 'vauvaKotipalvelu'], not: heavy },
  { q: 'vardagen fungerar inte', expect: ['ehkaisevaPerhetyo', 'kotipalvelu'], not: heavy },
  {
    q: 'vi behöver en paus från barnen',
    expect: ['tukiperhe', 'laheisverkosto', 'leirit'],
    not: heavy,
  },
  // Swedish: quarrels, separation
  { q: 'vi bråkar hela tiden', expect: ['perheneuvola'], not: heavy },
  { q: 'familjegräl', expect: ['perheneuvola'], not: heavy },
  { q: 'min man och jag grälar om allt', expect: ['perheneuvola'], not: heavy },
  { q: 'jag och min fru bråkar', expect: ['perheneuvola'], not: heavy },
  { q: 'problem i parrelationen', expect: ['perheneuvola'], not: heavy },
  { q: 'vi ska skiljas', expect: ['perheoikeus', 'perheneuvola'], not: heavy },
  { q: 'underhållsbidrag', expect: ['perheoikeus'], not: heavy },
  { q: 'exet betalar inte underhåll', expect: ['perheoikeus'], not: heavy },
  { q: 'vårdnadstvist', expect: ['perheoikeus'], not: heavy },
  { q: 'umgänge med barnen efter separationen', expect: ['perheoikeus'], not: heavy },
  // Swedish: children
  { q: 'trotsålder', expect: ['ehkaisevaPerhetyo', 'perheneuvola'], not: heavy },
  { q: 'treåringen får utbrott', expect: ['ehkaisevaPerhetyo', 'perheneuvola'], not: heavy },
  { q: 'mitt barn har adhd', expect: ['kuntoutus', 'perheneuvola'], not: heavy },
  { q: 'npf', expect: ['kuntoutus', 'perheneuvola'], not: heavy },
  { q: 'autism hos barn', expect: ['kuntoutus', 'vammaispalvelut'], not: heavy },
  { q: 'barnet pratar inte', expect: ['kuntoutus', 'neuvola'], not: heavy },
  { q: 'mobbad i skolan', expect: ['oppilashuolto'], not: heavy },
  {
    q: 'tonåringen mår dåligt',
    expect: ['oppilashuolto', 'kouluterveys', 'perheneuvola', 'jalkautuva'],
    not: ['sijaishuolto', 'voikukkia', 'marak'],
  },
  { q: 'dagisplats', expect: ['varhaiskasvatus'], not: heavy },
  // Swedish: peers, loneliness
  {
    q: 'kamratstöd för föräldrar',
    expect: ['vertaistuki', 'mllVertais', 'folkhalsanVertais'],
    not: heavy,
  },
  {
    q: 'ensam hemma med bebisen',
    expect: ['kohtaamispaikat', 'mllKahvilat', 'vauvaryhmat', 'mllVertais'],
    not: heavy,
  },
  {
    q: 'jag känner mig ensam',
    expect: ['kohtaamispaikat', 'mllKahvilat', 'vertaistuki', 'avoinPaivakoti'],
    not: heavy,
  },
  { q: 'familjecafé', expect: ['mllKahvilat', 'kohtaamispaikat'], not: heavy },
  { q: 'ensamstående mamma', expect: ['vertaistuki', 'tukiperhe', 'sosiaaliohjaus'], not: heavy },
  // Swedish: money, mind, substances
  { q: 'pengarna räcker inte', expect: ['sosiaaliohjaus', 'aikuissosiaalityo'], not: heavy },
  { q: 'skulder och hyran', expect: ['aikuissosiaalityo'], not: heavy },
  { q: 'utkomststöd', expect: ['aikuissosiaalityo', 'sosiaaliohjaus'], not: heavy },
  { q: 'ångest', expect: ['miepa', 'mielenterveystalo'], not: heavy },
  { q: 'nedstämd efter förlossningen', expect: ['synnytysmasennus'], not: heavy },
  {
    q: 'min sambo dricker för mycket',
    expect: ['miepa', 'paihdetyo'],
    not: ['sijaishuolto', 'voikukkia'],
  },
  { q: 'gravid första gången', expect: ['neuvola', 'perhevalmennus'], not: heavy },
  { q: 'var får jag hjälp', expect: ['neuvonta', 'palveluohjaus'], not: heavy },
  // Swedish: safety
  {
    q: 'min man slår mig',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'min fru slår mig',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'jag är rädd för förlossningen',
    expect: ['neuvola', 'perhevalmennus'],
    not: ['turvakoti', 'kriisipaivystys'],
    helpFirst: false,
  },
  {
    q: 'barnet är rädd för sin pappa',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'rädd för min pojkvän',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'våld i hemmet',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'han hotar mig',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'självmordstankar',
    expect: ['kriisipaivystys', 'miepa'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'jag vill inte leva',
    expect: ['kriisipaivystys', 'miepa'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'skadar sig själv',
    expect: ['kriisipaivystys', 'hus', 'miepa'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  // Swedish: professionals
  { q: 'barnskyddsanmälan', expect: ['lastensuojelu'], not: ['voikukkia'] },
  { q: 'vård utom hemmet', expect: ['sijaishuolto'], not: ['kotipalvelu'] },
  {
    q: 'omhändertagande',
    expect: ['lastensuojelu', 'sijaishuolto', 'voikukkia'],
    not: ['kotipalvelu'],
  },
  { q: 'bli familjehem', expect: ['sijaishuolto'], not: ['kotipalvelu'] },
  {
    q: 'familjearbetare hembesök',
    expect: ['ehkaisevaPerhetyo', 'perhetyo'],
    not: ['voikukkia', 'sijaishuolto'],
  },
  // English
  {
    q: "i'm so tired",
    expect: ['neuvola', 'kotipalvelu', 'ehkaisevaPerhetyo', 'perheneuvola'],
    not: heavy,
  },
  {
    q: "i can't cope anymore",
    expect: ['kotipalvelu', 'ehkaisevaPerhetyo', 'perheneuvola', 'sosiaaliohjaus'],
    not: heavy,
  },
  {
    q: 'exhausted mum of two',
    expect: ['kotipalvelu', 'ehkaisevaPerhetyo', 'neuvola', 'perheneuvola'],
    not: heavy,
  },
  { q: 'help at home with the kids', expect: ['kotipalvelu', 'vauvaKotipalvelu'], not: heavy },
  { q: 'baby cries all night', expect: ['neuvola', 'vauvaKotipalvelu'], not: heavy },
  { q: 'we argue all the time', expect: ['perheneuvola', 'neuvola'], not: heavy },
  { q: 'my husband and i fight constantly', expect: ['perheneuvola'], not: heavy },
  { q: 'my wife and I keep arguing', expect: ['perheneuvola'], not: heavy },
  { q: 'relationship problems', expect: ['perheneuvola'], not: heavy },
  { q: 'getting divorced', expect: ['perheoikeus', 'perheneuvola'], not: heavy },
  { q: 'child maintenance', expect: ['perheoikeus'], not: heavy },
  { q: 'custody of my son', expect: ['perheoikeus'], not: heavy },
  { q: 'my son has adhd', expect: ['kuntoutus', 'perheneuvola'], not: heavy },
  { q: 'toddler tantrums', expect: ['ehkaisevaPerhetyo', 'perheneuvola'], not: heavy },
  { q: 'my daughter is bullied at school', expect: ['oppilashuolto'], not: heavy },
  { q: 'speech delay', expect: ['kuntoutus'], not: heavy },
  { q: 'peer support for parents', expect: ['vertaistuki', 'mllVertais'], not: heavy },
  {
    q: 'lonely at home with a baby',
    expect: ['kohtaamispaikat', 'mllKahvilat', 'vauvaryhmat', 'mllVertais'],
    not: heavy,
  },
  {
    q: 'single mom needs support',
    expect: ['vertaistuki', 'tukiperhe', 'sosiaaliohjaus'],
    not: heavy,
  },
  { q: 'money ran out', expect: ['sosiaaliohjaus', 'aikuissosiaalityo'], not: heavy },
  { q: 'can not pay the rent', expect: ['aikuissosiaalityo'], not: heavy },
  { q: 'postnatal depression', expect: ['synnytysmasennus'], not: heavy },
  { q: 'anxiety and panic', expect: ['miepa', 'mielenterveystalo'], not: heavy },
  {
    q: 'my partner drinks too much',
    expect: ['miepa', 'paihdetyo'],
    not: ['sijaishuolto', 'voikukkia'],
  },
  {
    q: 'pregnant and scared of giving birth',
    expect: ['perhevalmennus', 'neuvola'],
    not: ['sijaishuolto', 'voikukkia', 'turvakoti'],
    helpFirst: false,
  },
  // Fear: of childbirth or school it is that need; of a partner or a parent, of violence.
  {
    q: 'afraid of giving birth',
    expect: ['neuvola', 'perhevalmennus'],
    not: ['turvakoti', 'kriisipaivystys'],
    helpFirst: false,
  },
  {
    q: 'my son is scared of his dad',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  { q: "don't know where to get help", expect: ['neuvonta', 'palveluohjaus'], not: heavy },
  {
    q: 'my husband hits me',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'my wife is violent',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'scared of my boyfriend',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'domestic violence',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'suicidal thoughts',
    expect: ['kriisipaivystys', 'miepa'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'i want to die',
    expect: ['kriisipaivystys', 'miepa'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'teen self harm',
    expect: ['kriisipaivystys', 'hus', 'miepa'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  { q: 'foster care', expect: ['sijaishuolto'], not: ['kotipalvelu'] },
  { q: 'child welfare notification', expect: ['lastensuojelu'], not: ['voikukkia'] },
  {
    q: 'taken into care',
    expect: ['lastensuojelu', 'sijaishuolto', 'voikukkia'],
    not: ['kotipalvelu'],
  },
  // Typos
  { q: 'perheneuvlaan', expect: ['perheneuvola'], not: heavy },
  { q: 'vertasituki', expect: ['vertaistuki', 'mllVertais'], not: heavy },
  {
    q: 'väkivalta kotona',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  { q: 'vakivalta', expect: ['turvakoti', 'kriisipaivystys'], not: ['sijaishuolto', 'voikukkia'] },
  { q: 'familjerådgivnig', expect: ['perheneuvola'], not: heavy },
  { q: 'skilsmässsa', expect: ['perheoikeus', 'perheneuvola'], not: heavy },
  { q: 'hemservise', expect: ['kotipalvelu', 'vauvaKotipalvelu'], not: heavy },
  { q: 'councelling for families', expect: ['perheneuvola'], not: heavy },
  // Two letters swapped, as a thumb on a phone types them.
  // Two letters swapped, as a thumb on a phone types them: read in the language asked in.
  {
    q: 'i am so exhuasted',
    expect: ['kotipalvelu', 'ehkaisevaPerhetyo', 'neuvola'],
    not: heavy,
    lang: 'en',
  },
  {
    q: 'lonley at home with a baby',
    expect: ['kohtaamispaikat', 'mllKahvilat', 'vauvaryhmat', 'mllVertais'],
    not: heavy,
    lang: 'en',
  },
  {
    q: 'väkivlata kotona',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
    lang: 'fi',
  },
  {
    q: 'uupumis',
    expect: [
      'kotipalvelu',
      'ehkaisevaPerhetyo',
      'neuvola',
      'perheneuvola',
      'mielenterveystalo',
      'terveysasemat',
    ],
    not: heavy,
    top: 5,
  },
  // Help with looking after the children is home help, not "where to get help"; a parent kept from
  // the children is a question of contact, in Swedish and English as in Finnish.
  {
    q: 'tarvitsen lastenhoitoapua',
    expect: ['kotipalvelu', 'vauvaKotipalvelu'],
    not: ['palveluohjaus', ...heavy],
  },
  {
    q: 'behöver hjälp med barnpassning',
    expect: ['kotipalvelu', 'vauvaKotipalvelu'],
    not: ['palveluohjaus', ...heavy],
  },
  {
    q: 'need help with childcare',
    expect: ['kotipalvelu', 'vauvaKotipalvelu'],
    not: ['palveluohjaus', ...heavy],
  },
  { q: 'får inte träffa mina barn', expect: ['perheoikeus'], not: heavy },
  { q: "i'm not allowed to see my kids", expect: ['perheoikeus'], not: heavy },
  { q: 'logoped', expect: ['kuntoutus', 'neuvola'], not: heavy },
  // A small child who hits, kicks or bites others needs limits, with no alarm; a parent who hits
  // a child is danger, in English too.
  {
    q: 'taapero lyö ja puree muita lapsia',
    expect: ['ehkaisevaPerhetyo', 'perheneuvola', 'neuvola'],
    not: ['turvakoti', 'kriisipaivystys', ...heavy],
    helpFirst: false,
  },
  {
    q: 'barnet slår andra barn på dagis',
    expect: ['ehkaisevaPerhetyo', 'perheneuvola', 'neuvola'],
    not: ['turvakoti', 'kriisipaivystys', ...heavy],
    helpFirst: false,
  },
  {
    q: 'toddler hits other kids',
    expect: ['ehkaisevaPerhetyo', 'perheneuvola', 'neuvola'],
    not: ['turvakoti', 'kriisipaivystys', ...heavy],
    helpFirst: false,
  },
  {
    q: 'i hit my child when i am angry',
    expect: ['kriisipaivystys', 'lastensuojelu'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  // A partner who controls (the phone, the friends, going out) is violence in a close
  // relationship; a health check is the clinic's.
  {
    q: 'my partner is controlling and checks my phone',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'min sambo låter mig inte träffa vänner',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  {
    q: 'mieheni kontrolloi minua',
    expect: ['turvakoti', 'kriisipaivystys'],
    not: ['sijaishuolto', 'voikukkia'],
    helpFirst: true,
  },
  { q: 'hälsokontroll för bebisen', expect: ['neuvola'], not: heavy, helpFirst: false },
  // Swedish "fostret" is the fetus, not English foster care.
  { q: 'oro för fostret', expect: ['neuvola', 'perhevalmennus'], not: heavy },
  // Everyday needs in Swedish as in Finnish: an eviction, a teenager who smokes, swimming
  // lessons (no school), a child benefit (no maintenance), football (no gambling).
  { q: 'vi blir vräkta', expect: ['sosiaaliohjaus', 'aikuissosiaalityo'], not: heavy },
  { q: 'min tonåring röker', expect: ['paihdetyo'], not: heavy },
  {
    q: 'simskola för barn',
    expect: ['nuoriso', 'folkhalsanPerhe'],
    not: ['oppilashuolto', ...heavy],
  },
  { q: 'lapsilisä', expect: ['sosiaaliohjaus'], not: ['perheoikeus', ...heavy] },
  {
    q: 'barnet spelar fotboll',
    expect: ['nuoriso', 'folkhalsanPerhe'],
    not: ['neljanTuulen', 'miepa', ...heavy],
  },
  // Video games all night are a worry about the child, not gambling nor a crisis.
  {
    q: 'my son plays video games all night',
    expect: ['perheneuvola', 'jalkautuva', 'oppilashuolto'],
    not: ['kriisipaivystys', ...heavy],
  },
  {
    q: 'sonen spelar datorspel hela natten',
    expect: ['perheneuvola', 'jalkautuva', 'oppilashuolto'],
    not: ['kriisipaivystys', ...heavy],
  },
  // "raskasta" (hard) is no pregnancy, "raskaana" (pregnant) no exhaustion; colloquial Finnish.
  {
    q: 'mul on tosi raskasta',
    expect: ['kotipalvelu', 'ehkaisevaPerhetyo', 'neuvola'],
    not: ['perhevalmennus', ...heavy],
  },
  { q: 'olen raskaana', expect: ['neuvola', 'perhevalmennus'], not: ['kotipalvelu', ...heavy] },
  { q: 'en kestä enää', expect: ['kotipalvelu', 'ehkaisevaPerhetyo', 'neuvola'], not: heavy },
  { q: 'tarviin lastenvahdin', expect: ['tukiperhe', 'laheisverkosto', 'kotipalvelu'], not: heavy },
  {
    q: 'muutettiin juuri porvooseen',
    expect: ['kohtaamispaikat', 'seurakunnat', 'avoinPaivakoti', 'mllKahvilat'],
    not: heavy,
  },
  // An eating disorder is a child's worry, not a baby's feeding; anger is a child's tantrums; a
  // stepfamily finds family counselling, in three languages.
  {
    q: 'my daughter stopped eating',
    expect: ['perheneuvola', 'oppilashuolto', 'kouluterveys'],
    not: heavy,
  },
  {
    q: 'syömishäiriö',
    expect: ['perheneuvola', 'oppilashuolto', 'kouluterveys'],
    not: ['neuvola', ...heavy],
  },
  {
    q: 'dottern slutade äta',
    expect: ['perheneuvola', 'oppilashuolto', 'kouluterveys'],
    not: heavy,
  },
  {
    q: 'my son is always angry',
    expect: ['ehkaisevaPerhetyo', 'perheneuvola', 'neuvola'],
    not: heavy,
  },
  {
    q: 'poika on aina vihainen',
    expect: ['ehkaisevaPerhetyo', 'perheneuvola', 'neuvola'],
    not: heavy,
  },
  { q: 'stepfamily problems', expect: ['perheneuvola'], not: heavy },
  { q: 'uusperhe', expect: ['perheneuvola'], not: heavy },
  { q: 'bonusfamilj', expect: ['perheneuvola'], not: heavy },
];

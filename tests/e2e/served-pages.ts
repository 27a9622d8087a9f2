// Every page Polku serves, as the page-level suites and `npm run audit` visit them: what shows
// when it has loaded, what a first search types, and whose markup it is.

export interface ServedPage {
  path: string;
  /** What shows once the page has loaded: service cards, the chain's tiers, or the page itself. */
  ready: 'cards' | 'chain' | 'load';
  /** A first search, typed into the finder; none on a page without a finder. */
  query?: string;
  /** Polku's own markup; `/docs/interactive` is Redoc's rendering of the spec. */
  own: boolean;
  /** Served under a strict CSP with Trusted Types. */
  trustedTypes?: boolean;
  /** The professional view: a family list beside the results. */
  professional?: boolean;
  /** Lighthouse audits it (a family-list link is the `/sv/` page again). */
  lighthouse: boolean;
}

/** The demo catalogue's two services a family-list link in the tests carries. */
export const familyListServices = [
  'cfa29a39-f09c-4200-bfa2-91f500cf0048',
  '903d9e16-fc5b-4bb2-a867-fd4a97e43099',
];

export const servedPages: ServedPage[] = [
  { path: '/', ready: 'cards', query: 'väsynyt', own: true, lighthouse: true },
  {
    path: '/examples/third-sector/',
    ready: 'cards',
    query: 'väsynyt',
    own: true,
    lighthouse: true,
  },
  {
    path: '/examples/third-sector/sv.html',
    ready: 'cards',
    query: 'trött',
    own: true,
    lighthouse: true,
  },
  {
    path: '/examples/intranet/',
    ready: 'cards',
    query: 'perheneuvola',
    own: true,
    trustedTypes: true,
    professional: true,
    lighthouse: true,
  },
  {
    path: '/examples/intranet/palveluketju.html',
    ready: 'chain',
    own: true,
    trustedTypes: true,
    lighthouse: true,
  },
  {
    path: '/fi/',
    ready: 'cards',
    query: 'väsynyt',
    own: true,
    trustedTypes: true,
    lighthouse: true,
  },
  { path: '/sv/', ready: 'cards', query: 'trött', own: true, trustedTypes: true, lighthouse: true },
  { path: '/en/', ready: 'cards', query: 'tired', own: true, trustedTypes: true, lighthouse: true },
  // A family-list link: the family's services first, the finder below them.
  {
    path: `/sv/?polku-services=${familyListServices.join(',')}&polku-lang=sv`,
    ready: 'cards',
    query: 'trött',
    own: true,
    trustedTypes: true,
    lighthouse: false,
  },
  // A service's own page: where a card's "More details" leads without script.
  {
    path: `/sv/tjanst/${familyListServices[0]}`,
    ready: 'load',
    own: true,
    trustedTypes: true,
    lighthouse: true,
  },
  { path: '/fi/saavutettavuus', ready: 'load', own: true, trustedTypes: true, lighthouse: true },
  { path: '/sv/tillganglighet', ready: 'load', own: true, trustedTypes: true, lighthouse: true },
  { path: '/en/accessibility', ready: 'load', own: true, trustedTypes: true, lighthouse: true },
  { path: '/docs', ready: 'load', own: true, lighthouse: true },
  { path: '/docs/interactive', ready: 'load', own: false, lighthouse: true },
];

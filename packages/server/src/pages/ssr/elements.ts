// The elements as the server renders them: `@polku/elements/ssr`, the embed's own modules built
// for Node with the same template text (hydration in the browser matches templates by their
// text), and Lit's server rendering, loaded on the first family page asked for rather than when
// the server starts. A failed load is tried again at the next page.
export type Elements = typeof import('@polku/elements');

export interface ServerRendering {
  elements: Elements;
  /**
   * `<polku-finder>` with `seed` set, rendered to declarative shadow DOM; `detailsLink` is its
   * `details-link` (each card's "More details" a link to the service's own page).
   */
  renderFinder(lang: string, seed: unknown, detailsLink: string): string;
  /** `<polku-service-details inline>`: one service's details as a page shows them. */
  renderService(lang: string, service: unknown, guidance: unknown): string;
}

let loading: Promise<ServerRendering> | undefined;

async function load(): Promise<ServerRendering> {
  const [{ renderThunked, LitElementRenderer }, { collectResultSync }, { html }, elements] =
    await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import('lit'),
      import('@polku/elements/ssr') as Promise<Elements>,
    ]);
  // Their connectedCallback runs on the server too: the finder provides the client, language,
  // tiers and seed to the elements inside it through @lit/context, which travels by events.
  LitElementRenderer.renderOptions.push((element) =>
    element.localName.startsWith('polku-') ? { connectedCallback: true } : undefined,
  );
  // What the first screen shows, and a service's own page.
  elements.define('polku-finder', elements.PolkuFinder);
  elements.define('polku-help-now', elements.PolkuHelpNow);
  elements.define('polku-service-card', elements.PolkuServiceCard);
  elements.define('polku-shared-list', elements.PolkuSharedList);
  elements.define('polku-service-details', elements.PolkuServiceDetails);
  // In a finder, the details dialog is closed and comes with a later chunk in the browser: it
  // goes out as its bare tag, as an element with no renderer does.
  class FirstScreenRenderer extends LitElementRenderer {
    static override matchesClass(ctor: typeof HTMLElement, tagName?: string): boolean {
      return tagName !== 'polku-service-details' && LitElementRenderer.matchesClass(ctor);
    }
  }
  return {
    elements,
    // Synchronous: no template of these waits on anything, so a render is one bounded piece of
    // work.
    renderFinder: (lang, seed, detailsLink) =>
      collectResultSync(
        renderThunked(
          html`<polku-finder lang=${lang} details-link=${detailsLink} .seed=${seed}></polku-finder>`,
          { elementRenderers: [FirstScreenRenderer] },
        ),
      ),
    renderService: (lang, service, guidance) =>
      collectResultSync(
        renderThunked(
          html`<polku-service-details inline lang=${lang} .service=${service} .guidance=${guidance}></polku-service-details>`,
        ),
      ),
  };
}

export function serverRendering(): Promise<ServerRendering> {
  loading ??= load();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

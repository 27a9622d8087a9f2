// Hydration for finders a server rendered (Lit SSR, declarative shadow DOM, as Polku's family pages
// are): installed before the elements are defined, so each takes over the shadow root the server
// wrote, with the same data (internal/seed.ts), instead of drawing a new one. Loaded only on such a
// page, by main.ts: Lit has already run its own check for this support then, so it is installed
// here, once. Should a server's markup not match (another version of Polku), the element says so
// and draws itself anew rather than leave a half-taken-over copy.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { adoptStyles, LitElement, type PropertyValues, render } from 'lit';

/** What lit-element-hydrate-support.js puts on the global object for LitElement to call. */
type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

let installed = false;

export function installHydration(): void {
  if (installed) return;
  installed = true;
  (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport?.({
    LitElement,
  });
  // `update` is protected: reached through the prototype, as the hydration support does.
  const prototype = LitElement.prototype as unknown as {
    update(this: LitElement, changed: PropertyValues): void;
  };
  const update = prototype.update;
  prototype.update = function (changed) {
    const root = this.renderRoot;
    try {
      update.call(this, changed);
    } catch (error) {
      if (!(root instanceof ShadowRoot) || '_$litPart$' in root) throw error;
      console.error(`<${this.localName}>: the server's markup could not be hydrated`, error);
      root.replaceChildren();
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      render(this.render(), root, this.renderOptions);
    }
  };
}

// <polku-finder>'s way into the self-check: a link under the intro, and <polku-self-check> in the
// finder's place until the person goes back; a suggestions link (#polku-suggested-tier=N) opens it
// at once. The element comes from its own chunk (load-self-check.ts) and does the rest (loading
// text, focus, errors): this part is in the embed's entry, where every byte counts.
import { html, isServer, type ReactiveElement, type TemplateResult } from 'lit';
import type { LocalizeController } from '../internal/localize.js';
import { SUGGESTED_TIER_PARAM } from '../internal/self-check-link.js';
import { loadSelfCheck } from '../load-self-check.js';

export interface SelfCheckMode {
  /** The self-check stands in the finder's place. */
  readonly open: boolean;
  /** The link under the finder's intro. */
  link(): TemplateResult;
  /** The self-check, with a loading text until its chunk defines it. */
  render(): TemplateResult;
}

export function selfCheckMode(host: ReactiveElement, localize: LocalizeController): SelfCheckMode {
  // 1: opened by a suggestions link (the element reads the tier), 2: by the person, 0: closed.
  let open = 0;
  const show = (how: number) => {
    open = how;
    host.requestUpdate();
    // A failed load goes back to the finder; the link tries again.
    if (how) loadSelfCheck().catch(() => show(0));
  };
  // After the first render, which is the finder (a server cannot see the fragment, and a
  // server-rendered finder hydrates what it rendered); the self-check follows before any paint.
  if (!isServer && location.hash.includes(SUGGESTED_TIER_PARAM)) {
    void host.updateComplete.then(() => show(1));
  }
  return {
    get open() {
      return open > 0;
    },
    link: () =>
      html`<button type="button" class="self-check-link" @click=${() => show(2)}>${localize.messages.selfCheckOpen}</button>`,
    render: () =>
      html`<polku-self-check part="self-check" closable no-help-now ?suggestions-link=${open < 2}
        @polku-self-check-close=${async () => {
          show(0);
          await host.updateComplete;
          host.renderRoot.querySelector<HTMLElement>('.intro button')?.focus();
        }}>${localize.messages.detailsLoading}</polku-self-check>`,
  };
}

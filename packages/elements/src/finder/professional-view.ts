// What <polku-finder> shows from the professional chunk (load-professional.ts): the side column
// with the family list and the compact chain, and the shared list of a family-list link. While
// the chunk loads a calm status stands in their place; if it fails, an error with a retry.
import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../internal/localize.js';

/**
 * The chunk's elements once loaded; before that a status, after a failure an error. `family`: a
 * family's list (a family-list link), which speaks of services, not of the worker's tools.
 */
export function whenLoaded(
  status: TaskStatus,
  localize: LocalizeController,
  onRetry: () => void,
  loaded: () => TemplateResult,
  family = false,
): TemplateResult {
  const t = localize.messages;
  if (status === TaskStatus.COMPLETE) return loaded();
  if (status === TaskStatus.ERROR) {
    return html`<div class="message side-error" part="message" role="alert">
      <p class="message-title">${family ? t.errorTitle : t.professionalError}</p>
      <p>${t.errorHint}</p>
      <button class="primary" type="button" @click=${onRetry}>${t.retry}</button>
    </div>`;
  }
  return html`<p class="side-loading" role="status">
    ${family ? t.loading : t.professionalLoading}
  </p>`;
}

export interface SideOptions {
  familyPage: string;
  /** The finder's `api`: the family list's link opens the family page beside it. */
  api: string;
  /** The chain to show (the `chain` attribute's first id or the catalogue's first). */
  chain: string | undefined;
  onListChange: (event: Event) => void;
}

/** The side column: the family list (sticky on a wide finder), then the compact chain. */
export function renderSide(options: SideOptions): TemplateResult {
  return html`<polku-family-list
      part="family-list"
      link-base=${options.familyPage || nothing}
      api=${options.api || nothing}
      @polku-list-change=${options.onListChange}
    ></polku-family-list>
    ${
      options.chain
        ? html`<polku-chain
            part="chain"
            chain=${options.chain}
            view="professional"
            no-details
            compact
          ></polku-chain>`
        : nothing
    }`;
}

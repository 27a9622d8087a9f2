// The professional view's "Add to family list" button, on a service card and in the details.
// Once the service is on the list it says so and stays focusable (aria-disabled), so focus is
// never lost when it changes.
import { html } from 'lit';
import type { Messages } from '../translations/messages.js';
import { requestAddToFamilyList } from './events.js';

export function renderAddButton(
  from: Element,
  id: string,
  name: string,
  onList: boolean,
  t: Messages,
) {
  return html`<button
    type="button"
    part="add-button"
    class="add"
    aria-disabled=${onList ? 'true' : 'false'}
    @click=${() => {
      if (!onList) requestAddToFamilyList(from, id);
    }}
  >
    ${onList ? html`<span aria-hidden="true">✓ </span>${t.onList}` : t.addToList}<span
      class="visually-hidden"
      >: ${name}</span
    >
  </button>`;
}

import { css } from 'lit';

export const finderStyles = css`
  /* At least a screen tall, so the host page's content below stays where it is while the parts
     above (a family-list link's services, the results) come in. */
  .finder {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    min-height: 100vh;
  }
  .skip:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .skip {
    align-self: flex-start;
  }
  .intro h2 {
    font-size: 1.5em;
  }
  .intro p {
    max-width: 42rem;
    margin: 0;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: 0.5rem;
  }
  .tiers label,
  .search label {
    display: block;
    font-weight: 700;
    margin-bottom: 0.25rem;
  }
  .tiers select {
    font: inherit;
    width: 100%;
    max-width: 36rem;
    min-height: 2.75rem;
    padding: 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  .tier-note,
  .hint {
    color: var(--_muted);
  }
  .tier-note {
    margin: 0.25rem 0 0;
  }
  .tier-help summary {
    padding: 0.625rem 0;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .tier-help dl {
    margin: 0;
    max-width: 42rem;
  }
  .tier-help dt {
    font-weight: 600;
    margin-top: 0.5rem;
  }
  .tier-help dd {
    margin: 0;
  }
  .tier-name {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
  ::slotted([slot='results-anchor']) {
    display: block;
    scroll-margin-top: var(--_space);
  }
  .search-row {
    display: flex;
    gap: 0.5rem;
    max-width: 36rem;
  }
  .search input {
    font: inherit;
    flex: 1;
    min-width: 0;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  .hint {
    font-size: 0.875em;
    margin: 0.25rem 0 0;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5);
    align-items: start;
  }
  .filters-toggle {
    display: none;
  }
  /* Professional view: the family list and the chain below the results on a narrow finder
     (the button by the results heading leads there), in a sticky column beside them on a wide
     one, with the filters folded behind their button until there is room for three columns. */
  .side {
    grid-column: 1 / -1;
    display: grid;
    gap: calc(var(--_space) * 1.5);
    align-content: start;
    min-width: 0;
  }
  .results-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 var(--_space);
  }
  .list-jump,
  .self-check-link {
    text-align: start;
    min-height: 2.75rem;
    padding: 0.25rem 0;
    border: 0;
    background: none;
    text-decoration: underline;
  }
  .side-loading {
    color: var(--_muted);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  @container (min-width: 52rem) {
    .layout.professional {
      grid-template-columns: minmax(0, 1fr) minmax(17rem, 24rem);
    }
    .layout.professional .filters-area,
    .layout.professional .results {
      grid-column: 1;
    }
    .layout.professional .side {
      grid-column: 2;
      grid-row: 1 / span 2;
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow-y: auto;
      overscroll-behavior: contain;
      padding-inline-end: 0.25rem;
    }
    .layout.professional .list-jump {
      display: none;
    }
    .layout.professional .filters-toggle {
      display: inline-block;
      justify-self: start;
    }
    .layout.professional .filters-heading,
    .layout.professional .filters:not(.open) {
      display: none;
    }
    .layout.professional .filters.open {
      margin-top: var(--_space);
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      align-items: start;
    }
  }
  @container (min-width: 80rem) {
    .layout.professional {
      grid-template-columns: minmax(12rem, 15rem) minmax(0, 1fr) minmax(18rem, 26rem);
    }
    .layout.professional .filters-area {
      grid-column: 1;
    }
    .layout.professional .results {
      grid-column: 2;
      grid-row: 1;
    }
    .layout.professional .side {
      grid-column: 3;
      grid-row: 1;
    }
    .layout.professional .filters-toggle {
      display: none;
    }
    .layout.professional .filters:not(.open),
    .layout.professional .filters.open {
      display: flex;
      margin-top: 0;
    }
    .layout.professional .filters-heading {
      display: block;
    }
  }
  .intro h2:focus {
    outline: none;
  }
  .filters {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .filters-heading,
  .results h2 {
    font-size: 1.25em;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.25rem 0;
    min-height: 2rem;
    cursor: pointer;
  }
  .check input {
    margin: 0.25rem 0 0;
    width: 1.125rem;
    height: 1.125rem;
    flex: none;
    accent-color: var(--_accent);
  }
  .count {
    color: var(--_muted);
  }
  .check .count {
    font-size: 0.875em;
  }
  /* At least a screen tall: results that come later, or fewer of them, never move what stands
     below the finder on the host page while it is in view. */
  .results {
    min-width: 0;
    min-height: 100vh;
  }
  .results > .count {
    font-weight: 600;
    color: var(--_text);
  }
  .group-heading {
    font-size: 1.125em;
    margin-top: var(--_space);
  }
  .list {
    transition: opacity 0.2s ease 0.2s;
  }
  .list.stale {
    opacity: 0.6;
  }
  .message {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_space);
  }
  .message-title {
    font-weight: 700;
    font-size: 1.125em;
  }
  .message.error,
  .message.side-error {
    border-width: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .message.loading {
    display: grid;
    gap: var(--_space);
    border: 0;
    padding: 0;
    background: none;
  }
  .skeleton {
    height: 8rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    animation: pulse 1.5s ease-in-out infinite alternate;
  }
  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }
  @container (max-width: 44rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .filters-toggle {
      display: inline-block;
      justify-self: start;
    }
    .filters-heading {
      display: none;
    }
    .filters:not(.open) {
      display: none;
    }
    .filters.open {
      margin-top: var(--_space);
    }
  }
  /* Server-rendered and not yet defined (the script on its way, or no script at all): the buttons
     only the script can work are not shown, their place kept, so nothing moves when they come. */
  :host(:not(:defined)) .self-check-link,
  :host(:not(:defined)) .filters-toggle,
  :host(:not(:defined)) .shared > button {
    visibility: hidden;
  }
  @media (prefers-reduced-motion: reduce) {
    .list.stale {
      opacity: 1;
    }
  }
  @media (forced-colors: active) {
    .message,
    .skeleton {
      border: 1px solid CanvasText;
    }
  }
`;

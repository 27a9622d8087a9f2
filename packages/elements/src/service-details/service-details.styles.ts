import { css } from 'lit';

export const serviceDetailsStyles = css`
  :host {
    display: contents;
  }
  dialog {
    width: min(42rem, calc(100% - 1rem));
    max-height: calc(100% - 2rem);
    padding: 0;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    overflow: auto;
    overscroll-behavior: contain;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .inner {
    padding: var(--_space);
  }
  .header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  #details-heading {
    font-size: 1.375em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .provider {
    color: var(--_muted);
  }
  section {
    margin-bottom: var(--_space);
  }
  h1#details-heading {
    font-size: 1.75em;
    line-height: 1.25;
    margin: 0 0 0.25rem;
  }
  h2,
  h3 {
    font-size: 1em;
    margin-bottom: 0.25rem;
  }
  .description {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  li {
    margin-bottom: 0.5rem;
    overflow-wrap: anywhere;
  }
  .channel-type {
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* A contact's hours and languages, each on a line of its own under the number or address. */
  li .muted {
    display: block;
  }
  @media (forced-colors: active) {
    dialog {
      border-color: CanvasText;
    }
  }
`;

import { css } from 'lit';

export const helpNowStyles = css`
  :host {
    display: block;
  }
  aside {
    border: 2px solid var(--_urgent);
    border-radius: var(--_radius);
    background: var(--_urgent-surface);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
  }
  [role='heading'] {
    font-size: 1.125em;
    color: var(--_urgent);
    margin-bottom: 0.25rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem 1.5rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  /* The number, then the name in the same flow: two short lines even on a narrow phone. */
  li {
    min-width: 0;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  a[href^='tel:'] {
    font-weight: 700;
    font-size: 1.125em;
    white-space: nowrap;
    color: var(--_urgent);
    margin-inline-end: 0.375rem;
  }
  .more-text {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .meta {
    display: block;
  }
  summary {
    padding: 0.625rem 0;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  details[open] summary {
    margin-bottom: 0.25rem;
  }
  details ul {
    gap: 0.5rem 1.5rem;
  }
  @media (forced-colors: active) {
    aside {
      border-color: CanvasText;
    }
  }
`;

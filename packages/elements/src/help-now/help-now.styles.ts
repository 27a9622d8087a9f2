import { css } from 'lit';

export const helpNowStyles = css`
  :host {
    display: block;
  }
  aside {
    border: 2px solid var(--_urgent);
    border-radius: var(--_radius);
    background: var(--_urgent-surface);
    padding: calc(var(--_space) * 0.75) var(--_space);
  }
  [role='heading'] {
    font-size: 1.125em;
    color: var(--_urgent);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem 1.5rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
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
    display: inline-block;
    min-height: 1.5rem;
  }
  .meta,
  .description {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    aside {
      border-color: CanvasText;
    }
  }
`;

// What the chain, the family list and the shared list add to the shared Polku styles:
// the contact lists and buttons that stay focusable while unavailable.
import { css } from 'lit';

export const listStyles = css`
  :host {
    display: block;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  button[aria-disabled='true'],
  button:disabled {
    border-color: var(--_border);
    color: var(--_muted);
    cursor: not-allowed;
    text-decoration: none;
  }
  .contacts {
    margin: 0.25rem 0 0.5rem;
  }
  .contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  .contact dt {
    font-weight: 600;
  }
  .contact dt::after {
    content: ':';
  }
  .contact dd {
    margin: 0;
  }
  .help-lines {
    padding-inline-start: 1.25rem;
  }
  .error {
    color: var(--_urgent);
  }
`;

import { css } from 'lit';

export const serviceCardStyles = css`
  :host {
    display: block;
  }
  article {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    padding: var(--_space);
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    height: 100%;
  }
  [role='heading'] {
    font-size: 1.125em;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .provider {
    color: var(--_muted);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .badge.example {
    border-style: dashed;
  }
  .referral .label {
    color: var(--_muted);
  }
  .contact a {
    font-weight: 600;
  }
  .actions {
    margin-top: auto;
    padding-top: 0.5rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  /* Server-rendered and not yet defined: the details open only with the script; their button
     waits for it in its place. */
  :host(:not(:defined)) [part='details-button'] {
    visibility: hidden;
  }
`;

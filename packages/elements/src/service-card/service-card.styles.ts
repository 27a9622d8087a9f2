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
  /* The details as a link to the service's own page, drawn as the button is. */
  .details-link {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_bg);
    text-decoration: none;
  }
  .details-link:hover {
    text-decoration: underline;
  }
  /* Server-rendered and not yet defined: the dialog opens only with the script, so the button
     waits for it in its place; a link works at once. */
  :host(:not(:defined)) button[part='details-button'] {
    visibility: hidden;
  }
  @media (forced-colors: active) {
    .details-link {
      border-color: LinkText;
    }
  }
`;

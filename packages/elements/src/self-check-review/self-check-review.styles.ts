import { css } from 'lit';

export const selfCheckReviewStyles = css`
  :host {
    display: block;
  }
  .check + .check {
    margin-top: 2rem;
  }
  .heading {
    font-weight: 700;
    margin-top: 1rem;
  }
  .h0 {
    font-size: 1.375rem;
    margin-top: 0;
  }
  .h1 {
    font-size: 1.125rem;
  }
  .badge.draft {
    border: 2px solid var(--_urgent);
    color: var(--_urgent);
    font-weight: 600;
  }
  ol,
  ul {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.25rem;
  }
  .questions,
  .rules {
    display: grid;
    gap: 0.75rem;
  }
  .question,
  .rule {
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .theme,
  .hint,
  .reason {
    color: var(--_muted);
  }
  .theme {
    font-size: 0.875em;
    margin: 0;
  }
  .text {
    font-weight: 600;
  }
  .rules-of,
  .danger,
  .help {
    display: block;
    font-size: 0.875em;
  }
  .danger {
    color: var(--_urgent);
    font-weight: 600;
  }
  .rule .heading {
    margin-top: 0;
  }
  @media print {
    button {
      display: none;
    }
    .question,
    .rule {
      break-inside: avoid;
    }
  }
`;

import { css } from 'lit';
import { listStyles } from '../internal/list.styles.js';

export const sharedListStyles = [
  listStyles,
  css`
    .title {
      font-size: 1.375rem;
      font-weight: 700;
    }
    .services {
      margin: 0;
      padding-inline-start: 1.5rem;
      display: grid;
      gap: 1rem;
    }
    .name {
      font-size: 1.125rem;
      font-weight: 700;
    }
    .help {
      margin-top: 1.5rem;
      padding: 0.75rem;
      border: 2px solid var(--_urgent);
      border-radius: var(--_radius);
      background: var(--_urgent-surface);
    }
    .help-title {
      font-weight: 700;
      color: var(--_urgent);
    }
    @media print {
      button {
        display: none;
      }
      .services > li {
        break-inside: avoid;
      }
    }
  `,
];

import { css } from 'lit';
import { listStyles } from '../internal/list.styles.js';
import { sharedStyles } from '../internal/shared.styles.js';

export const familyListStyles = [
  sharedStyles,
  listStyles,
  css`
    .title {
      font-size: 1.25rem;
      font-weight: 700;
      margin: 0 0 0.5rem;
    }
    .count {
      font-weight: 400;
      font-size: 1rem;
    }
    .items {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.75rem;
      counter-reset: item;
    }
    .item {
      counter-increment: item;
      padding: 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .name {
      font-weight: 700;
      font-size: 1.0625rem;
    }
    .name::before {
      content: counter(item) '. ';
    }
    .provider {
      margin: 0.25rem 0;
    }
    label {
      display: block;
      font-weight: 600;
      margin-top: 0.5rem;
    }
    textarea,
    select,
    input {
      font: inherit;
      width: 100%;
      max-width: 40rem;
      padding: 0.375rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: inherit;
    }
    select {
      width: auto;
      min-height: 2.75rem;
    }
    .hint {
      margin: 0.25rem 0;
      font-size: 0.875rem;
      color: var(--_muted);
    }
    .item-actions,
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.5rem;
    }
    .controls {
      margin-top: 1rem;
    }
    /* The sheet is for paper only. */
    .sheet {
      display: none;
    }
    @media print {
      :host {
        display: block !important;
        color: #000;
        background: #fff;
      }
      .screen {
        display: none !important;
      }
      .sheet {
        display: block;
        font-size: 11pt;
        line-height: 1.4;
      }
      .sheet h2 {
        font-size: 16pt;
        margin: 0 0 2mm;
      }
      .sheet h3 {
        font-size: 12.5pt;
        margin: 0 0 1mm;
      }
      .sheet-date {
        margin: 0 0 3mm;
      }
      .sheet-services {
        padding-inline-start: 6mm;
      }
      .sheet-service {
        break-inside: avoid;
        margin-bottom: 4mm;
      }
      .sheet-note {
        border-inline-start: 2pt solid #000;
        padding-inline-start: 2mm;
        white-space: pre-wrap;
      }
      .sheet-help {
        break-inside: avoid;
        border-top: 1pt solid #000;
        padding-top: 2mm;
      }
      .sheet .fallback {
        font-style: italic;
      }
    }
  `,
];

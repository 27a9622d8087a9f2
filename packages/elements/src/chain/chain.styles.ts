import { css } from 'lit';
import { listStyles } from '../internal/list.styles.js';

export const chainStyles = [
  listStyles,
  css`
    .chain-name {
      font-size: 1.5rem;
    }
    :host(:not([compact])) .loading {
      min-height: 100vh;
    }
    h2,
    h3,
    h4,
    h5,
    h6 {
      line-height: 1.25;
      margin: 0 0 0.5rem;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 2rem;
      margin: 0 0 1rem;
    }
    .facts dt {
      font-weight: 700;
    }
    .facts dd {
      margin: 0;
    }
    .overview {
      display: grid;
      gap: 0 1.5rem;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    }
    .main-goal p {
      font-weight: 600;
      border-inline-start: 4px solid var(--_accent);
      padding-inline-start: 0.5rem;
    }
    ul {
      margin: 0 0 0.75rem;
      padding-inline-start: 1.25rem;
    }
    .ladder {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 1rem;
    }
    .tier {
      border: 1px solid var(--_border);
      border-inline-start: 0.5rem solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_surface);
      padding: 0.75rem 1rem;
    }
    /* A ladder where there is room (the chain's own width, not the screen's: in the finder it
       stands in a column): each heavier tier one step further in. */
    .chain {
      container-type: inline-size;
    }
    @container (min-width: 40rem) {
      .tier[data-level='2'] {
        margin-inline-start: 1.5rem;
      }
      .tier[data-level='3'] {
        margin-inline-start: 3rem;
      }
      .tier[data-level='4'] {
        margin-inline-start: 4.5rem;
      }
    }
    .tier-name {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
      align-items: baseline;
    }
    .tier-level {
      color: var(--_accent);
    }
    .tier-body {
      display: grid;
      gap: 0 1.5rem;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    }
    .tier-part h5,
    .tier-part h6,
    .tier-part h4 {
      font-size: 1rem;
    }
    .services {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .service {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.125rem;
    }
    .service-name {
      min-height: 2.75rem;
      padding: 0.25rem 0;
      border: 0;
      background: none;
      color: var(--_accent);
      text-align: start;
      text-decoration: underline;
      font-weight: 600;
    }
    .provider,
    .referral,
    .none,
    .source {
      font-size: 0.9375rem;
      color: var(--_muted);
    }
    .referral.required {
      color: var(--_text);
      font-weight: 600;
    }
    .add {
      padding: 0.25rem 0.75rem;
    }
    /* The compact form (the finder's side column). */
    .compact .chain-name {
      font-size: 1.25rem;
    }
    .compact .tier {
      padding: 0.5rem 0.75rem;
      margin-inline-start: 0 !important;
    }
    .compact .tier-name {
      font-size: 1.0625rem;
    }
    .compact .services {
      gap: 0;
      margin-bottom: 0.25rem;
    }
    .compact .service {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0 0.5rem;
    }
    .compact .add {
      min-height: 2.25rem;
      font-size: 0.875rem;
    }
    .tier-more summary {
      cursor: pointer;
      min-height: 2.75rem;
      display: flex;
      align-items: center;
      color: var(--_accent);
      font-weight: 600;
    }
    .open-full {
      margin-top: 0.75rem;
    }
    dialog.full {
      width: min(60rem, calc(100vw - 2rem));
      max-height: calc(100vh - 2rem);
      padding: 0 1rem 1rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      color: var(--_text);
      background: var(--_bg);
    }
    dialog.full::backdrop {
      background: rgb(0 0 0 / 0.4);
    }
    .dialog-bar {
      position: sticky;
      top: 0;
      display: flex;
      justify-content: flex-end;
      padding: 0.5rem 0;
      background: var(--_bg);
    }
    @media print {
      :host {
        color: #000;
        font-size: 10.5pt;
      }
      button.add,
      polku-service-details,
      [role='alert'] + button {
        display: none !important;
      }
      .service-name {
        min-height: 0;
        padding: 0;
        color: #000;
        text-decoration: none;
      }
      .tier,
      .tier[data-level] {
        background: none;
        border-color: #000;
        margin-inline-start: 0;
        break-inside: avoid;
      }
      .tier-part,
      .overview > section {
        break-inside: avoid;
      }
    }
  `,
];

import { css } from 'lit';
import { listStyles } from '../family-list/list.styles.js';

export const chainStyles = [
  listStyles,
  css`
    .chain-name {
      font-size: 1.5rem;
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

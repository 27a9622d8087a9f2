import { css } from 'lit';

export const selfCheckStyles = css`
  :host {
    display: block;
  }
  .self-check {
    display: grid;
    gap: var(--_space);
    max-width: 48rem;
  }
  .self-check > * {
    min-width: 0;
  }
  .name {
    font-size: 1.375em;
    font-weight: 700;
  }
  .note,
  .privacy,
  .draft,
  .hint,
  .shared {
    color: var(--_muted);
  }
  .draft {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.5rem;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    margin: 0 0 var(--_space);
    padding: var(--_space);
    min-width: 0;
  }
  legend {
    padding: 0 0.25rem;
    font-size: 1.125em;
    font-weight: 700;
  }
  .progress {
    display: block;
    font-size: 0.8125em;
    font-weight: 400;
    color: var(--_muted);
  }
  .answers {
    display: grid;
    gap: 0.5rem;
  }
  .answer {
    display: flex;
    gap: 0.625rem;
    align-items: flex-start;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .answer:has(input:checked) {
    border: 2px solid var(--_accent);
  }
  .answer input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_accent);
  }
  .missing {
    margin: 0.5rem 0 0;
    font-weight: 600;
    color: var(--_urgent);
  }
  .nav,
  .share {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .share .hint {
    flex-basis: 100%;
    margin: 0;
  }
  .share label {
    flex-basis: 100%;
    font-weight: 600;
  }
  .share input {
    font: inherit;
    width: 100%;
    padding: 0.375rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .restart,
  .close {
    margin: 0;
  }
  .danger {
    border: 3px solid var(--_urgent);
    border-radius: var(--_radius);
    background: var(--_urgent-surface);
    padding: var(--_space);
  }
  .danger [role='heading'] {
    font-size: 1.25em;
    font-weight: 700;
    color: var(--_urgent);
  }
  .lines {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .lines .name {
    display: block;
    font-size: 1em;
    font-weight: 600;
  }
  .lines a {
    font-weight: 700;
    font-size: 1.25em;
    color: var(--_urgent);
    white-space: nowrap;
  }
  .lines .meta {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .summary {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  #summary-heading {
    font-size: 1.25em;
    font-weight: 700;
  }
  .group-heading,
  #talk-heading {
    font-size: 1.125em;
    font-weight: 700;
    margin-top: var(--_space);
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  .talk {
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) / 2);
  }
  .guidance-name {
    font-weight: 600;
  }
  .guidance {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .message {
    color: var(--_muted);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
  }
  @media (forced-colors: active) {
    .danger,
    .answer:has(input:checked) {
      border-color: CanvasText;
    }
  }
`;

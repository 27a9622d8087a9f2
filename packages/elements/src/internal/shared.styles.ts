import { css } from 'lit';

/**
 * What every Polku element shares: the --polku-* theme with its defaults, focus, buttons,
 * links, and the accessibility media queries. Each default is used through `var(--x, default)`
 * so a host page can set any one of them on `polku-finder` (or any ancestor).
 */
export const sharedStyles = css`
  :host {
    --_text: var(--polku-color-text, #1d2528);
    --_muted: var(--polku-color-muted, #4a5659);
    --_bg: var(--polku-color-background, #ffffff);
    --_surface: var(--polku-color-surface, #f5f7f6);
    --_border: var(--polku-color-border, #7b8a8d);
    --_accent: var(--polku-color-accent, #0f5d63);
    --_on-accent: var(--polku-color-on-accent, #ffffff);
    --_focus: var(--polku-color-focus, #b3471d);
    --_urgent: var(--polku-color-urgent, #9c1c1c);
    --_urgent-surface: var(--polku-color-urgent-surface, #fdf3f2);
    --_radius: var(--polku-radius, 0.5rem);
    --_space: var(--polku-space, 1rem);
    font-family: var(--polku-font, inherit);
    font-size: var(--polku-font-size, inherit);
    line-height: 1.5;
    color: var(--_text);
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  h4,
  [role='heading'] {
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) / 2);
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  a {
    color: var(--_accent);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button:hover {
    text-decoration: underline;
  }
  button[aria-disabled='true'] {
    border-color: var(--_border);
    color: var(--_muted);
    cursor: default;
    text-decoration: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .fallback-note {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    font-size: 0.875em;
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    button,
    .badge {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

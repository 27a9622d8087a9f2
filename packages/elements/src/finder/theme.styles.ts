import { css, unsafeCSS } from 'lit';

// The dark theme's defaults (AA contrast on each other: text 15:1, muted 8:1, accent 8:1 on every
// surface); a --polku-color-* set by the page still wins. Once, for `dark` and for `auto` in a
// dark colour scheme.
const dark = unsafeCSS(`
  color-scheme: dark;
  --_text: var(--polku-color-text, #eef2f1);
  --_muted: var(--polku-color-muted, #bac6c6);
  --_bg: var(--polku-color-background, #161c1e);
  --_surface: var(--polku-color-surface, #222b2d);
  --_border: var(--polku-color-border, #8d9c9e);
  --_accent: var(--polku-color-accent, #7fd3d8);
  --_on-accent: var(--polku-color-on-accent, #0b1f21);
  --_focus: var(--polku-color-focus, #ffb088);
  --_urgent: var(--polku-color-urgent, #ffa39b);
  --_urgent-surface: var(--polku-color-urgent-surface, #33201f);
`);

/**
 * The finder paints its own surface in its theme (`light` by default), so it reads the same on
 * any host page, and hands its resolved colours to the elements inside it (cards, help lines,
 * details, the professional view), which read the same --polku-* properties.
 */
export const themeStyles = css`
  :host {
    display: block;
    color-scheme: light;
    background: var(--_bg);
    padding: var(--polku-padding, 0);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  .finder {
    --polku-color-text: var(--_text);
    --polku-color-muted: var(--_muted);
    --polku-color-background: var(--_bg);
    --polku-color-surface: var(--_surface);
    --polku-color-border: var(--_border);
    --polku-color-accent: var(--_accent);
    --polku-color-on-accent: var(--_on-accent);
    --polku-color-focus: var(--_focus);
    --polku-color-urgent: var(--_urgent);
    --polku-color-urgent-surface: var(--_urgent-surface);
  }
`;

// The finder's "what we understood" parts: the help lines (laid out as <polku-help-now> lays its
// lines out, whose styles they share), the suggested search as a link-like button, the nearest cards.
import { css } from 'lit';

export const understoodStyles = css`
  .lines {
    margin-bottom: var(--_space);
  }
  .lines h3 {
    font-size: 1.125em;
  }
  .lines.first {
    border: 2px solid var(--_urgent);
    border-radius: var(--_radius);
    background: var(--_urgent-surface);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
  }
  .lines.first h3 {
    color: var(--_urgent);
  }
  .understood {
    margin: var(--_space) 0;
    overflow-wrap: anywhere;
  }
  .suggestion {
    min-height: 2.75rem;
    padding: 0.5rem 0.25rem;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .nearest h3 {
    font-size: 1.125em;
  }
  @media (forced-colors: active) {
    .lines.first {
      border-color: CanvasText;
    }
  }
`;

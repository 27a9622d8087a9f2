// The grid of service cards, in the results and among the nearest matches of a search that
// found nothing.
import { css } from 'lit';

export const cardGridStyles = css`
  .cards {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  /* In the family view a card is styled and laid out when it comes near the screen: on a phone
     the first results appear without waiting for the twenty below them (bench/NOTES.md). A card
     keeps its size once it has been rendered; 22rem is about a card's height on a phone. Not in
     the professional view (the intranet, on desktops): there a card's two buttons, not laid out
     yet, count as overlapping touch targets for Lighthouse. */
  :host(:not([view='professional'])) .cards > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 22rem;
  }
`;

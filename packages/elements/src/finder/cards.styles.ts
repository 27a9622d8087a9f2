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
`;

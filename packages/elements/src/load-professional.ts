// Loads the professional view's elements (professional.ts) with a dynamic import: in the
// script-tag embed they are a chunk beside polku-finder.js, resolved from the script's own URL,
// so a family-view finder never downloads them. The finder asks for them in the professional
// view and for a family-list link; `loadProfessionalWhenUsed` asks when the tags stand on the page.
import { loadOnce } from './internal/load-once.js';

/** The tags the chunk defines. */
export const professionalTags =
  'polku-chain, polku-family-list, polku-shared-list, polku-self-check-review';

/** The import itself, replaceable so tests can make it slow or fail. */
export const professionalChunk = {
  load: (): Promise<unknown> => import('./professional.js'),
};

/** Resolves once the elements are defined. A failed load is forgotten, so a retry fetches again. */
export const loadProfessional: () => Promise<void> = loadOnce(professionalChunk);

function report(error: unknown): void {
  console.error('Polku: the professional elements could not be loaded', error);
}

/**
 * Loads the chunk when `<polku-chain>`, `<polku-family-list>` or `<polku-shared-list>` stands in
 * the document now or is added later (the light DOM only: a finder loads it for its own shadow
 * tree). The observer only looks at added elements and stops at the first match.
 */
export function loadProfessionalWhenUsed(root: Document = document): void {
  if (root.querySelector(professionalTags)) {
    loadProfessional().catch(report);
    return;
  }
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (
          node instanceof Element &&
          (node.matches(professionalTags) || node.querySelector(professionalTags))
        ) {
          observer.disconnect();
          loadProfessional().catch(report);
          return;
        }
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
}

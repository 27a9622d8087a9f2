// The first screen of a family-view finder, as the embed's entry loads it: the finder's elements
// and the way to the professional ones, loaded when a page uses them. On a page a server rendered
// (a finder with a declarative shadow root already), hydration support comes first, from a chunk
// of its own; elsewhere `start` registers at once. A second copy of the entry calling it again
// defines nothing twice (define.ts).
import { loadProfessionalWhenUsed } from '../load-professional.js';
import { registerFinderElements } from '../register-finder.js';

export async function start(root: Document): Promise<void> {
  const serverRendered = [...root.querySelectorAll('polku-finder')].some(
    (finder) => finder.shadowRoot,
  );
  if (serverRendered) (await import('./hydrate.js')).installHydration();
  registerFinderElements();
  loadProfessionalWhenUsed(root);
}

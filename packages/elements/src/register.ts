import { define } from './define.js';
import { registerFinderElements } from './register-finder.js';
import { registerProfessionalElements } from './register-professional.js';
import { PolkuSelfCheck } from './self-check/self-check.js';

/**
 * Registers every Polku element under its `polku-*` name at once: the finder and the elements it
 * renders, then the details dialog, the professional view's chain, family list, shared list and
 * self-check review, and the self-check. A second copy of Polku on the page warns instead of throwing.
 */
export function registerPolkuElements(): void {
  registerFinderElements();
  registerProfessionalElements();
  define('polku-self-check', PolkuSelfCheck);
}

import { registerFinderElements } from './register-finder.js';
import { registerProfessionalElements } from './register-professional.js';

/**
 * Registers every Polku element under its `polku-*` name at once: the finder and the elements it
 * renders, then the details dialog and the professional view's chain, family list and shared list.
 * A second copy of Polku on the page warns instead of throwing.
 */
export function registerPolkuElements(): void {
  registerFinderElements();
  registerProfessionalElements();
}

// The professional view's elements, registered on import: <polku-chain>, <polku-family-list>,
// <polku-shared-list>, <polku-self-check-review> and the printing they bring. In the script-tag embed this module is a
// chunk of its own (polku-finder-professional-<hash>.js) that load-professional.ts imports only
// when a page needs it.
import { registerProfessionalElements } from './register-professional.js';

registerProfessionalElements();

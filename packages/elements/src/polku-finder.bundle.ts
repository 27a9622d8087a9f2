// Entry of the script-tag embed (rollup → dist/polku-finder.js) and of
// `import '@polku/elements/polku-finder.bundle.js'`: registers the finder's elements now, and
// loads the professional ones (a chunk of their own) once a finder or the page needs them.
import { loadProfessionalWhenUsed } from './load-professional.js';
import { registerFinderElements } from './register-finder.js';

registerFinderElements();
loadProfessionalWhenUsed();

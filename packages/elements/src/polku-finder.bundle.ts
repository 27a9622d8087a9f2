// Entry of the script-tag embed (rollup → dist/polku-finder.js) and of
// `import '@polku/elements/polku-finder.bundle.js'`: registers every element.
import { registerPolkuElements } from './register.js';

registerPolkuElements();

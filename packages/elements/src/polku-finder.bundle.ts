// `import '@polku/elements/polku-finder.bundle.js'`: registers the finder's elements now (after
// hydration support, on a page with server-rendered finders), and loads the professional ones (a
// chunk of their own) once a finder or the page needs them. The script-tag embed starts from
// embed/entry.ts instead.
import { start } from './embed/main.js';

void start(document);

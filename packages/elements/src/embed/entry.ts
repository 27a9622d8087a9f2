// The script-tag embed's entry, `polku-finder.js`: one file with the finder's first screen, whose
// first statement starts each finder's first search (first-searches.ts), before the rest of it is
// evaluated. What the first screen does not need comes later, from chunks the finder loads itself.
import './first-searches.js';
import { start } from './main.js';

start(document).catch((error: unknown) =>
  console.error('Polku: the finder could not be loaded', error),
);

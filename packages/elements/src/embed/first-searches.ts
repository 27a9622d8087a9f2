// Imported first by the embed's entry, for its effect: each finder's first search starts before
// the rest of the file (Lit, the elements) is evaluated. Listed in the package's `sideEffects`.
import { startFirstSearches } from '../internal/early-requests.js';

startFirstSearches(document);

// <polku-self-check>, registered on import. In the script-tag embed this module is a chunk of its
// own (polku-finder-self-check-<hash>.js) that load-self-check.ts imports only when a person
// opens the self-check; the cards, the details and the help lines it shows are in the entry.
import './self-check/register.js';

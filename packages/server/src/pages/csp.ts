// The Content-Security-Policy of the hosted pages: scripts from the origin only, forms sent to it
// only, Trusted Types (the elements' one policy, `lit-html`), and style blocks allowed one by one
// by their hashes: the page's own, and those in the shadow roots a server rendering writes.
import { createHash } from 'node:crypto';

/** The CSP source that allows one `<style>` block with exactly `css` in it. */
export function styleSource(css: string): string {
  return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
}

/** The policy for a page whose style blocks are allowed by `styleSources`. */
export function pagePolicy(styleSources: readonly string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src ${[...new Set(styleSources)].join(' ')}`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    // The finder's search form, sent before its script has run or without it, asks this page
    // for its words (`?polku-q=`); nothing else submits.
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

// The only place where a catalogue string becomes a link. Anything but http(s), tel: and mailto:
// (javascript:, data:, relative paths, garbage) gives no link at all.
const allowedProtocols = new Set(['http:', 'https:', 'tel:', 'mailto:']);

/** The URL, normalised, when it is absolute and http:, https:, tel: or mailto:; else `undefined`. */
export function safeUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return allowedProtocols.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A `tel:` link for a number as people write it in Finland: the contract's rule, shared with the server. */
export { telUrl } from '@polku/contract';

/** A `mailto:` link when the address looks like one address and nothing more. */
export function mailtoUrl(email: string | undefined): string | undefined {
  if (!email || !/^[^\s@<>"'?&:/\\]+@[^\s@<>"'?&:/\\]+\.[^\s@<>"'?&:/\\]+$/.test(email))
    return undefined;
  return safeUrl(`mailto:${email}`);
}

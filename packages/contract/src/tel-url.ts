// How a catalogue's phone number becomes a call link, the same on every surface: the finder's
// cards and help lines, and the server's own pages.

/** A `tel:` link for a number as people write it in Finland (`09 2525 0111` → `tel:0925250111`). */
export function telUrl(phone: string | undefined): string | undefined {
  const dialled = phone?.replace(/[\s().-]/g, '') ?? '';
  return /^\+?[0-9]{2,20}$/.test(dialled) ? `tel:${dialled}` : undefined;
}

// Cutting client-supplied text for error bodies and logs: by whole characters (code points), so
// that a cut never leaves half of a surrogate pair, which strict JSON parsers reject.

/** `text` if it has at most `max` characters, else its first `max` characters and `…`. */
export function truncate(text: string, max: number): string {
  // Cheap exit: fewer UTF-16 units than `max` means fewer characters too.
  if (text.length <= max) return text;
  let units = 0;
  for (let characters = 0; characters < max; characters += 1) {
    const code = text.charCodeAt(units);
    units += code >= 0xd800 && code <= 0xdbff && units + 1 < text.length ? 2 : 1;
    if (units >= text.length) return text;
  }
  return `${text.slice(0, units)}…`;
}

// Copying a link for someone else (the family list's, the self-check's suggestions).

/**
 * Copies `text` to the clipboard. `false` when there is no clipboard to write to (permissions, an
 * older browser, a page not served over HTTPS): the caller then shows the text to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

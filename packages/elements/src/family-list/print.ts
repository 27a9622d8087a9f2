// Printing one element alone: the family's sheet without the finder or the host page around it.
// Marks the element and its ancestors across shadow roots and adds a print-only stylesheet to
// the document and to each shadow root on the way (constructable, so a strict CSP needs no
// 'unsafe-inline'); everything off that path is hidden on paper until the cleanup runs.
const css = `@page { size: A4; margin: 15mm; }
@media print {
  [data-polku-print-path] {
    display: block !important; position: static !important; inset: auto !important;
    margin: 0 !important; padding: 0 !important; border: 0 !important;
    width: auto !important; max-width: none !important; height: auto !important;
    min-height: 0 !important; overflow: visible !important; background: none !important;
    box-shadow: none !important; transform: none !important;
  }
  :not([data-polku-print-path], [data-polku-print-target], [data-polku-print-target] *) {
    display: none !important;
  }
}`;

let sheet: CSSStyleSheet | undefined;

/** Makes `target` the only thing that prints; returns the function that undoes it. */
function isolateForPrint(target: Element): () => void {
  // Without constructable stylesheets the whole page prints, as it would anyway.
  if (!('adoptedStyleSheets' in Document.prototype)) return () => {};
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  const printSheet = sheet;
  const path: Element[] = [];
  const roots: (Document | ShadowRoot)[] = [];
  for (let element: Element | null = target; element; ) {
    let parent: Element | null = element.parentElement;
    if (!parent) {
      const root = element.getRootNode();
      if (root instanceof ShadowRoot || root instanceof Document) roots.push(root);
      if (root instanceof ShadowRoot) parent = root.host;
    }
    if (parent) path.push(parent);
    element = parent;
  }
  target.setAttribute('data-polku-print-target', '');
  for (const element of path) element.setAttribute('data-polku-print-path', '');
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, printSheet];
  return () => {
    target.removeAttribute('data-polku-print-target');
    for (const element of path) element.removeAttribute('data-polku-print-path');
    for (const root of roots) {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((each) => each !== printSheet);
    }
  };
}

let restoreAfterPrint: (() => void) | undefined;

/** `target` alone on paper (marked `printing`) until the print dialog closes; the first wins. */
function isolateUntilAfterPrint(target: Element): void {
  if (restoreAfterPrint) return;
  target.toggleAttribute('printing', true);
  const restore = isolateForPrint(target);
  restoreAfterPrint = () => {
    restoreAfterPrint = undefined;
    restore();
    target.toggleAttribute('printing', false);
  };
  window.addEventListener('afterprint', () => restoreAfterPrint?.(), { once: true });
}

/**
 * Prints `target` alone once `ready` has settled, so what it shows is complete; everything is as
 * before once the print dialog closes.
 */
export async function printAlone(
  target: Element,
  ready: readonly Promise<unknown>[],
): Promise<void> {
  await Promise.all(ready.map((done) => done.catch(() => undefined)));
  isolateUntilAfterPrint(target);
  window.print();
}

/**
 * The browser's own print command (Ctrl+P) prints `target` alone whenever `wanted()` says so at
 * that moment, else the page as it is. Returns the function that stops listening.
 */
export function printAloneOnBrowserPrint(target: Element, wanted: () => boolean): () => void {
  const listener = () => {
    if (wanted()) isolateUntilAfterPrint(target);
  };
  window.addEventListener('beforeprint', listener);
  return () => window.removeEventListener('beforeprint', listener);
}

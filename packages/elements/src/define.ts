/**
 * Registers a custom element once. Registration is apart from the classes so an embedder can
 * register under another name, and a second copy of the bundle on one page warns instead of
 * throwing `NotSupportedError`.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, ctor);
  else if (existing !== ctor) console.warn(`<${tag}> is already defined by another copy of Polku`);
}

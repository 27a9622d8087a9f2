/** The README's preload `<link>` lines for the embed, for a Polku at `origin`. */
export function readmePreloadLines(readme: string, origin: string): string;

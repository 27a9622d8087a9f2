/** Bytes of a file as `gzip -9c <file> | wc -c` counts them. */
export function gzipSize(path: string): number;
/** The chunk the embed's entry (its text) loads at once: the finder's first screen. */
export function firstScreenChunk(entry: string): string;

/** Bytes of a file as `gzip -9c <file> | wc -c` counts them. */
export function gzipSize(path: string): number;
/** The chunks the embed's entry (its text) imports statically: they load at once with it. */
export function staticChunks(entry: string): string[];

// The README's `<link>` lines that let a host page fetch the embed and its first results at once
// (between its `embed-preload` markers), for a Polku at `origin` instead of the README's example
// address. The benchmark measures them, and a test checks that the browser then fetches once.
const readmeOrigin = 'https://palvelut.example';

/** @param {string} readme @param {string} origin */
export function readmePreloadLines(readme, origin) {
  const block = /<!-- embed-preload:start -->([\s\S]*?)<!-- embed-preload:end -->/.exec(
    readme,
  )?.[1];
  const lines = block?.match(/<link [^>]+>/g) ?? [];
  if (lines.length === 0)
    throw new Error('README.md: no <link> lines between embed-preload markers');
  return lines.map((line) => line.replaceAll(readmeOrigin, origin)).join('\n');
}

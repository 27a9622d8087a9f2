// The text of the elements' templates as they ship (rollup.config.mjs applies it to both the embed
// bundle and the elements for the server: Lit SSR on the server renders with the one, the
// browser hydrates with the other, and hydration needs the very same template strings).

/** CSS without its comments and the whitespace around punctuation. */
function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * One module, compacted: the indentation after each line break dropped (terser leaves template
 * literals alone; a line break stays, and in HTML and CSS it is whitespace as the indentation was;
 * no Polku template puts literal text in a `white-space: pre` element), and each `css` template
 * without `${}` minified.
 */
export function compactModule(code) {
  return code
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\bcss ?`([^`]*)`/g, (template, body) =>
      body.includes('${') ? template : `css\`${minifyCss(body)}\``,
    );
}

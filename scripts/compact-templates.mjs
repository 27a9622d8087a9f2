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
 * no Polku template puts literal text in a `white-space: pre` element), each `css` template
 * minified (between its interpolations), and each `unsafeCSS` of a plain template literal.
 */
export function compactModule(code) {
  return code
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\bcss ?`([^`]*)`/g, compactCss)
    .replace(/\bunsafeCSS\(`([^`$]*)`\)/g, (_, body) => `unsafeCSS(\`${minifyCss(body)}\`)`);
}

/**
 * A `css` template minified between its `${name}` interpolations (a whitespace run at an
 * interpolation's side stays as one space: it may be a combinator); one with any other `${`
 * (an expression, a nested template) is left as it is.
 */
function compactCss(template, body) {
  const parts = body.split(/(\$\{[\w.$]+\})/);
  if (parts.some((part, i) => i % 2 === 0 && part.includes('${'))) return template;
  if (parts.length === 1) return `css\`${minifyCss(body)}\``;
  const minified = parts.map((part, i) => {
    if (i % 2 === 1) return part;
    const before = i > 0 && /^\s/.test(part) ? ' ' : '';
    const after = i < parts.length - 1 && /\s$/.test(part) ? ' ' : '';
    const css = minifyCss(part);
    return css
      ? `${/^[{};,>]/.test(css) ? '' : before}${css}${/[{};,>]$/.test(css) ? '' : after}`
      : before || after;
  });
  return `css\`${minified.join('')}\``;
}

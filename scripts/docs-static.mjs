// The script-free `/docs` (issue 20): every operation of the spec with its parameters, responses,
// headers and examples, and every schema, written at build time as plain HTML. Redoc's page
// hydrates the whole spec on load (seconds of blocking on a phone); this one is readable at once
// and keeps Redoc's interactive page one link away. Nothing here runs in the reader's browser.

const escapeHtml = (text) =>
  String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** Inline Markdown of the spec's descriptions: `code`, **strong**, and http(s) links. */
function inline(text) {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>');
}

/** The spec's Markdown descriptions: paragraphs, `- ` lists, `##` headings (one level below). */
export function markdown(text, headingLevel = 3) {
  if (!text) return '';
  const blocks = String(text)
    .trim()
    .split(/\n\s*\n/);
  return blocks
    .map((block) => {
      const heading = /^(#{1,6})\s+(.*)$/.exec(block.trim());
      if (heading) {
        const level = Math.min(6, headingLevel + heading[1].length - 2);
        return `<h${level}>${inline(heading[2])}</h${level}>`;
      }
      if (/^\s*[-*]\s/.test(block)) {
        const items = block.split(/\n(?=\s*[-*]\s)/).map((item) => item.replace(/^\s*[-*]\s+/, ''));
        return `<ul>${items.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`;
      }
      return `<p>${inline(block)}</p>`;
    })
    .join('\n');
}

/** A `$ref` resolved in the spec, once (the spec's refs are all local). */
function resolver(spec) {
  return (node) => {
    if (!node || typeof node.$ref !== 'string') return node;
    return node.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce((at, key) => at?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], spec);
  };
}

const schemaName = (ref) => ref.split('/').pop();
const schemaLink = (ref) =>
  `<a href="#schema-${escapeHtml(schemaName(ref))}">${escapeHtml(schemaName(ref))}</a>`;

/** A schema's type in one line: `string`, `array of Service`, `one of A, B`, `"fi" | "sv"`. */
function typeOf(schema) {
  if (!schema) return 'any';
  if (schema.$ref) return schemaLink(schema.$ref);
  if (schema.oneOf || schema.anyOf)
    return `one of ${(schema.oneOf ?? schema.anyOf).map(typeOf).join(', ')}`;
  if (schema.allOf) return `all of ${schema.allOf.map(typeOf).join(', ')}`;
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : schema.type;
  if (type === 'array') return `array of ${typeOf(schema.items)}`;
  const facts = [];
  if (schema.enum)
    facts.push(schema.enum.map((value) => `<code>${escapeHtml(value)}</code>`).join(' | '));
  if (schema.const !== undefined) facts.push(`<code>${escapeHtml(schema.const)}</code>`);
  if (schema.format) facts.push(`format ${escapeHtml(schema.format)}`);
  if (schema.pattern) facts.push(`pattern <code>${escapeHtml(schema.pattern)}</code>`);
  for (const [key, word] of [
    ['minimum', '≥'],
    ['maximum', '≤'],
    ['minLength', 'length ≥'],
    ['maxLength', 'length ≤'],
    ['minItems', 'items ≥'],
    ['maxItems', 'items ≤'],
  ])
    if (schema[key] !== undefined) facts.push(`${word} ${escapeHtml(schema[key])}`);
  if (schema.default !== undefined)
    facts.push(`default <code>${escapeHtml(JSON.stringify(schema.default))}</code>`);
  return [escapeHtml(type ?? (schema.properties ? 'object' : 'any')), ...facts].join(', ');
}

const json = (value) =>
  `<pre tabindex="0"><code>${escapeHtml(JSON.stringify(value, null, 2))}</code></pre>`;

/** An object schema's properties as a table; nested inline objects get their own rows. */
function propertiesTable(schema, prefix = '') {
  const rows = [];
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const full = `${prefix}${name}`;
    rows.push(
      `<tr><th scope="row"><code>${escapeHtml(full)}</code>${required.has(name) ? ' <span class="req">required</span>' : ''}</th><td>${typeOf(property)}</td><td>${markdown(property.description)}</td></tr>`,
    );
    const nested = property.type === 'array' ? property.items : property;
    if (nested?.properties)
      rows.push(...propertiesTable(nested, `${full}${property.type === 'array' ? '[]' : ''}.`));
  }
  return rows;
}

/** A table in a keyboard-scrollable region named by `label` (unique on the page). */
function table(head, rows, label) {
  if (!rows.length) return '';
  return `<div class="scroll" tabindex="0" role="region" aria-label="${escapeHtml(label)}"><table><thead><tr>${head.map((cell) => `<th scope="col">${cell}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function schemaSection(name, schema) {
  const parts = [
    `<h3 id="schema-${escapeHtml(name)}">${escapeHtml(name)}</h3>`,
    markdown(schema.description, 4),
  ];
  const composed = schema.allOf ?? schema.oneOf ?? schema.anyOf;
  if (composed) {
    const word = schema.allOf ? 'All of' : 'One of';
    const named = composed.filter((part) => part.$ref).map((part) => schemaLink(part.$ref));
    if (named.length)
      parts.push(
        `<p>${word}: ${named.join(', ')}${schema.allOf && named.length < composed.length ? ', and:' : ''}</p>`,
      );
    const inline = composed.filter((one) => !one.$ref);
    inline.forEach((part, index) => {
      const label = `Properties of ${name}${inline.length > 1 ? ` (${index + 1})` : ''}`;
      parts.push(table(['Property', 'Type', 'Description'], propertiesTable(part), label));
    });
    if (schema.discriminator)
      parts.push(
        `<p>Told apart by <code>${escapeHtml(schema.discriminator.propertyName)}</code>.</p>`,
      );
  } else if (schema.properties) {
    parts.push(
      table(['Property', 'Type', 'Description'], propertiesTable(schema), `Properties of ${name}`),
    );
  } else {
    parts.push(`<p>Type: ${typeOf(schema)}</p>`);
  }
  const example = schema.examples?.[0] ?? schema.example;
  if (example !== undefined) parts.push(`<p>Example:</p>${json(example)}`);
  return skippable('schema', `schema-${escapeHtml(name)}`, parts.join('\n'));
}

function parametersTable(parameters, resolve, label) {
  const rows = parameters
    .map(resolve)
    .map(
      (parameter) =>
        `<tr><th scope="row"><code>${escapeHtml(parameter.name)}</code>${parameter.required ? ' <span class="req">required</span>' : ''}</th><td>${escapeHtml(parameter.in)}</td><td>${typeOf(parameter.schema)}</td><td>${markdown(parameter.description)}${parameter.example !== undefined ? `<p>Example: <code>${escapeHtml(JSON.stringify(parameter.example))}</code></p>` : ''}</td></tr>`,
    );
  return table(['Parameter', 'In', 'Type', 'Description'], rows, label);
}

function responseBlock(status, response, resolve, id, summary) {
  const parts = [
    `<h4 id="${id}-${escapeHtml(status)}"><code>${escapeHtml(status)}</code> ${inline(response.description ?? '')}</h4>`,
  ];
  const headers = Object.entries(response.headers ?? {}).map(([name, header]) => {
    const resolved = resolve(header);
    return `<tr><th scope="row"><code>${escapeHtml(name)}</code></th><td>${typeOf(resolved.schema)}</td><td>${markdown(resolved.description)}${resolved.example !== undefined ? `<p>Example: <code>${escapeHtml(resolved.example)}</code></p>` : ''}</td></tr>`;
  });
  parts.push(table(['Header', 'Type', 'Description'], headers, `Headers of ${summary}: ${status}`));
  for (const [type, media] of Object.entries(response.content ?? {})) {
    parts.push(`<p>Body <code>${escapeHtml(type)}</code>: ${typeOf(media.schema)}</p>`);
    const example = media.example ?? Object.values(media.examples ?? {})[0]?.value;
    if (example !== undefined) parts.push(json(example));
  }
  return parts.join('\n');
}

/**
 * A section the browser lays out only near the screen (`content-visibility: auto` in the CSS:
 * the page is ~40 phone screens of tables). Until then it stands at an estimated height, which
 * must not fall short (a section shorter than its content would overlap the next one, and axe
 * and Lighthouse measure link targets there): at 320 px no section is taller than 1.8 px per
 * character of its text plus 200 px, so 2 px plus 240 px. Once laid out, the real height stays.
 */
function skippable(className, labelledBy, inner) {
  const text = inner.replace(/<[^>]*>/g, '').replace(/&[a-z]+;/g, '&').length;
  const estimate = 240 + 2 * text;
  return `<section class="${className}" aria-labelledby="${labelledBy}" style="contain-intrinsic-size: auto ${estimate}px">
${inner}
</section>`;
}

function operationSection(path, method, operation, resolve) {
  const id = `operation-${escapeHtml(operation.operationId ?? `${method}-${path}`)}`;
  const responses = Object.entries(operation.responses ?? {}).map(([status, response]) =>
    responseBlock(status, resolve(response), resolve, id, operation.summary ?? path),
  );
  return skippable(
    'operation',
    id,
    `<h3 id="${id}">${escapeHtml(operation.summary ?? `${method.toUpperCase()} ${path}`)}</h3>
<p class="endpoint"><span class="method">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></p>
${markdown(operation.description, 4)}
${operation.parameters?.length ? `<h4>Parameters</h4>${parametersTable(operation.parameters, resolve, `Parameters of ${operation.summary ?? path}`)}` : '<p>No parameters.</p>'}
<h4>Responses</h4>
${responses.join('\n')}`,
  );
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'];

/** The whole page: overview, operations by tag, schemas; `interactive` links Redoc's page. */
export function renderStaticDocs(spec, { interactive, head }) {
  const resolve = resolver(spec);
  const byTag = new Map((spec.tags ?? []).map((tag) => [tag.name, { tag, operations: [] }]));
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of methods.filter((one) => item[one])) {
      const tagName = item[method].tags?.[0] ?? 'Other';
      if (!byTag.has(tagName)) byTag.set(tagName, { tag: { name: tagName }, operations: [] });
      byTag.get(tagName).operations.push({ path, method, operation: item[method] });
    }
  }
  const groups = [...byTag.values()].filter((group) => group.operations.length);
  const slug = (name) => `tag-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const nav = groups
    .map(
      ({ tag, operations }) =>
        `<li><a href="#${slug(tag.name)}">${escapeHtml(tag.name)}</a><ul>${operations
          .map(
            ({ path, method, operation }) =>
              `<li><a href="#operation-${escapeHtml(operation.operationId ?? `${method}-${path}`)}">${escapeHtml(operation.summary ?? path)}</a> <code>${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</code></li>`,
          )
          .join('')}</ul></li>`,
    )
    .join('');
  const body = groups
    .map(
      ({ tag, operations }) =>
        `<section aria-labelledby="${slug(tag.name)}"><h2 id="${slug(tag.name)}">${escapeHtml(tag.name)}</h2>${markdown(tag.description)}${operations
          .map(({ path, method, operation }) => operationSection(path, method, operation, resolve))
          .join('\n')}</section>`,
    )
    .join('\n');
  const schemas = Object.entries(spec.components?.schemas ?? {})
    .map(([name, schema]) => schemaSection(name, schema))
    .join('\n');
  const servers = (spec.servers ?? [])
    .map(
      (server) =>
        `<li><code>${escapeHtml(server.url)}</code>: ${inline(server.description ?? '')}</li>`,
    )
    .join('');
  const info = spec.info ?? {};
  return `<!DOCTYPE html>
<html lang="en">
<head>
${head}
</head>
<body>
<header>
<h1>${escapeHtml(info.title)} <span class="version">${escapeHtml(info.version)}</span></h1>
<p>${inline(info.summary ?? '')}</p>
<p class="links"><a href="${escapeHtml(interactive)}">Interactive reference (Redoc, loads a large script)</a> · <a href="/openapi.yaml">OpenAPI description (YAML)</a></p>
</header>
<nav aria-label="Operations"><h2>Operations</h2><ul>${nav}<li><a href="#schemas">Schemas</a></li></ul></nav>
<main>
<section aria-labelledby="overview"><h2 id="overview">Overview</h2>
${markdown(info.description)}
${info.license ? `<p>License: ${escapeHtml(info.license.name)}</p>` : ''}
${servers ? `<h3>Servers</h3><ul>${servers}</ul>` : ''}
</section>
${body}
<section aria-labelledby="schemas"><h2 id="schemas">Schemas</h2>
${schemas}
</section>
</main>
</body>
</html>
`;
}

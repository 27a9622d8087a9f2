// The script-tag embed: packages/elements/dist/polku-finder.js, a self-contained, minified ES
// module with lit, @lit/context, @lit/task, ky, the client, the family-view elements and all
// three languages; and beside it polku-finder-professional-<hash>.js, the chunk with the chain,
// the family list, the shared list and printing, which the entry imports (`import()`, relative to
// its own URL) only in the professional view, for a family-list link or when those tags are used.
// The hash ties a chunk to the entry that imports it: a cached old chunk never meets a new entry.
// Input is the tsc output (`npx tsc -b` first).
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const helpersId = '\0polku-ts-helpers';
// tsc writes its decorator helpers (`var __esDecorate = (this && this.__esDecorate) || function
// ... };`) into every module that uses decorators; the bundle needs one copy.
const helperDefinition = /^var (__\w+) = \(this && this\.\1\) \|\| function[\s\S]*?^};\n/gm;

/** One shared copy of tsc's helpers instead of one per module. */
function sharedTsHelpers() {
  const helpers = new Map();
  return {
    name: 'polku-shared-ts-helpers',
    resolveId: (id) => (id === helpersId ? id : null),
    load(id) {
      if (id !== helpersId) return null;
      return [...helpers]
        .map(([name, source]) =>
          source.replace(`var ${name} = (this && this.${name}) || `, `export const ${name} = `),
        )
        .join('\n');
    },
    transform(code, id) {
      if (id.startsWith('\0') || !code.includes('(this && this.__')) return null;
      const names = [];
      const rest = code.replace(helperDefinition, (definition, name) => {
        if (!helpers.has(name)) helpers.set(name, definition);
        names.push(name);
        return '';
      });
      if (names.length === 0) return null;
      return { code: `import { ${names.join(', ')} } from '${helpersId}';\n${rest}`, map: null };
    },
  };
}

/**
 * Drops the indentation after line breaks in Polku's own modules. Terser leaves template
 * literals alone, so without this every html`` and css`` template keeps its source indentation.
 * A line break stays, and in HTML and CSS a line break is whitespace like the indentation was;
 * no Polku template puts literal text in a `white-space: pre` element.
 */
function templateIndentation() {
  return {
    name: 'polku-template-indentation',
    transform(code, id) {
      if (!/[\\/]packages[\\/](elements|client)[\\/]dist[\\/]/.test(id)) return null;
      // Line numbers stay, so the existing source map stays close enough (columns shift).
      return { code: code.replace(/\n[ \t]+/g, '\n'), map: null };
    },
  };
}

const outDir = 'packages/elements/dist';

/** Removes the chunks of earlier builds, whose hashes no entry names any more. */
function removeOldChunks() {
  return {
    name: 'polku-remove-old-chunks',
    buildStart() {
      let names = [];
      try {
        names = readdirSync(outDir);
      } catch {
        return;
      }
      for (const name of names) {
        if (/^polku-finder-.+\.js(\.map)?$/.test(name)) rmSync(join(outDir, name));
      }
    },
  };
}

export default {
  input: 'packages/elements/dist/polku-finder.bundle.js',
  output: {
    dir: outDir,
    format: 'es',
    sourcemap: true,
    entryFileNames: 'polku-finder.js',
    chunkFileNames: 'polku-finder-[name]-[hash].js',
  },
  plugins: [
    removeOldChunks(),
    sharedTsHelpers(),
    templateIndentation(),
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    terser({
      module: true,
      ecma: 2022,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
  onwarn(warning, warn) {
    // Lit's and ky's `this` at module top level is harmless in ES modules.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};

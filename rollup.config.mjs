// The script-tag embed: packages/elements/dist/polku-finder.js, a minified ES module with lit,
// @lit/context, @lit/task, the client, the family-view elements and all three languages (ky,
// which the client imports at its first request, is polku-finder-ky-<hash>.js); and beside it
// polku-finder-professional-<hash>.js, the chunk with the chain,
// the family list, the shared list and printing, which the entry imports (`import()`, relative to
// its own URL) only in the professional view, for a family-list link or when those tags are used.
// The hash ties a chunk to the entry that imports it: a cached old chunk never meets a new entry.
// Input is the tsc output (`npx tsc -b` first).
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { compactModule } from './scripts/compact-templates.mjs';

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

/** Polku's own modules with their templates as packages/elements/dist has them (see there). */
function compactTemplates() {
  return {
    name: 'polku-compact-templates',
    transform(code, id) {
      if (!/[\\/]packages[\\/](elements|client)[\\/]dist[\\/]/.test(id)) return null;
      // Line numbers stay, so the existing source map stays close enough (columns shift).
      return { code: compactModule(code), map: null };
    },
  };
}

/**
 * Drops what tsc writes into each decorator's context that Lit's decorators (`@property`,
 * `@state`, `@consume`, `@query`) never read: `static`, `private` and the `access` object. They
 * read `kind`, `name`, `metadata` and `addInitializer`.
 */
function leanDecoratorContexts() {
  const unread =
    / static: false, private: false, access: \{ has: obj => "\w+" in obj, get: obj => obj\.\w+, set: \(obj, value\) => \{ obj\.\w+ = value; \} \},/g;
  return {
    name: 'polku-lean-decorator-contexts',
    transform(code, id) {
      if (!/[\\/]packages[\\/]elements[\\/]dist[\\/]/.test(id) || !code.includes('__esDecorate('))
        return null;
      return { code: code.replace(unread, ''), map: null };
    },
  };
}

const outDir = 'packages/elements/dist';

/** Removes the files of earlier builds in `dir` (chunks whose hashes no entry names any more). */
function removeOldChunks(dir, pattern) {
  return {
    name: 'polku-remove-old-chunks',
    buildStart() {
      let names = [];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) {
        if (pattern.test(name)) rmSync(join(dir, name));
      }
    },
  };
}

/**
 * Writes each script beside itself in brotli at the highest quality (`<name>.js.br`): the server
 * sends it as is (http/static-files.ts), about 8 % smaller than compressing on request.
 */
function brotliBeside(dir) {
  return {
    name: 'polku-brotli-beside',
    writeBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        // As written, which is what the server reads.
        const code = readFileSync(join(dir, file.fileName));
        const br = brotliCompressSync(code, {
          params: {
            [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
            [zlib.BROTLI_PARAM_SIZE_HINT]: code.length,
          },
        });
        writeFileSync(join(dir, `${file.fileName}.br`), br);
      }
    },
  };
}

const onwarn = (warning, warn) => {
  // Lit's and ky's `this` at module top level is harmless in ES modules.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/**
 * The elements for Node, as the server renders them (Lit SSR, the hosted family pages): the same
 * modules with the same template text as the embed (hydration matches templates by their text),
 * in packages/elements/dist/ssr/ (`@polku/elements/ssr`). Lit, the client and the contract stay
 * imports, resolved by Node to their Node builds.
 */
const forServer = {
  input: 'packages/elements/dist/index.js',
  external: (id) => /^(lit|lit-html|lit-element|@lit|@lit-labs|@polku)(\/|$)/.test(id),
  output: {
    dir: `${outDir}/ssr`,
    format: 'es',
    entryFileNames: 'index.js',
    chunkFileNames: '[name]-[hash].js',
  },
  plugins: [removeOldChunks(`${outDir}/ssr`, /\.js$/), sharedTsHelpers(), compactTemplates()],
  onwarn,
};

export default [
  {
    input: 'packages/elements/dist/embed/entry.js',
    output: {
      dir: outDir,
      format: 'es',
      // Beside each file, named by the server's `SourceMap` header rather than a comment in it
      // (30-odd bytes of the entry's budget).
      sourcemap: 'hidden',
      entryFileNames: 'polku-finder.js',
      chunkFileNames: 'polku-finder-[name]-[hash].js',
      // The client imports ky at its first request: a chunk of its own, named for it.
      manualChunks: (id) => (/[\\/]node_modules[\\/]ky[\\/]/.test(id) ? 'ky' : undefined),
    },
    plugins: [
      removeOldChunks(outDir, /^polku-finder-.+\.js(\.map|\.br)?$/),
      sharedTsHelpers(),
      compactTemplates(),
      leanDecoratorContexts(),
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      terser({
        module: true,
        ecma: 2022,
        compress: { passes: 3 },
        format: { comments: false },
      }),
      brotliBeside(outDir),
    ],
    onwarn,
  },
  forServer,
];

// `cem analyze --config custom-elements-manifest.config.mjs` → packages/elements/custom-elements.json,
// from the elements' JSDoc (summary, attributes, properties, events, parts, CSS properties).
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', '**/translations/**'],
  outdir: 'packages/elements',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in the order the file system gives them, which differs between
      // a working tree and a fresh clone; sorted, the committed manifest is the same everywhere.
      name: 'polku-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) =>
          a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
        );
      },
    },
  ],
};

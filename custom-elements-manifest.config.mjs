// `cem analyze --config custom-elements-manifest.config.mjs` → packages/elements/custom-elements.json,
// from the elements' JSDoc (summary, attributes, properties, events, parts, CSS properties).
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', '**/localize/{fi,sv,en}.ts'],
  outdir: 'packages/elements',
  litelement: true,
  dependencies: false,
  packagejson: false,
};

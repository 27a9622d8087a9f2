// The script-tag embed: one self-contained, minified ES module with lit, @lit/context,
// @lit/task, ky, the client, every element and all three languages.
// Input is the tsc output (`npx tsc -b` first); output packages/elements/dist/polku-finder.js.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'packages/elements/dist/polku-finder.bundle.js',
  output: {
    file: 'packages/elements/dist/polku-finder.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    terser({ module: true, ecma: 2022, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    // Lit's and ky's `this` at module top level is harmless in ES modules.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};

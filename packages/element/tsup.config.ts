import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

/**
 * The element always renders the native `<dialog>`, so Radix Dialog is dead code in the single file:
 * this swaps it for parts that say so if anything ever renders them (about 13 kB gzip saved).
 */
const withoutRadixDialog: Plugin = {
  name: 'without-radix-dialog',
  setup(build) {
    build.onResolve({ filter: /^@radix-ui\/react-dialog$/ }, () => ({ path: 'radix-dialog', namespace: 'absent' }));
    build.onLoad({ filter: /.*/, namespace: 'absent' }, () => ({
      contents: `const absent = () => { throw new Error('[wamigrate-guide] this build has only the native dialog'); };
export { absent as Root, absent as Portal, absent as Overlay, absent as Content, absent as Title, absent as Description, absent as Close };`,
      loader: 'js',
    }));
  },
};

export default defineConfig([
  {
    // For pages that already have React: everything but our own code is imported.
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    // The two builds run at once into dist/: each cleans only its own files.
    clean: ['index.*'],
    target: 'es2022',
  },
  {
    // For pages with no build step: one file, React inside, nothing else to load (a Zendesk theme renames
    // its assets, so a second chunk would not be found). No source map beside it, for the same reason.
    entry: { 'wamigrate-guide': 'src/script.ts' },
    format: ['iife'],
    outExtension: () => ({ js: '.js' }),
    clean: ['wamigrate-guide.*'],
    noExternal: [/.*/],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    env: { NODE_ENV: 'production' },
    esbuildPlugins: [withoutRadixDialog],
  },
]);

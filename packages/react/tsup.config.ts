import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Plugin, transform } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { oneFilePerModule, sourceModules } from '../../scripts/one-file-per-module';

// The stylesheet ships twice: plain (`:where()` selectors already lose to the host's CSS) and wrapped in a
// cascade layer for hosts that order their own layers.
function writeStyles() {
  const css = readFileSync('src/styles.css', 'utf8');
  writeFileSync('dist/styles.css', css);
  writeFileSync('dist/styles.layer.css', `@layer wamigrate {\n${css}}\n`);
}

/** `import css from './styles.css?inline'` gives the stylesheet as minified text, as Vite does. */
const cssAsText: Plugin = {
  name: 'css-as-text',
  setup(build) {
    build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      // Kept with its suffix: tsup's own plugin claims every path that ends in `.css`. Relative, because
      // esbuild writes the path into the bundle as a comment.
      path: path.relative(process.cwd(), path.resolve(args.resolveDir, args.path)),
      namespace: 'css-as-text',
    }));
    build.onLoad({ filter: /.*/, namespace: 'css-as-text' }, async (args) => {
      const { code } = await transform(await readFile(args.path.replace(/\?inline$/u, ''), 'utf8'), {
        loader: 'css',
        minify: true,
      });
      return { contents: code.trim(), loader: 'text' };
    });
  },
};

const shared = {
  sourcemap: true,
  target: 'es2022',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  esbuildPlugins: [cssAsText],
} satisfies Options;

// Three builds, run side by side (so `npm run build` empties dist first, not tsup):
// - ESM: the components one file per module, each a client module (`'use client'`, as React Server
//   Components need); the declarations of the whole entry in one file.
// - CommonJS: the components in one file (require() has no tree-shaking to gain from more).
// - The entries a server component may call (`server`, `stylesheet`): no directive, so they run on the
//   server and give real values there, not client references.
export default defineConfig([
  {
    ...shared,
    // Every module of the components' graph: all of src but the server-safe entries.
    entry: sourceModules('src', [path.join('src', 'server.ts'), path.join('src', 'stylesheet.ts')]),
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    banner: { js: "'use client';" },
    esbuildPlugins: [...shared.esbuildPlugins, oneFilePerModule],
  },
  { ...shared, entry: { index: 'src/index.ts' }, format: ['cjs'], dts: true, banner: { js: "'use client';" } },
  {
    ...shared,
    entry: { server: 'src/server.ts', stylesheet: 'src/stylesheet.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    onSuccess: async () => writeStyles(),
  },
]);

import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Plugin, transform } from 'esbuild';
import { defineConfig } from 'tsup';

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
      // Kept with its suffix: tsup's own plugin claims every path that ends in `.css`.
      path: path.resolve(args.resolveDir, args.path),
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

export default defineConfig({
  entry: { index: 'src/index.ts', stylesheet: 'src/stylesheet.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  banner: { js: "'use client';" },
  esbuildPlugins: [cssAsText],
  onSuccess: async () => writeStyles(),
});

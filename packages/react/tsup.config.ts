import { readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// The stylesheet ships twice: plain (`:where()` selectors already lose to the host's CSS) and wrapped in a
// cascade layer for hosts that order their own layers.
function writeStyles() {
  const css = readFileSync('src/styles.css', 'utf8');
  writeFileSync('dist/styles.css', css);
  writeFileSync('dist/styles.layer.css', `@layer wamigrate {\n${css}}\n`);
}

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  banner: { js: "'use client';" },
  onSuccess: async () => writeStyles(),
});

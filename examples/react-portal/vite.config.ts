import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Run from examples/: `vite build --config react-portal/vite.config.ts`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/react-portal/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The page is served with `script-src 'self'; style-src 'self'`: no inline polyfill script,
    // and no asset inlined as a data: URL.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { chromiumBrowser } from '../../vitest.browser.ts';
import { TIME_LIMITS } from '../../vitest.limits.ts';

const SINGLE_FILES = ['wamigrate-guide.js', 'wamigrate-guide.ja.js', 'wamigrate-guide.en.js'];

// The element is tested against the built @wamigrate/react and @wamigrate/core (`npm test` builds first),
// the files a page really loads. Everything they import is pre-bundled up front, including what the built
// packages import from their own modules and lazy chunks: a dependency Vite discovers mid-run makes it
// reload the page, and every test running then fails (a fresh clone has no optimizer cache).
export default defineConfig({
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-runtime',
      'react-dom',
      'react-dom/client',
      'i18next',
      '@wamigrate/react',
      '@wamigrate/react/stylesheet',
      '@wamigrate/react > @radix-ui/react-dialog',
      '@wamigrate/react > @radix-ui/react-slot',
      '@wamigrate/react > react-hook-form',
      '@wamigrate/core',
      '@wamigrate/core/connect',
      '@wamigrate/core/messages',
      '@wamigrate/core/messages/en/essentials',
      '@wamigrate/core/messages/en/details',
      '@wamigrate/core/messages/ja/essentials',
      '@wamigrate/core/messages/ja/details',
      '@wamigrate/core/phone',
      '@wamigrate/core/reference',
      '@wamigrate/core/testing',
      '@wamigrate/core > libphonenumber-js/max',
      '@wamigrate/core > zod/mini',
      'axe-core',
    ],
  },
  resolve: { dedupe: ['react', 'react-dom'] },
  test: {
    ...TIME_LIMITS,
    projects: [
      {
        extends: true,
        define: { SINGLE_FILE: 'null' },
        test: { name: 'element-browser', include: ['test/**/*.browser.test.ts'], browser: chromiumBrowser() },
      },
      // The same tests against each single file as a page loads it (Preact inside; one or both languages).
      ...SINGLE_FILES.map((file) => ({
        extends: true as const,
        define: { SINGLE_FILE: JSON.stringify(file) },
        resolve: {
          alias: [
            { find: /^\.\.\/src$/u, replacement: fileURLToPath(new URL('test/single-file.ts', import.meta.url)) },
            { find: /^wamigrate-single-file$/u, replacement: fileURLToPath(new URL(`dist/${file}`, import.meta.url)) },
          ],
        },
        test: { name: `element-browser ${file}`, include: ['test/**/*.browser.test.ts'], browser: chromiumBrowser() },
      })),
      // The built package imported where there is no DOM, as a server or a prerendering build does.
      { extends: true, test: { name: 'element-node', environment: 'node', include: ['test-node/**/*.test.ts'] } },
    ],
  },
});

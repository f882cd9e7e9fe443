import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { chromiumBrowser } from '../../vitest.browser.ts';
import { TIME_LIMITS } from '../../vitest.limits.ts';

export default defineConfig({
  plugins: [react()],
  // Pre-bundle everything the browser tests import: a dependency discovered mid-run makes Vite reload the
  // page, and the reloaded test then sees a second copy of React.
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      'react-dom/server',
      '@radix-ui/react-dialog',
      '@radix-ui/react-slot',
      'react-hook-form',
      'i18next',
      'axe-core',
      '@testing-library/react',
      '@wamigrate/core',
      '@wamigrate/core/messages',
      '@wamigrate/core/messages/en',
      '@wamigrate/core/messages/ja',
      '@wamigrate/core/messages/en/essentials',
      '@wamigrate/core/messages/ja/essentials',
      '@wamigrate/core/messages/en/details',
      '@wamigrate/core/messages/ja/details',
      '@wamigrate/core/phone',
      '@wamigrate/core/schemas',
      '@wamigrate/core/reference',
      '@wamigrate/core/connect',
      '@wamigrate/core/testing',
    ],
  },
  resolve: { dedupe: ['react', 'react-dom'] },
  test: {
    ...TIME_LIMITS,
    projects: [
      {
        extends: true,
        test: {
          name: 'react-unit',
          environment: 'happy-dom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.browser.test.{ts,tsx}', 'test/**/*.ssr.test.{ts,tsx}', 'test/fresh-page/**'],
          setupFiles: ['./test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Each file starts as a page does: English only, nothing fetched yet (Japanese, the phone validator).
          name: 'react-fresh-page',
          environment: 'happy-dom',
          include: ['test/fresh-page/**/*.test.{ts,tsx}'],
          setupFiles: ['./test/setup-fresh-page.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'react-ssr',
          environment: 'node',
          include: ['test/**/*.ssr.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'react-browser',
          include: ['test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['./test/setup-browser.ts'],
          browser: chromiumBrowser(),
        },
      },
    ],
  },
});

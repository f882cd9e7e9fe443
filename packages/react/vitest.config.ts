import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// Debian's chromium (apt-get install chromium); never a browser Playwright downloads.
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const chromium = () =>
  playwright({
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // no DNS lookups at all: Chromium otherwise resolves Google's update and account hosts
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ],
    },
  });
// A factory: vitest mutates `instances`, so each project needs its own object.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: chromium(),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

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
      '@radix-ui/react-dialog',
      '@radix-ui/react-slot',
      'react-hook-form',
      'i18next',
      'axe-core',
      '@testing-library/react',
      '@wamigrate/core',
      '@wamigrate/core/messages',
      '@wamigrate/core/phone',
      '@wamigrate/core/schemas',
      '@wamigrate/core/reference',
    ],
  },
  resolve: { dedupe: ['react', 'react-dom'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'react-unit',
          environment: 'happy-dom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.browser.test.{ts,tsx}', 'test/**/*.ssr.test.{ts,tsx}'],
          setupFiles: ['./test/setup.ts'],
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
          setupFiles: ['./test/setup.ts'],
          browser: browser(),
        },
      },
    ],
  },
});

import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { chromiumBrowser } from './vitest.browser.ts';
import { TIME_LIMITS } from './vitest.limits.ts';

// Stories run as tests in Debian's Chromium, the a11y addon failing any violation.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
        test: { name: 'storybook', browser: chromiumBrowser(), ...TIME_LIMITS },
      },
    ],
  },
});

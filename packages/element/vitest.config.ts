import { defineConfig } from 'vitest/config';
import { chromiumBrowser } from '../../vitest.browser.ts';
import { TIME_LIMITS } from '../../vitest.limits.ts';

// The element is tested against the built @wamigrate/react and @wamigrate/core (`npm test` builds first),
// the files a page really loads.
export default defineConfig({
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      '@wamigrate/react',
      '@wamigrate/react/stylesheet',
      '@wamigrate/core',
      '@wamigrate/core/connect',
      '@wamigrate/core/messages',
      '@wamigrate/core/testing',
      'axe-core',
    ],
  },
  resolve: { dedupe: ['react', 'react-dom'] },
  test: {
    name: 'element-browser',
    include: ['test/**/*.browser.test.ts'],
    browser: chromiumBrowser(),
    ...TIME_LIMITS,
  },
});

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
    ...TIME_LIMITS,
    projects: [
      {
        extends: true,
        test: { name: 'element-browser', include: ['test/**/*.browser.test.ts'], browser: chromiumBrowser() },
      },
      // The built package imported where there is no DOM, as a server or a prerendering build does.
      { extends: true, test: { name: 'element-node', environment: 'node', include: ['test-node/**/*.test.ts'] } },
    ],
  },
});

import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './chromium.ts';

/**
 * Vitest browser mode in Debian's Chromium, for every project that runs in a browser. A factory: vitest
 * mutates `instances`, so each project needs its own object (TOOLCHAIN.md pitfall 12).
 */
export const chromiumBrowser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { ...chromiumLaunchOptions, args: [...chromiumLaunchOptions.args] } }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

import { playwright } from '@vitest/browser-playwright';

/**
 * How every test launches Chromium: Debian's (apt-get install chromium, or CHROMIUM_PATH), never a browser
 * Playwright downloads, and with no DNS lookups (Chromium otherwise resolves Google's update hosts).
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ],
};

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

import { playwright } from '@vitest/browser-playwright';

// Debian's chromium (apt-get install chromium, or CHROMIUM_PATH); never a browser Playwright downloads.
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Vitest browser mode in Debian's Chromium, for every project that runs in a browser. A factory: vitest
 * mutates `instances`, so each project needs its own object (TOOLCHAIN.md pitfall 12).
 */
export const chromiumBrowser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
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
  }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

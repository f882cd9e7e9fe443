/**
 * How every test and benchmark launches Chromium: Debian's (apt-get install chromium, or CHROMIUM_PATH), never a
 * browser Playwright downloads, and with no DNS lookups (Chromium otherwise resolves Google's update hosts).
 * Kept free of imports so Node scripts (the benchmarks) can take it without loading vitest.
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

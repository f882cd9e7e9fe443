import { chromium } from 'playwright-core';

const [url, out, w, h, from, third, dark] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: dark ? 'dark' : 'light' });
await page.goto(url);
await page.waitForTimeout(1200);
const root = page.locator('wamigrate-guide');
if (from) {
  await root.locator(`[data-question="from"] input[value="${from}"]`).click();
}
if (third) await root.locator(`[data-question="scenario"] input[value="${third}"]`).click();
await page.waitForTimeout(300);
const start = root.locator('[data-part="start-trigger"]').first();
if (await start.count()) {
  await start.click();
}
await page.waitForTimeout(500);
const info = await page.evaluate(() => {
  const host = document.querySelector('wamigrate-guide');
  const r = host.shadowRoot ?? host;
  const step = r.querySelector('[data-scope="migration-stepper"][data-part="content"]');
  const q = (s) => {
    const e = step?.querySelector(s);
    return e ? Math.round(e.getBoundingClientRect().bottom + scrollY) : null;
  };
  return {
    heading: q('[data-part="heading"]'),
    complete: q('[data-part="complete-trigger"]'),
    page: document.documentElement.scrollHeight,
    guideTop: Math.round(host.getBoundingClientRect().top + scrollY),
  };
});
console.log(JSON.stringify(info));
await page.screenshot({ path: out, fullPage: false });
await page.screenshot({ path: out.replace('.png', '-full.png'), fullPage: true });
await browser.close();

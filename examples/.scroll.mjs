import { chromium } from 'playwright-core';

const [url, out, w, h, from, third, sel, dark] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: dark ? 'dark' : 'light' });
await page.goto(url);
await page.waitForTimeout(1200);
const root = page.locator('wamigrate-guide');
if (from) await root.locator(`[data-question="from"] input[value="${from}"]`).click();
if (third && third !== '-') await root.locator(`[data-question="scenario"] input[value="${third}"]`).click();
if (from) await root.locator('[data-part="start-trigger"]').first().click();
await page.waitForTimeout(400);
if (sel)
  await root
    .locator(sel)
    .first()
    .evaluate((e) => e.scrollIntoView({ block: 'end' }));
await page.waitForTimeout(300);
await page.screenshot({ path: out });
await browser.close();

import { chromium } from 'playwright-core';

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
await page.goto('http://localhost:6007/help-center/ja/');
await page.waitForTimeout(1200);
await page.locator('wamigrate-guide').evaluate((h) => h.setAttribute('theme', 'dark'));
const root = page.locator('wamigrate-guide');
await root.locator(`[data-question="from"] input[value="other-bsp"]`).click();
await root.locator(`[data-question="scenario"] input[value="bsp-to-provider"]`).click();
await root.locator('[data-part="start-trigger"]').first().click();
await page.waitForTimeout(500);
await page.screenshot({ path: '/tmp/dark.png' });
await browser.close();

import { chromium } from 'playwright-core';

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(process.argv[2]);
await page.waitForTimeout(1200);
console.log(
  await page.evaluate(() =>
    [...document.querySelector('wamigrate-guide').shadowRoot.querySelectorAll('[data-question] input')]
      .map((i) => i.closest('[data-question]').dataset.question + '=' + i.value)
      .join('\n'),
  ),
);
await browser.close();

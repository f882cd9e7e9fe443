import { chromium } from 'playwright-core';

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(process.argv[2]);
await page.waitForTimeout(1200);
await page.locator('wamigrate-guide [data-question="from"] input[value="other-bsp"]').click();
await page.waitForTimeout(300);
console.log(
  await page.evaluate(() =>
    [...document.querySelector('wamigrate-guide').shadowRoot.querySelectorAll('[data-question]')]
      .map(
        (q) =>
          q.dataset.question +
          ': ' +
          [...q.querySelectorAll('input')].map((i) => i.value + (i.checked ? '*' : '')).join(',') +
          ' ' +
          (q.dataset.fixed ?? ''),
      )
      .join('\n'),
  ),
);
await browser.close();

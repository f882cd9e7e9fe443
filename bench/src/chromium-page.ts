/** What every Chromium measurement shares: a fresh page that fails on any page error, and checks that throw. */
import type { Browser, Page } from 'playwright-core';

export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`bench check failed: ${message}`);
}

/** A fresh page (its own context: nothing warm, nothing stored) that fails the bench on any page error. */
export async function withPage<T>(browser: Browser, url: string, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url);
    const result = await use(page);
    check(errors.length === 0, `${url} reported errors: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

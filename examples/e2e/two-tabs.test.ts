import { createMigration, DEFAULT_STORAGE_KEY, memoryStorage } from '@wamigrate/core';
import { validatePhoneNumber } from '@wamigrate/core/phone';
import { meetRequirements, walkTo } from '@wamigrate/core/testing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSite, guide, observed } from './harness';

/**
 * The help-centre article open in two tabs of one browser, both at the code step: code requests made in
 * either count in both (localStorage's storage event and the merge on every save), and none is lost.
 */
const site = createSite();

/** Progress at bsp-to-provider's code step, as a first visit leaves it in localStorage. */
function progressAtCodeStep(): string {
  const storage = memoryStorage();
  const migration = createMigration({
    scenario: 'bsp-to-provider',
    storage,
    validatePhoneNumber: (input) => validatePhoneNumber(input),
  });
  meetRequirements(migration);
  walkTo(migration, 'add-whatsapp-channel');
  migration.destroy();
  return String(storage.getItem(DEFAULT_STORAGE_KEY));
}

const remaining = (page: Page) =>
  guide(page).evaluate(
    (host) => (host.shadowRoot ?? host).querySelector('[data-part="code-remaining"]')?.textContent ?? null,
  );
const storedRequests = (page: Page) =>
  page.evaluate(
    (key) => (JSON.parse(localStorage.getItem(key) ?? '{}').attempts?.verificationCode ?? []).length as number,
    DEFAULT_STORAGE_KEY,
  );
const request = (page: Page) => page.locator('[data-part="request-code-trigger"]').click();

describe('two tabs of one help-centre article', () => {
  it('count code requests together, in real Chromium, and keep them all after a reload', async () => {
    const first = await site.open('/help-center/en-us/');
    await first.page.evaluate(
      ([key, value]) => localStorage.setItem(key as string, value as string),
      [DEFAULT_STORAGE_KEY, progressAtCodeStep()],
    );
    await first.page.reload();
    const second = await site.open('/help-center/en-us/', { besideOf: first.page });
    for (const { page } of [first, second]) {
      await expect.poll(() => remaining(page), { timeout: 15_000 }).toMatch(/3 more times/u);
    }
    await request(first.page);
    await request(first.page);
    // The other tab hears of both, and offers one more.
    await expect.poll(() => remaining(second.page), { timeout: 15_000 }).toMatch(/1 more time\b/u);
    await request(second.page);
    await expect.poll(() => storedRequests(first.page), { timeout: 15_000 }).toBe(3);
    // Both tabs say the requests are used up; a press in the first is refused and counts nothing.
    for (const { page } of [first, second]) {
      await expect.poll(() => remaining(page), { timeout: 15_000 }).toMatch(/You can request a new code from about/u);
    }
    // As a script or an impatient user would: straight at the button, whatever state it shows.
    await guide(first.page).evaluate((host) =>
      (host.shadowRoot ?? host).querySelector<HTMLElement>('[data-part="request-code-trigger"]')?.click(),
    );
    expect(await storedRequests(second.page)).toBe(3);
    await second.page.reload();
    await expect.poll(() => storedRequests(second.page)).toBe(3);
    for (const tab of [first, second]) {
      expect(tab.errors).toEqual([]);
      expect((await observed(tab.page)).cspViolations).toEqual([]);
    }
  });
});

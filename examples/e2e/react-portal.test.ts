import { SCENARIOS } from '@wamigrate/core';
import { describe, expect, it } from 'vitest';
import { axeViolations, createSite, focused, guide, observed, tabTo } from './harness';
import { meetStepRequirements, pickScenario, walkSteps } from './keyboard-walk';

const site = createSite();
/** The guide's heading: its title in the picker, the chosen path's title once a path is chosen. */
const heading = (page: Parameters<typeof guide>[0]) =>
  guide(page).evaluate(
    (root) =>
      root.querySelector('[data-scope="migration-guide"]:is([data-part="heading"], [data-part="scenario-title"])')
        ?.textContent ?? null,
  );
const activity = (page: Parameters<typeof guide>[0]) => page.locator('[role="log"]').textContent();

describe('React portal: MigrationGuide from the ESM packages, built with Vite, under a strict CSP', () => {
  it('walks a path by keyboard through the native dialog, and the portal logs every engine event', async () => {
    const { page, errors } = await site.open('/react-portal/');
    await expect.poll(() => heading(page)).toBe('Move your WhatsApp Business number');
    expect(await axeViolations(page)).toEqual([]);
    const path = SCENARIOS.find((s) => s.id === 'hosted-to-self-hosted');
    if (!path) throw new Error('no such scenario');
    await pickScenario(page, path);
    await expect.poll(() => activity(page)).toContain('scenario-select');
    const { dialogs } = await walkSteps(page, path.steps.length);
    expect(dialogs).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // The log keeps the last 20 events.
    const log = await activity(page);
    for (const type of ['step-change', 'step-complete', 'migration-complete']) {
      expect(log).toContain(type);
    }
    expect((await observed(page)).cspViolations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('switches language without losing progress, and restores it after a reload', async () => {
    const { page } = await site.open('/react-portal/');
    await expect.poll(() => heading(page)).toBe('Move your WhatsApp Business number');
    const path = SCENARIOS.find((s) => s.id === 'bsp-to-provider');
    if (!path) throw new Error('no such scenario');
    await pickScenario(page, path);
    const box = await tabTo(page, (f) => f.type === 'checkbox', 'the first requirement');
    await page.keyboard.press('Space');
    const ticked = () =>
      guide(page).evaluate(
        (root, name) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.checked ?? null,
        box.name,
      );

    await page.getByRole('button', { name: '日本語' }).click();
    await expect.poll(() => heading(page)).toBe('別のBSPからAcme Deskへ電話番号を移転する');
    expect(await ticked()).toBe(true);

    await page.reload();
    await expect.poll(() => heading(page)).toBe('別のBSPからAcme Deskへ電話番号を移転する');
    await expect.poll(ticked).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect((await observed(page)).cspViolations).toEqual([]);
    expect((await focused(page)).tag).toBe('body');
  });

  it.each(['en', 'ja'])(
    '%s: live, by keyboard only: the guide starts the move, takes the code and registers through the portal’s backend',
    async (lang) => {
      const { page, errors } = await site.open(`/react-portal/?live=1&lang=${lang}`);
      const path = SCENARIOS.find((s) => s.id === 'bsp-to-provider');
      if (!path) throw new Error('no such scenario');
      await pickScenario(page, path);
      await walkSteps(page, 2, { toTheEnd: false });
      // The code step: what is still typed (the Business Manager pair), then Meta's calls one by one.
      await meetStepRequirements(page);
      for (const part of ['live-start-trigger', 'live-request-trigger']) {
        await tabTo(page, (f) => f.part === part, part);
        await page.keyboard.press('Enter');
      }
      await expect.poll(async () => (await focused(page)).part).toBe('live-code-input');
      await page.keyboard.type('123456');
      await page.keyboard.press('Enter');
      for (const part of ['live-register-trigger', 'live-status-trigger', 'live-confirm-yes']) {
        await expect.poll(async () => (await focused(page)).part).toBe(part);
        await page.keyboard.press('Enter');
      }
      await expect.poll(async () => (await focused(page)).part).toBe('complete-trigger');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await expect.poll(() => activity(page)).toContain('live-call');
      expect((await observed(page)).cspViolations).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});

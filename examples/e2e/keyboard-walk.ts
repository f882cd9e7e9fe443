import { VALID_ANSWERS as VALID_FIELDS } from '@wamigrate/core/testing';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, focused, guide, tabTo } from './harness';

/**
 * Picks a path in the picker with Tab, Space and the arrow keys only: where the number is, where it goes
 * (shown, not asked, when there is one destination) and the path's own third question when it has one.
 */
export async function pickScenario(
  page: Page,
  path: { readonly id: string; readonly from: string; readonly to: string },
) {
  for (const [question, value] of [
    ['from', path.from],
    ['to', path.to],
    ['scenario', path.id],
  ] as const) {
    const state = await guide(page).evaluate((host, q) => {
      const group = (host.shadowRoot ?? host).querySelector(`[data-part="question"][data-question="${q}"]`);
      return {
        asked: group !== null && group.getAttribute('data-fixed') === null,
        chosen: group?.querySelector<HTMLInputElement>('input:checked')?.value ?? null,
      };
    }, question);
    if (!state.asked || state.chosen === value) continue;
    let now = await tabTo(page, (f) => f.question === question && f.type === 'radio', `the "${question}" question`);
    if (!now.checked) await page.keyboard.press('Space');
    for (let i = 0; i < 6 && (await focused(page)).value !== value; i++) await page.keyboard.press('ArrowDown');
    now = await focused(page);
    expect([now.value, now.checked]).toEqual([value, true]);
  }
  await tabTo(page, (f) => f.part === 'start-trigger', 'the start button');
  await page.keyboard.press('Enter');
}

/**
 * Meets what the current step waits for, inside the step, in the order Tab reaches it: each field, then one
 * "confirm all" for the statements when there are several (else each checkbox).
 */
export async function meetStepRequirements(page: Page) {
  const pending = () =>
    guide(page).evaluate((host) => {
      const step = (host.shadowRoot ?? host).querySelector('[data-scope="migration-stepper"][data-part="content"]');
      const controls = step?.querySelectorAll<HTMLElement>(
        '[data-scope="requirements-checklist"] input, [data-part="confirm-all-trigger"]',
      );
      const next = [...(controls ?? [])].find((c) =>
        c instanceof HTMLInputElement ? (c.type === 'checkbox' ? !c.checked : c.value === '') : true,
      );
      if (!next) return null;
      const input = next instanceof HTMLInputElement ? next : null;
      return {
        id: next.id,
        part: next.getAttribute('data-part'),
        name: input?.name ?? '',
        type: input?.type ?? 'button',
      };
    });
  for (let next = await pending(); next; next = await pending()) {
    const target = next;
    const what = `requirement control ${target.name || target.part}`;
    await tabTo(page, (f) => (target.id ? f.id === target.id : f.part === target.part), what);
    if (target.type === 'button') {
      await page.keyboard.press('Enter');
      continue;
    }
    if (target.type === 'checkbox') await page.keyboard.press('Space');
    else await page.keyboard.type(VALID_FIELDS[target.name as keyof typeof VALID_FIELDS]);
    await page.keyboard.press('Tab');
  }
}

/**
 * Completes every step with Enter after meeting what it waits for. Where a step takes the number offline,
 * checks that the dialog holds focus (Tab and Shift+Tab stay inside, the page has no axe violations while it
 * is open), then accepts.
 */
export async function walkSteps(page: Page, stepCount: number, { toTheEnd = true } = {}) {
  let dialogs = 0;
  for (let i = 0; i < stepCount; i++) {
    await meetStepRequirements(page);
    await tabTo(page, (f) => f.part === 'complete-trigger', `"mark as done" of step ${i + 1}`);
    await page.keyboard.press('Enter');
    if ((await focused(page)).inDialog) {
      dialogs += 1;
      for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
        await page.keyboard.press(key);
        expect((await focused(page)).inDialog, `focus after ${key} in the dialog`).toBe(true);
      }
      expect(await axeViolations(page)).toEqual([]);
      await tabTo(page, (f) => f.part === 'confirm-accept', 'the accept button', 4);
      await page.keyboard.press('Enter');
    }
  }
  // The last step done: its completion; a walk that stops earlier is at the next step's heading.
  await expect.poll(async () => (await focused(page)).part).toBe(toTheEnd ? 'completion-heading' : 'heading');
  return { dialogs };
}

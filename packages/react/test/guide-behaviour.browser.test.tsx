import { act, render } from '@testing-library/react';
import { createMigration, type Migration, type MigrationSnapshot } from '@wamigrate/core';
import { validatePhoneNumber } from '@wamigrate/core/phone';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { type DialogKind, MigrationGuide } from '../src';
import { expectNoAxeViolations } from './axe';
import { HOUR, manualClock, meetRequirements } from './helpers';
import { isPart, tabTo } from './keyboard';

const KEY = 'wamigrate:browser-test';
afterEach(() => localStorage.removeItem(KEY));

/** Completes the steps before the first one that matches, through the engine. */
function advanceTo(migration: Migration, match: (snapshot: MigrationSnapshot) => boolean) {
  for (let guard = 0; guard < 20; guard++) {
    const snapshot = migration.getSnapshot();
    if (match(snapshot)) return;
    const current = snapshot.currentStepId;
    if (!current) throw new Error('ran out of steps');
    migration.send({ type: 'COMPLETE_STEP', stepId: current, confirmed: true });
  }
}

describe('MigrationGuide in Chromium', () => {
  it('counts down to the next code request with a controlled clock', async () => {
    const clock = manualClock();
    const migration = createMigration({ clock, validatePhoneNumber: (i) => validatePhoneNumber(i) });
    migration.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    meetRequirements(migration);
    advanceTo(migration, (s) => s.steps.find((st) => st.isCurrent)?.step.verificationCode === true);
    render(<MigrationGuide migration={migration} clock={clock} locale="en" />);

    const request = page.getByRole('button', { name: /requested a code/iu });
    for (let i = 0; i < 3; i++) await userEvent.click(request);
    await expect.element(request).toBeDisabled();
    const code = document.querySelector('[data-part="verification-code"]');
    expect(code?.textContent).toMatch(/8 hours/u);

    // Time passes: the countdown follows the clock; the engine lifts the cool-down when it ends.
    await act(async () => {
      clock.advance(2.5 * HOUR);
      await new Promise((resolve) => setTimeout(resolve, 1100));
    });
    await expect.poll(() => code?.textContent).toMatch(/5 h 30 min/u);
    await act(async () => {
      clock.advance(5.5 * HOUR + 1000);
      await new Promise((resolve) => setTimeout(resolve, 1100));
    });
    await expect.element(request).toBeEnabled();
    migration.destroy();
  });

  it('keeps progress across a reload with localStorage', async ({ signal }) => {
    const first = render(<MigrationGuide storage="local" storageKey={KEY} scenario="provider-to-bsp" locale="en" />);
    await tabTo(isPart('requirements-checklist', 'attestation-checkbox'), 'the first checkbox', signal);
    await userEvent.keyboard(' ');
    const ticked = (document.activeElement as HTMLInputElement).name;
    expect(localStorage.getItem(KEY)).toContain(ticked);
    first.unmount();

    // A new page load: a fresh engine reads what the first one stored.
    render(<MigrationGuide storage="local" storageKey={KEY} scenario="provider-to-bsp" locale="en" />);
    const restored = document.querySelector<HTMLInputElement>(`input[type="checkbox"][name="${ticked}"]`);
    expect(restored?.checked).toBe(true);
  });

  it('says so, and starts afresh, when stored progress is corrupt', async () => {
    localStorage.setItem(KEY, '{"schema":"wamigrate", broken');
    render(<MigrationGuide storage="local" storageKey={KEY} locale="ja" />);
    await expect.element(page.getByRole('button', { name: '閉じる' })).toBeVisible();
    expect(document.querySelector('[data-part="notice"]')?.textContent).toMatch(/最初から/u);
    await expectNoAxeViolations();
  });

  it('opens the right troubleshooting entry when the host reports an error code', async () => {
    const migration = createMigration({});
    migration.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    render(<MigrationGuide migration={migration} locale="en" />);
    await act(async () => migration.send({ type: 'REPORT_ERROR', code: 133016, details: 'Too many attempts' }));
    const open = document.querySelector('[data-scope="troubleshooting-panel"] [aria-expanded="true"]');
    expect(open?.textContent).toMatch(/register|registration/iu);
    expect(document.querySelector('[data-scope="troubleshooting-panel"]')?.textContent).toContain('Too many attempts');
    await expectNoAxeViolations();
  });

  it('keeps focus on an entry marked as solved, opening the folded topics it goes back to', async () => {
    const migration = createMigration({});
    migration.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    migration.send({ type: 'REPORT_ERROR', code: 133005 });
    render(<MigrationGuide migration={migration} locale="en" />);
    await userEvent.click(page.getByRole('button', { name: 'Mark as solved: error 133005' }));
    // No longer suggested, the entry is one of the other topics again, under their fold: the fold opens so
    // that focus can stay on the entry's own button (a button in a closed fold cannot take focus).
    await expect
      .poll(() => document.activeElement?.closest('[data-entry-id]')?.getAttribute('data-entry-id'), {
        timeout: 30_000,
      })
      .toBe('e133005-pin-mismatch');
    expect(document.activeElement).toHaveAttribute('data-part', 'entry-trigger');
    expect(document.activeElement?.closest('details')).toHaveProperty('open', true);
    await expectNoAxeViolations();
  });

  /** A guide at the first step that asks for confirmation, with "mark as done" focused by Tab. */
  async function atConfirmStep(dialog: DialogKind, signal: AbortSignal) {
    const migration = createMigration({});
    migration.send({ type: 'SELECT_SCENARIO', scenarioId: 'hosted-to-self-hosted' });
    meetRequirements(migration);
    advanceTo(migration, (s) => s.steps.find((st) => st.isCurrent)?.step.requiresConfirmation === true);
    render(<MigrationGuide migration={migration} locale="en" dialog={dialog} />);
    const complete = await tabTo(isPart('migration-stepper', 'complete-trigger'), '"mark as done"', signal);
    return { migration, complete };
  }
  const openDialog = () =>
    document.querySelector<HTMLElement>('[data-part="confirm-dialog"]:is([role="dialog"], :modal)');

  it.for<DialogKind>(['radix', 'native'])(
    '%s: traps focus in the confirmation dialog and gives it back',
    async (kind, { signal }) => {
      const { migration, complete } = await atConfirmStep(kind, signal);
      await userEvent.keyboard('{Enter}');
      const dialog = openDialog();
      expect(dialog).not.toBeNull();
      // The dialog asked for: Radix's is a <div role="dialog">, the native one a <dialog>.
      expect(dialog?.tagName).toBe(kind === 'native' ? 'DIALOG' : 'DIV');
      expect(dialog?.contains(document.activeElement)).toBe(true);
      for (const key of [
        '{Tab}',
        '{Tab}',
        '{Tab}',
        '{Shift>}{Tab}{/Shift}',
        '{Shift>}{Tab}{/Shift}',
        '{Shift>}{Tab}{/Shift}',
      ]) {
        await userEvent.keyboard(key);
        expect(dialog?.contains(document.activeElement)).toBe(true);
      }
      await expectNoAxeViolations();
      await userEvent.keyboard('{Escape}');
      await expect.poll(openDialog).toBeNull();
      await expect.poll(() => document.activeElement).toBe(complete);
      expect(migration.getSnapshot().steps.find((s) => s.isCurrent)?.step.requiresConfirmation).toBe(true);
    },
  );

  it.for<DialogKind>(['radix', 'native'])(
    '%s: accepting completes the step and focus follows to the next heading',
    async (kind, { signal }) => {
      const { migration } = await atConfirmStep(kind, signal);
      const confirmed = migration.getSnapshot().currentStepId;
      await userEvent.keyboard('{Enter}');
      await tabTo(isPart('migration-stepper', 'confirm-accept'), 'the accept button', signal, 4);
      await userEvent.keyboard('{Enter}');
      await expect.poll(openDialog).toBeNull();
      expect(migration.getSnapshot().steps.find((s) => s.step.id === confirmed)?.status).toBe('complete');
      await expect.poll(() => document.activeElement?.getAttribute('data-part')).toMatch(/heading/u);
    },
  );

  it('native: a click on the backdrop cancels', async ({ signal }) => {
    const { complete } = await atConfirmStep('native', signal);
    await userEvent.keyboard('{Enter}');
    expect(openDialog()).not.toBeNull();
    await userEvent.click(document.body, { position: { x: 2, y: 2 }, force: true });
    await expect.poll(openDialog).toBeNull();
    await expect.poll(() => document.activeElement).toBe(complete);
  });
});

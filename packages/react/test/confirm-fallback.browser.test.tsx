import { render } from '@testing-library/react';
import { createMigration } from '@wamigrate/core';
import { expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { MigrationGuide } from '../src';
import { meetRequirements } from './helpers';
import { isPart, tabTo } from './keyboard';

// Radix's dialog comes in a module of its own. Here the module arrives without it, as a broken or replaced
// chunk would: the step must still be confirmable, with the native dialog in its place.
vi.mock('../src/components/migration-stepper/radix-confirm-dialog', () => ({ default: undefined }));

it('a stepper on dialog="radix" whose Radix module cannot load confirms with the native dialog instead', async ({
  signal,
}) => {
  const migration = createMigration({});
  migration.send({ type: 'SELECT_SCENARIO', scenarioId: 'hosted-to-self-hosted' });
  meetRequirements(migration);
  for (let guard = 0; guard < 20; guard++) {
    const current = migration.getSnapshot().steps.find((s) => s.isCurrent);
    if (!current || current.step.requiresConfirmation) break;
    migration.send({ type: 'COMPLETE_STEP', stepId: current.step.id, confirmed: true });
  }
  const confirming = migration.getSnapshot().currentStepId;
  render(<MigrationGuide migration={migration} locale="en" dialog="radix" />);
  const complete = await tabTo(isPart('migration-stepper', 'complete-trigger'), '"mark as done"', signal);
  const modal = () => document.querySelector<HTMLDialogElement>('dialog[data-part="confirm-dialog"]:modal');

  // Cancelled: closed, focus back on "mark as done", the step still to do.
  await userEvent.keyboard('{Enter}');
  await expect.poll(modal).not.toBeNull();
  expect(modal()?.contains(document.activeElement)).toBe(true);
  await userEvent.keyboard('{Escape}');
  await expect.poll(modal).toBeNull();
  await expect.poll(() => document.activeElement).toBe(complete);
  expect(migration.getSnapshot().currentStepId).toBe(confirming);

  // Accepted: the step is done.
  await userEvent.keyboard('{Enter}');
  await expect.poll(modal).not.toBeNull();
  await tabTo(isPart('migration-stepper', 'confirm-accept'), 'the accept button', signal, 4);
  await userEvent.keyboard('{Enter}');
  await expect.poll(() => migration.getSnapshot().currentStepId).not.toBe(confirming);
  migration.destroy();
});

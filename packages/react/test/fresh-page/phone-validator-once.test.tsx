import { render } from '@testing-library/react';
import type { Migration } from '@wamigrate/core';
import { describe, expect, it } from 'vitest';
import { MigrationStepper } from '../../src/components/migration-stepper';
import { I18nProvider } from '../../src/i18n/i18n-context';
import { MigrationProvider } from '../../src/migration/migration-context';

/** Mounts a provider of its own engine and hands the engine back. */
function mountEngine() {
  let engine: Migration | null = null;
  render(
    <I18nProvider locale="en">
      <MigrationProvider
        onMigrationChange={(m) => {
          engine ??= m;
        }}
      >
        {/* A part that subscribes: the engine fetches the validator on its first subscriber. */}
        <MigrationStepper />
      </MigrationProvider>
    </I18nProvider>,
  );
  if (!engine) throw new Error('no engine was mounted');
  return engine as Migration;
}

describe('the phone validator, fetched once per page', () => {
  it('the first guide checks the shape until it arrives; a later guide has it from its first render', async () => {
    const first = mountEngine();
    expect(first.getSnapshot().phoneValidation).toBe('shape');
    await expect.poll(() => first.getSnapshot().phoneValidation, { timeout: 10_000 }).toBe('full');
    const later = mountEngine();
    // Nothing to fetch and nothing to check again: no second render for the validator's sake.
    expect(later.getInitialSnapshot().phoneValidation).toBe('full');
  });
});

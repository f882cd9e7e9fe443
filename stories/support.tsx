import {
  type Clock,
  createMigration,
  type Locale,
  type Migration,
  type MigrationOptions,
  memoryStorage,
} from '@wamigrate/core';
import { validatePhoneNumber } from '@wamigrate/core/phone';
import { I18nProvider, MigrationProvider } from '@wamigrate/react';
import type { ReactNode } from 'react';

/** Stories start at a fixed moment, so countdowns and cool-downs look the same on every run. */
export const STORY_NOW = Date.UTC(2026, 10, 24, 9, 0);
export const HOUR = 60 * 60 * 1000;

export const fixedClock = (at = STORY_NOW): Clock => ({ now: () => at });

/** Valid answers for every input a scenario asks for. */
export const VALID_FIELDS = {
  phoneNumber: '+81 90 1234 5678',
  currentBusinessManagerId: '123456789012345',
  newBusinessManagerId: '123456789012345',
  currentDisplayName: 'Sakura Dental Clinic',
  newDisplayName: 'Sakura Dental Clinic',
} as const;

/** An engine in memory, with the full phone validator as the guide has it. */
export function storyMigration(options: MigrationOptions = {}): Migration {
  return createMigration({
    storage: memoryStorage(),
    clock: fixedClock(),
    validatePhoneNumber: (input) => validatePhoneNumber(input),
    ...options,
  });
}

/** Meets every requirement of the chosen scenario the way a user would: ticks and valid answers. */
export function meetRequirements(migration: Migration) {
  for (const result of migration.getSnapshot().requirements) {
    const { check, id } = result.requirement;
    if (check.kind === 'input') {
      for (const field of check.fields) migration.send({ type: 'SET_FIELD', field, value: VALID_FIELDS[field] });
    } else {
      migration.send({ type: 'ATTEST', requirementId: id, value: true });
    }
  }
}

/** A scenario at its `stepIndex`-th step (0 = first), every step before it done. */
export function atStep(scenarioId: string, stepIndex: number, options: MigrationOptions = {}): Migration {
  const migration = storyMigration(options);
  migration.send({ type: 'SELECT_SCENARIO', scenarioId });
  meetRequirements(migration);
  for (const state of migration.getSnapshot().steps.slice(0, stepIndex)) {
    migration.send({ type: 'COMPLETE_STEP', stepId: state.step.id, confirmed: true });
  }
  return migration;
}

/** A story's component inside the two providers, in the toolbar's (or the story's) locale. */
export function WithGuide({
  migration,
  locale,
  dir,
  children,
}: {
  migration: Migration;
  locale: Locale;
  dir?: 'ltr' | 'rtl';
  children: ReactNode;
}) {
  return (
    <I18nProvider locale={locale} dir={dir}>
      <MigrationProvider migration={migration}>
        <div lang={locale} dir={dir}>
          {children}
        </div>
      </MigrationProvider>
    </I18nProvider>
  );
}

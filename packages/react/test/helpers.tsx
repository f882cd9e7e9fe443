import { render } from '@testing-library/react';
import type { Clock, Locale, Migration, MigrationOptions } from '@wamigrate/core';
import { createMigration, memoryStorage } from '@wamigrate/core';
import type { ReactNode } from 'react';
import { I18nProvider } from '../src/i18n/i18n-context';
import { MigrationProvider } from '../src/migration/migration-context';

export const HOUR = 60 * 60 * 1000;

/** A clock the test moves by hand. */
export function manualClock(start = Date.UTC(2026, 10, 24, 9, 0)): Clock & {
  advance(ms: number): void;
  set(t: number): void;
} {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    set: (t) => {
      now = t;
    },
  };
}

/** An engine the test owns, with memory storage unless told otherwise. */
export function testMigration(options: MigrationOptions = {}): Migration {
  return createMigration({ storage: memoryStorage(), ...options });
}

/** Renders `ui` inside the two providers every part needs. */
export function renderWithGuide(
  ui: ReactNode,
  { migration = testMigration(), locale = 'en' }: { migration?: Migration; locale?: Locale } = {},
) {
  const result = render(
    <I18nProvider locale={locale}>
      <MigrationProvider migration={migration}>{ui}</MigrationProvider>
    </I18nProvider>,
  );
  return { ...result, migration };
}

/** Valid answers for every input a scenario asks for. */
export const VALID_FIELDS = {
  phoneNumber: '+81 90 1234 5678',
  currentBusinessManagerId: '123456789012345',
  newBusinessManagerId: '123456789012345',
  currentDisplayName: 'Sakura Dental Clinic',
  newDisplayName: 'Sakura Dental Clinic',
} as const;

/** Meets every requirement of the chosen scenario as a user would: ticks and valid answers. */
export function meetRequirements(migration: Migration) {
  for (const { requirement } of migration.getSnapshot().requirements) {
    if (requirement.check.kind === 'input') {
      for (const field of requirement.check.fields) {
        migration.send({ type: 'SET_FIELD', field, value: VALID_FIELDS[field] });
      }
    } else {
      migration.send({ type: 'ATTEST', requirementId: requirement.id, value: true });
    }
  }
}

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

export { meetRequirements, VALID_FIELDS } from './fixtures';

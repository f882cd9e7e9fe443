import { render } from '@testing-library/react';
import type { Locale, Migration, MigrationOptions } from '@wamigrate/core';
import { createMigration, memoryStorage } from '@wamigrate/core';
import { validatePhoneNumber } from '@wamigrate/core/phone';
import type { ReactNode } from 'react';
import { I18nProvider } from '../src/i18n/i18n-context';
import { MigrationProvider } from '../src/migration/migration-context';

export { HOUR, manualClock } from '@wamigrate/core/testing';

/**
 * An engine the test owns, as a host creates one: memory storage unless told otherwise, and the full phone
 * validator (which the form and the advice then share with the engine).
 */
export function testMigration(options: MigrationOptions = {}): Migration {
  return createMigration({
    storage: memoryStorage(),
    validatePhoneNumber: (input) => validatePhoneNumber(input),
    ...options,
  });
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

export { meetRequirements, VALID_ANSWERS as VALID_FIELDS } from '@wamigrate/core/testing';

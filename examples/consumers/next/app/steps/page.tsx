import {
  I18nProvider,
  MigrationProvider,
  MigrationStepperContent,
  MigrationStepperNavigation,
  MigrationStepperProgress,
  MigrationStepperRejection,
  MigrationStepperRoot,
} from '@wamigrate/react';
import { parseErrorCode, stylesheet } from '@wamigrate/react/server';

/**
 * A server component, no 'use client': the stepper composed from its parts by their flat names (a client
 * reference has no `.Root`), the stylesheet as a string and Meta's error code read on the server.
 */
export default function StepsPage() {
  const code = parseErrorCode('(#133016) Account register deregister rate limit exceeded');
  return (
    <main>
      <style>{stylesheet}</style>
      <h1>Move your number: one step at a time</h1>
      <p id="server-read-code">{code}</p>
      <I18nProvider locale="en">
        <MigrationProvider scenario="bsp-to-provider" storage="local">
          <MigrationStepperRoot headingLevel={2}>
            <MigrationStepperProgress />
            <MigrationStepperContent />
            <MigrationStepperNavigation />
            <MigrationStepperRejection />
          </MigrationStepperRoot>
        </MigrationProvider>
      </I18nProvider>
    </main>
  );
}

/** Our side of the stepper comparison: MigrationStepper for a returning user, as a host renders it. */
import { createMigration, DEFAULT_STORAGE_KEY, memoryStorage } from '@wamigrate/core';
import { I18nProvider, MigrationProvider, MigrationStepper } from '@wamigrate/react';
import '@wamigrate/react/styles.css';
import { meetRequirements } from '@wamigrate/core/testing';
import { type BenchScenario, exposeBench } from './page-harness.ts';

const SCOPE = '[data-scope="migration-stepper"]';
const stored = new Map<string, string>();

/**
 * A returning user's stored progress: every requirement met, every step done but the last, and the first step
 * open again, so "next" has a step to go to (a fresh run would leave it disabled until the first is done).
 */
function storedProgress(scenario: BenchScenario): string {
  const storage = memoryStorage();
  const migration = createMigration({ scenario: scenario.id, storage });
  meetRequirements(migration);
  const last = scenario.steps[scenario.steps.length - 1]?.id;
  for (let guard = 0; guard < 50 && migration.getSnapshot().currentStepId !== last; guard++) {
    const current = migration.getSnapshot().currentStepId;
    if (current === null) break;
    migration.send({ type: 'COMPLETE_STEP', stepId: current, confirmed: true });
  }
  const first = scenario.steps[0]?.id;
  if (first) migration.send({ type: 'GO_TO_STEP', stepId: first });
  const snapshot = migration.getSnapshot();
  migration.destroy();
  if (snapshot.currentStepId !== first || snapshot.progress.done !== scenario.steps.length - 1) {
    throw new Error(
      `could not prepare ${scenario.id}: ${snapshot.progress.done} steps done, at ${snapshot.currentStepId}`,
    );
  }
  return storage.getItem(DEFAULT_STORAGE_KEY) as string;
}

exposeBench({
  prepare(scenario) {
    if (!stored.has(scenario.id)) stored.set(scenario.id, storedProgress(scenario));
  },
  render(scenario) {
    const storage = memoryStorage();
    storage.setItem(DEFAULT_STORAGE_KEY, stored.get(scenario.id) as string);
    return (
      <I18nProvider locale="en">
        <MigrationProvider scenario={scenario.id} storage={storage}>
          <MigrationStepper />
        </MigrationProvider>
      </I18nProvider>
    );
  },
  selectors: {
    item: `${SCOPE}[data-part="item"]`,
    heading: `${SCOPE}[data-part="heading"]`,
    next: `${SCOPE}[data-part="next-trigger"]`,
    firstControl: `${SCOPE}[data-part="trigger"]`,
  },
});

import { cleanup, render } from '@testing-library/react';
import { defineProviderProfile, type Locale, SCENARIOS, type Scenario, zendeskProfile } from '@wamigrate/core';
import { meetRequirements, walkTo } from '@wamigrate/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { MigrationGuide } from '../src';
import { testMigration } from './helpers';

const STEP = '[data-scope="migration-stepper"][data-part="content"]';

/** The guide as a business owner opens it with a path chosen, at the step `stepId`. */
function openAt(scenario: Scenario, locale: Locale, stepId?: string) {
  const provider = scenario.replaces ? defineProviderProfile({ ...zendeskProfile, paths: [scenario.id] }) : undefined;
  const migration = testMigration({ ...(provider ? { profile: provider } : {}) });
  migration.send({ type: 'SELECT_SCENARIO', scenarioId: scenario.id });
  if (stepId) {
    meetRequirements(migration);
    walkTo(migration, stepId);
  }
  render(<MigrationGuide migration={migration} locale={locale} {...(provider ? { provider } : {})} />);
  return migration;
}

/** How far down the page an element ends, in CSS pixels from the top of the document. */
const bottomOf = (element: Element | null | undefined) => {
  if (!element) throw new Error('missing element');
  return element.getBoundingClientRect().bottom + window.scrollY;
};

afterEach(() => {
  cleanup();
});

describe.each<Locale>(['en', 'ja'])('the current step comes first (%s)', (locale) => {
  describe.each([
    [1280, 800, 1],
    [320, 640, 2],
  ])('at %i×%i', (width, height, screens) => {
    // The heading comes before anything else of the step; "mark as done" after what the step waits for,
    // which on a first step of five requirements still ends below the first screen (see the note).
    it.each(SCENARIOS.map((s) => [s.id, s] as const))(
      "%s: the step's heading is on the first screens",
      async (_id, scenario) => {
        await page.viewport(width, height);
        openAt(scenario, locale);
        const step = document.querySelector(STEP);
        expect(bottomOf(step?.querySelector('[data-part="heading"]')), 'heading').toBeLessThanOrEqual(height * screens);
      },
    );
  });
});

describe('every control a step waits for is inside that step', () => {
  it.each(SCENARIOS.flatMap((s) => s.steps.map((step) => [s.id, step.id, s] as const)))(
    '%s / %s',
    async (_id, stepId, scenario) => {
      openAt(scenario, 'en', stepId);
      const step = document.querySelector(STEP);
      expect(step?.getAttribute('aria-labelledby')).toContain(stepId);
      const record = scenario.steps.find((s) => s.id === stepId);
      for (const requirementId of record?.requirements ?? []) {
        const item = step?.querySelector(`[data-scope="requirements-checklist"][data-requirement="${requirementId}"]`);
        expect(item, `${requirementId} is inside ${stepId}`).not.toBeNull();
        expect(item?.querySelector('input'), `${requirementId} has its control`).not.toBeNull();
      }
    },
  );
});

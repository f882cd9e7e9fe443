import { cleanup, render } from '@testing-library/react';
import { defineProviderProfile, type Locale, SCENARIOS, type Scenario, zendeskProfile } from '@wamigrate/core';
import { meetRequirements, walkTo } from '@wamigrate/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
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
    it.each(SCENARIOS.map((s) => [s.id, s] as const))(
      "%s: the step's heading and its primary action are on the first screens",
      async (_id, scenario) => {
        await page.viewport(width, height);
        openAt(scenario, locale);
        const step = document.querySelector(STEP);
        expect(bottomOf(step?.querySelector('[data-part="heading"]')), 'heading').toBeLessThanOrEqual(height * screens);
        expect(bottomOf(step?.querySelector('[data-part="complete-trigger"]')), 'mark as done').toBeLessThanOrEqual(
          height * screens,
        );
      },
    );
  });
});

describe("the step's buttons, kept in view, never cover what has focus", () => {
  it.each<Locale>(['en', 'ja'])(
    '%s at 320×640: each control of the first step, reached by Tab, is clear of them',
    async (locale) => {
      await page.viewport(320, 640);
      const scenario = SCENARIOS.find((s) => s.id === 'waba-reshare') as Scenario;
      openAt(scenario, locale);
      const step = document.querySelector(STEP) as HTMLElement;
      const bar = step.querySelector('[data-part="actions"]') as HTMLElement;
      step.querySelector<HTMLElement>('[data-part="heading"]')?.focus();
      let checked = 0;
      for (let i = 0; i < 40; i++) {
        await userEvent.keyboard('{Tab}');
        const active = document.activeElement as HTMLElement;
        if (!step.contains(active) || bar.contains(active)) break;
        const control = active.getBoundingClientRect();
        expect(control.top, `${active.outerHTML.slice(0, 80)} is below the top`).toBeGreaterThanOrEqual(0);
        expect(control.bottom, `${active.outerHTML.slice(0, 80)} is above the buttons`).toBeLessThanOrEqual(
          bar.getBoundingClientRect().top,
        );
        checked++;
      }
      // The phone field, its button, "confirm all" and each statement: more than one screen of controls.
      expect(checked).toBeGreaterThan(5);
      expect(bar.getBoundingClientRect().bottom).toBeLessThanOrEqual(640);
    },
  );
});

describe('every control a step waits for is inside that step', () => {
  it.each(SCENARIOS.flatMap((s) => s.steps.map((step) => [s.id, step.id, s] as const)))(
    '%s / %s',
    async (_id, stepId, scenario) => {
      openAt(scenario, 'en', stepId);
      const step = document.querySelector(STEP);
      expect(step?.getAttribute('aria-labelledby')).toContain(stepId);
      const record = scenario.steps.find((s) => s.id === stepId);
      const requirements = record?.requirements ?? [];
      // Everything is met, so the checklist is folded into one line, its body rendered once it is opened.
      const fold = step?.querySelector<HTMLDetailsElement>('[data-scope="requirements-checklist"][data-part="fold"]');
      expect(fold === null, `${stepId} folds its checklist`).toBe(requirements.length === 0);
      if (fold) {
        expect(fold.open).toBe(false);
        expect(fold.querySelector('[data-requirement]'), 'nothing rendered while folded').toBeNull();
        // By keyboard: the step's layout may still settle under a pointer aimed a moment before.
        (fold.querySelector('summary') as HTMLElement).focus();
        await userEvent.keyboard('{Enter}');
      }
      for (const requirementId of requirements) {
        const find = () =>
          step?.querySelector(`[data-scope="requirements-checklist"][data-requirement="${requirementId}"]`) ?? null;
        await expect.poll(find, { message: `${requirementId} is inside ${stepId}`, timeout: 30_000 }).not.toBeNull();
        const item = find();
        expect(item?.querySelector('input'), `${requirementId} has its control`).not.toBeNull();
      }
    },
  );
});

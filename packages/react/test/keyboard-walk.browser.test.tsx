import { render } from '@testing-library/react';
import { defineProviderProfile, type Locale, SCENARIOS, type Scenario, zendeskProfile } from '@wamigrate/core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { MigrationGuide } from '../src';
import { expectNoAxeViolations } from './axe';
import { VALID_FIELDS } from './helpers';
import { isPart, tabTo } from './keyboard';

const CHECKLIST = 'requirements-checklist';
const STEPPER = 'migration-stepper';

/**
 * Picks a scenario in the picker with Tab, Space and the arrow keys only: where the number is, where it
 * goes (shown, not asked, when there is one destination) and the path's own third question when it has one.
 */
async function pickScenario(scenario: Scenario) {
  for (const [question, value] of [
    ['from', scenario.from],
    ['to', scenario.to],
    ['scenario', scenario.id],
  ] as const) {
    const group = document.querySelector(`[data-part="question"][data-question="${question}"]`);
    if (!group && question === 'scenario') continue;
    if (!group) throw new Error(`no ${question} question`);
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    if (group.getAttribute('data-fixed') !== null) {
      expect(radios, `the ${question} question has one answer and asks nothing`).toHaveLength(0);
      continue;
    }
    if (radios.some((r) => r.checked && r.value === value)) continue;
    await tabTo((el) => group.contains(el) && el instanceof HTMLInputElement, `the ${question} question`);
    if (!(document.activeElement as HTMLInputElement).checked) await userEvent.keyboard(' ');
    for (let i = 0; i < radios.length && !radios.some((r) => r.checked && r.value === value); i++) {
      await userEvent.keyboard('{ArrowDown}');
    }
    expect(radios.find((r) => r.checked)?.value).toBe(value);
  }
  await tabTo(isPart('scenario-picker', 'start-trigger'), 'the start button');
  await userEvent.keyboard('{Enter}');
}

/** Ticks every checkbox and fills every field of the checklist, reaching each by Tab. */
async function meetRequirements() {
  const pending = () =>
    [...document.querySelectorAll<HTMLInputElement>(`[data-scope="${CHECKLIST}"] input`)].find((input) =>
      input.type === 'checkbox' ? !input.checked : input.value === '',
    );
  for (let next = pending(); next; next = pending()) {
    const target = next;
    await tabTo((el) => el === target, `requirement input ${target.name || target.id}`);
    if (target.type === 'checkbox') await userEvent.keyboard(' ');
    else await userEvent.keyboard(VALID_FIELDS[target.name as keyof typeof VALID_FIELDS]);
    await userEvent.keyboard('{Tab}');
  }
}

/** Completes every step with Enter, confirming in the dialog where a step takes the number offline. */
async function walkSteps(stepCount: number) {
  for (let i = 0; i < stepCount; i++) {
    const complete = await tabTo(isPart(STEPPER, 'complete-trigger'), `"mark as done" of step ${i + 1}`);
    await userEvent.keyboard('{Enter}');
    const accept = document.querySelector('[data-part="confirm-accept"]');
    if (accept) {
      // The dialog holds focus: Tab stays inside until the user answers.
      await tabTo((el) => el === accept, 'the dialog accept button', 10);
      await userEvent.keyboard('{Enter}');
    }
    expect(complete.isConnected ? complete.getAttribute('data-state') : 'replaced').not.toBe('current');
  }
}

describe.each<Locale>(['en', 'ja'])('keyboard-only walk (%s)', (locale) => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s, from the picker to done', async (_id, scenario) => {
    // A path that stands in for another is offered by a profile that names it.
    const provider = scenario.replaces ? defineProviderProfile({ ...zendeskProfile, paths: [scenario.id] }) : undefined;
    render(<MigrationGuide locale={locale} {...(provider ? { provider } : {})} />);
    await expectNoAxeViolations();
    await pickScenario(scenario);
    await expect.poll(() => document.querySelector(`[data-scope="${CHECKLIST}"]`)).not.toBeNull();
    await meetRequirements();
    await expect
      .poll(() => document.querySelector(`[data-scope="${CHECKLIST}"][data-part="root"]`)?.getAttribute('data-state'))
      .toBe('complete');
    await expectNoAxeViolations();
    await walkSteps(scenario.steps.length);
    const done = document.querySelector(`[data-scope="${STEPPER}"][data-part="completion-heading"]`);
    expect(done).not.toBeNull();
    expect(document.activeElement).toBe(done);
    expect(document.documentElement.lang === locale || done?.closest(`[lang="${locale}"]`)).toBeTruthy();
    await expectNoAxeViolations();
  });
});

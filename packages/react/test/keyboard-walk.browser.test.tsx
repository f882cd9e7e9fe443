import { render } from '@testing-library/react';
import { defineProviderProfile, type Locale, SCENARIOS, type Scenario, zendeskProfile } from '@wamigrate/core';
import { describe, expect, it, vi } from 'vitest';
import { MigrationGuide } from '../src';
import { expectNoAxeViolations } from './axe';
import { VALID_FIELDS } from './helpers';
import { isPart, keyCount, press, resetKeyCount, tabTo } from './keyboard';

const CHECKLIST = 'requirements-checklist';

/**
 * Keys (Tab, Enter, Space, arrows; typed values apart) to finish each seed path from the picker, measured
 * with this walk: before the step-centric layout 45, 44 and 51; with it 26, 26 and 33. Asking the current
 * BSP then gained two stops a keyboard user passes: the link to where a WABA's owner turns two-step
 * verification off, and the request to send, folded under one summary.
 */
const KEY_BUDGET: Readonly<Record<string, number>> = {
  'bsp-to-provider': 28,
  'provider-to-bsp': 26,
  'hosted-to-self-hosted': 33,
};
const STEPPER = 'migration-stepper';

/**
 * Picks a scenario in the picker with Tab, Space and the arrow keys only: where the number is, where it
 * goes (shown, not asked, when there is one destination) and the path's own third question when it has one.
 */
async function pickScenario(scenario: Scenario, signal: AbortSignal) {
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
    await tabTo((el) => group.contains(el) && el instanceof HTMLInputElement, `the ${question} question`, signal);
    if (!(document.activeElement as HTMLInputElement).checked) await press(' ', signal);
    for (let i = 0; i < radios.length && !radios.some((r) => r.checked && r.value === value); i++) {
      await press('{ArrowDown}', signal);
    }
    expect(radios.find((r) => r.checked)?.value).toBe(value);
  }
  await tabTo(isPart('scenario-picker', 'start-trigger'), 'the start button', signal);
  await press('{Enter}', signal);
}

/**
 * Meets what the current step waits for, inside the step, in the order Tab reaches it: each field, then one
 * "confirm all" for the statements when there are several (else each checkbox).
 */
async function meetStepRequirements(signal: AbortSignal) {
  const step = () => document.querySelector(`[data-scope="${STEPPER}"][data-part="content"]`);
  const pending = () =>
    [
      ...(step()?.querySelectorAll<HTMLElement>(
        `[data-scope="${CHECKLIST}"] input, [data-part="confirm-all-trigger"]`,
      ) ?? []),
    ].find((el) => (el instanceof HTMLInputElement ? (el.type === 'checkbox' ? !el.checked : el.value === '') : true));
  for (let next = pending(); next; next = pending()) {
    const target = next;
    await tabTo(
      (el) => el === target,
      `requirement control ${target.getAttribute('name') || target.dataset.part}`,
      signal,
    );
    if (!(target instanceof HTMLInputElement)) {
      await press('{Enter}', signal);
      // Focus moves on to what is still to answer, else to "mark as done": never to the page.
      const active = document.activeElement;
      expect(step()?.contains(active), 'focus stays in the step after "confirm all"').toBe(true);
      expect(active?.matches('input, [data-part="complete-trigger"]'), 'focus is on what comes next').toBe(true);
      continue;
    }
    if (target.type === 'checkbox') await press(' ', signal);
    else await press(VALID_FIELDS[target.name as keyof typeof VALID_FIELDS], signal);
    await press('{Tab}', signal);
  }
}

/**
 * Completes every step with Enter after meeting what it waits for, confirming in the dialog where a step
 * takes the number offline; axe runs on the first step with its checklist met.
 */
async function walkSteps(stepCount: number, signal: AbortSignal) {
  for (let i = 0; i < stepCount; i++) {
    await meetStepRequirements(signal);
    if (i === 0) await expectNoAxeViolations();
    const complete = await tabTo(isPart(STEPPER, 'complete-trigger'), `"mark as done" of step ${i + 1}`, signal);
    await press('{Enter}', signal);
    // Either the step is done, or it asks to confirm first (the dialog may take a moment the first time).
    const accept = await vi.waitFor(() => {
      const found = document.querySelector('[data-part="confirm-accept"]');
      if (!found && complete.isConnected && complete.getAttribute('data-state') === 'current')
        throw new Error('neither done nor asking to confirm yet');
      return found;
    });
    if (accept) {
      // The dialog holds focus: Tab stays inside until the user answers.
      await tabTo((el) => el === accept, 'the dialog accept button', signal, 10);
      await press('{Enter}', signal);
    }
    expect(complete.isConnected ? complete.getAttribute('data-state') : 'replaced').not.toBe('current');
  }
}

describe('the keyboard of a test that has ended', () => {
  it('presses nothing more: a walk cut short by a timeout cannot type into the next test', async () => {
    resetKeyCount();
    const ended = new AbortController();
    ended.abort(new Error('the test timed out'));
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    await expect(press('typed after the end', ended.signal)).rejects.toThrow('the test timed out');
    await expect(tabTo(() => false, 'nothing', ended.signal)).rejects.toThrow('the test timed out');
    expect(field.value).toBe('');
    expect(keyCount()).toEqual({ keys: 0, typed: 0 });
    field.remove();
  });
});

describe.each<Locale>(['en', 'ja'])('keyboard-only walk (%s)', (locale) => {
  it.for(SCENARIOS.map((s) => [s.id, s] as const))('%s, from the picker to done', async ([, scenario], { signal }) => {
    // A path that stands in for another is offered by a profile that names it.
    const provider = scenario.replaces ? defineProviderProfile({ ...zendeskProfile, paths: [scenario.id] }) : undefined;
    render(<MigrationGuide locale={locale} {...(provider ? { provider } : {})} />);
    resetKeyCount();
    await expectNoAxeViolations();
    await pickScenario(scenario, signal);
    await expect.poll(() => document.querySelector(`[data-scope="${STEPPER}"][data-part="content"]`)).not.toBeNull();
    await walkSteps(scenario.steps.length, signal);
    const done = document.querySelector(`[data-scope="${STEPPER}"][data-part="completion-heading"]`);
    expect(done).not.toBeNull();
    expect(document.activeElement).toBe(done);
    expect(document.documentElement.lang === locale || done?.closest(`[lang="${locale}"]`)).toBeTruthy();
    // What a keyboard user pays to move and act, typing apart; a layout that adds a Tab stop fails here.
    const { keys } = keyCount();
    expect(keys, `keys to finish ${scenario.id}`).toBeLessThanOrEqual(
      KEY_BUDGET[scenario.id] ?? Number.POSITIVE_INFINITY,
    );
    await expectNoAxeViolations();
  });
});

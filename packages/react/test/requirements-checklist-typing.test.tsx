import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMigration, type Migration, memoryStorage, type RequirementResult } from '@wamigrate/core';
import { Profiler } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MigrationStepper } from '../src/components/migration-stepper';
import { RequirementsChecklist } from '../src/components/requirements-checklist';
import { I18nProvider } from '../src/i18n/i18n-context';
import { MigrationProvider } from '../src/migration/migration-context';
import { renderWithGuide, testMigration } from './helpers';

/**
 * Every text the core's libphonenumber-based validator is asked about, however it is reached: directly,
 * or through `phoneNumberSchema` (which calls it from inside the module, so it is rebuilt on the counted one).
 */
const validated = vi.hoisted(() => [] as string[]);
vi.mock('@wamigrate/core/phone', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@wamigrate/core/phone')>();
  const { schemaFromValidator } = await import('@wamigrate/core/schemas');
  const validatePhoneNumber: typeof actual.validatePhoneNumber = (input, options) => {
    validated.push(input);
    return actual.validatePhoneNumber(input, options);
  };
  const phoneNumberSchema = (options?: Parameters<typeof actual.phoneNumberSchema>[0]) =>
    schemaFromValidator((input) => validatePhoneNumber(input, options));
  return { ...actual, validatePhoneNumber, phoneNumberSchema };
});

const NUMBER = '+81 90 1234 5678';
const prefixes = (text: string) => [...text].map((_, i) => text.slice(0, i + 1));
/** The standalone checklist's field (a stepper beside it shows the same requirement inside its first step). */
const phoneField = () => screen.getAllByRole('textbox', { name: 'WhatsApp phone number' }).at(-1) as HTMLElement;
const phoneResult = (migration: Migration): RequirementResult | undefined =>
  migration.getSnapshot().requirements.find((r) => r.requirement.id === 'phone-number');

describe('typing in the checklist’s phone field', () => {
  it('validates each text once in all: the engine, the form and the advice share one validation', async () => {
    const user = userEvent.setup({ delay: null });
    // Uncontrolled: the provider's engine validates with the provider's `validatePhone`, as hosts use it.
    let engine: Migration | null = null;
    render(
      <I18nProvider locale="en">
        <MigrationProvider
          scenario="bsp-to-provider"
          onMigrationChange={(m) => {
            engine = m;
          }}
        >
          <RequirementsChecklist />
        </MigrationProvider>
      </I18nProvider>,
    );
    // The provider fetches the full validator after mounting.
    await vi.waitFor(() => expect(engine?.getSnapshot().phoneValidation).toBe('full'), { timeout: 10_000 });
    validated.length = 0;
    const phone = phoneField();
    // Left once with a problem, so from then on the form validates at every keystroke too.
    await user.type(phone, '12ab');
    await user.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Enter the phone number using only digits, spaces, hyphens, brackets and a leading +.',
    );
    await user.clear(phone);
    await user.type(phone, NUMBER);
    // The advice is shown, so it read the validator's answer for the final text as well.
    expect(document.querySelector('[data-part="phone-advice"]')).toHaveAttribute('data-method', 'sms-or-voice');
    expect(screen.queryByRole('alert')).toBeNull();
    // Each text typed, once and in order: a second validation anywhere (form, advice) would repeat one.
    expect(validated).toEqual([...prefixes('12ab'), ...prefixes(NUMBER)]);
  });

  it('asks again, when the full validator arrives, about a number only the shape check has seen', async () => {
    const user = userEvent.setup({ delay: null });
    const { migration, arrive } = await withLateValidator();
    renderWithGuide(<RequirementsChecklist />, { migration });
    // Well formed, so the shape check takes it; too short for a Japanese number.
    await user.type(phoneField(), '+81 12 345');
    await user.tab();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(phoneResult(migration)?.status).toBe('met');
    arrive();
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(/too short/i);
    expect(phoneResult(migration)?.status).toBe('failed');
    // What the user typed stays.
    expect(phoneField()).toHaveValue('+81 12 345');
  });

  it('gives the delivery advice once the full validator arrives (the shape check has none)', async () => {
    const user = userEvent.setup({ delay: null });
    const { migration, arrive } = await withLateValidator();
    renderWithGuide(<RequirementsChecklist />, { migration });
    await user.type(phoneField(), NUMBER);
    await user.tab();
    expect(document.querySelector('[data-part="phone-advice"]')).toBeNull();
    arrive();
    await vi.waitFor(
      () => expect(document.querySelector('[data-part="phone-advice"]')).toHaveAttribute('data-method', 'sms-or-voice'),
      { timeout: 10_000 },
    );
  });

  it('does not re-render checklist parts that do not show the phone field while its requirement stays the same', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = testMigration({ scenario: 'bsp-to-provider' });
    let renders = 0;
    renderWithGuide(
      <>
        <RequirementsChecklist />
        <Profiler id="other-item" onRender={() => void renders++}>
          <RequirementsChecklist.Root>
            <RequirementsChecklist.List>
              <RequirementsChecklist.Item requirementId="not-banned" />
            </RequirementsChecklist.List>
          </RequirementsChecklist.Root>
        </Profiler>
      </>,
      { migration },
    );
    expect(await typeWatching(user, migration, () => renders)).toBeGreaterThan(5);
  });

  it('does not re-render a MigrationStepper beside the checklist while the phone requirement stays the same (needs the stepper off useMigration)', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = testMigration({ scenario: 'bsp-to-provider' });
    let renders = 0;
    renderWithGuide(
      <>
        <Profiler id="stepper" onRender={() => void renders++}>
          <MigrationStepper />
        </Profiler>
        <RequirementsChecklist />
      </>,
      { migration },
    );
    expect(renders).toBeGreaterThan(0);
    expect(await typeWatching(user, migration, () => renders)).toBeGreaterThan(5);
  });
});

/** An engine as the provider makes one: the full validator arrives when the test says, not at once. */
async function withLateValidator() {
  const { validatePhoneNumber } = await import('@wamigrate/core/phone');
  let arrive: () => void = () => undefined;
  const migration = createMigration({
    scenario: 'bsp-to-provider',
    storage: memoryStorage(),
    loadPhoneValidator: () =>
      new Promise((resolve) => {
        arrive = () => resolve((input) => validatePhoneNumber(input));
      }),
  });
  return { migration, arrive: () => arrive() };
}

/**
 * Types the number key by key; after each key that left the phone requirement's result as it was (the
 * engine shares an unchanged result), asserts `renders` did not move. Returns how many keys were such.
 */
async function typeWatching(user: ReturnType<typeof userEvent.setup>, migration: Migration, renders: () => number) {
  const phone = phoneField();
  await user.click(phone);
  let quiet = 0;
  for (const key of `${NUMBER}   `) {
    const before = { result: phoneResult(migration), renders: renders() };
    await user.keyboard(key);
    if (phoneResult(migration) !== before.result) continue;
    quiet += 1;
    expect({ key, renders: renders() }).toEqual({ key, renders: before.renders });
  }
  expect(migration.getSnapshot().fields.phoneNumber).toBe(`${NUMBER}   `);
  return quiet;
}

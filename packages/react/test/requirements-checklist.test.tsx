import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { asyncStorage, memoryStorage, REQUIREMENTS } from '@wamigrate/core';
import { FIELD_CHECKS } from '@wamigrate/core/connect';
import { describe, expect, it, vi } from 'vitest';
import { createIssueResolver, RequirementsChecklist } from '../src/components/requirements-checklist';
import { expectNoAxeViolations } from './axe';
import { meetRequirements, renderWithGuide, testMigration, VALID_FIELDS } from './helpers';

function chosen(options: Parameters<typeof testMigration>[0] = {}) {
  const migration = testMigration(options);
  migration.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
  return migration;
}

const statusOf = (id: string) => migration_(id);
let migration_: (id: string) => string | undefined = () => undefined;
function track(migration: ReturnType<typeof testMigration>) {
  migration_ = (id) => migration.getSnapshot().requirements.find((r) => r.requirement.id === id)?.status;
  return migration;
}

const itemOf = (requirementId: string) => {
  const item = document.querySelector(`[data-part="item"][data-requirement="${requirementId}"]`);
  if (!(item instanceof HTMLElement)) throw new Error(`no item ${requirementId}`);
  return item;
};

/** The element an input's aria-describedby names, for checking the message is beside that field. */
const describedText = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('RequirementsChecklist', () => {
  it('shows only a short hint while no scenario is chosen', () => {
    const { container } = renderWithGuide(<RequirementsChecklist />);
    expect(screen.getByText('Choose your kind of move first. What it needs is listed here.')).toBeTruthy();
    expect(container.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'empty');
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('groups the requirements under headings and gives each a status in words', () => {
    renderWithGuide(<RequirementsChecklist headingLevel={3} />, { migration: chosen() });
    expect(screen.getByRole('heading', { level: 3, name: 'What you need for this move' })).toBeTruthy();
    const groups = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(groups).toEqual(['The phone number', 'Your access', "Meta's conditions for moving a number"]);
    const access = screen.getByRole('region', { name: 'Your access' });
    expect(within(access).getByText('You are an admin in Zendesk')).toBeTruthy();
    expect(within(itemOf('not-banned')).getByText('Not met yet')).toHaveAttribute('data-state', 'unmet');
  });

  it('attests with Space on a native checkbox and announces how many are left', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = track(chosen());
    renderWithGuide(<RequirementsChecklist />, { migration });
    const left = screen.getByRole('status', { name: '' });
    expect(left).toHaveAttribute('aria-live', 'polite');
    expect(left).toHaveTextContent('13 requirements left');

    const box = screen.getByRole('checkbox', { name: 'This is a real business number, not a WhatsApp test number.' });
    box.focus();
    await user.keyboard(' ');
    expect(box).toBeChecked();
    expect(statusOf('not-test-number')).toBe('met');
    expect(left).toHaveTextContent('12 requirements left');
    expect(itemOf('not-test-number')).toHaveAttribute('data-state', 'met');
    expect(within(itemOf('not-test-number')).getByText('Met')).toBeTruthy();

    await user.keyboard(' ');
    expect(statusOf('not-test-number')).toBe('unmet');
    expect(left).toHaveTextContent('13 requirements left');
  });

  it('reports an invalid Business Manager ID beside the field on blur, and keeps what was typed', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = chosen();
    renderWithGuide(<RequirementsChecklist />, { migration });
    const input = screen.getByLabelText('Meta Business Manager ID you use now');
    await user.type(input, '12ab');
    // Not while typing the first time.
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(migration.getSnapshot().fields.currentBusinessManagerId).toBe('12ab');

    await user.tab();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A Meta Business Manager ID contains only digits. Check what you copied.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.getAttribute('aria-describedby')).toBe(alert.id);
    expect(input).toHaveValue('12ab');
    expect(input.closest('[data-part="field"]')).toHaveAttribute('data-invalid', '');

    // Corrected, the message goes as the user types.
    await user.clear(input);
    await user.type(input, '123456789012345');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('says the display names differ beside the new field, in a fieldset named for the pair', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = track(chosen());
    renderWithGuide(<RequirementsChecklist />, { migration });
    const pair = screen.getByRole('group', { name: 'Display name, now and in the new setup' });
    const current = within(pair).getByLabelText('Display name you use now');
    const next = within(pair).getByLabelText('Display name in the new setup');
    await user.type(current, 'Sakura Dental');
    await user.type(next, 'Sakura Dental Clinic');
    await user.tab();
    expect(describedText(next)).toContain('The display names differ.');
    expect(next).toHaveAttribute('aria-invalid', 'true');
    expect(current).not.toHaveAttribute('aria-invalid');
    expect(statusOf('same-display-name')).toBe('failed');

    // Correcting the other side clears the message (NFC and trimming: the spaces do not count).
    await user.clear(current);
    await user.type(current, '  Sakura Dental Clinic ');
    await user.tab();
    expect(next).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(statusOf('same-display-name')).toBe('met');
  });

  it('meets the phone requirement with a valid number and names the precise problem of a malformed one', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = track(chosen());
    renderWithGuide(<RequirementsChecklist />, { migration });
    const phone = screen.getByRole('textbox', { name: 'WhatsApp phone number' });
    expect(phone).toHaveAttribute('type', 'tel');
    expect(phone).toHaveAttribute('autocomplete', 'tel');
    expect(phone).toHaveAttribute('inputmode', 'tel');
    expect(phone).toHaveAttribute('name', 'phoneNumber');

    await user.type(phone, '+81 90-1234-5678');
    await user.tab();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(statusOf('phone-number')).toBe('met');
    expect(within(itemOf('phone-number')).getByText('Met')).toBeTruthy();

    await user.clear(phone);
    await user.type(phone, '12ab');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Enter the phone number using only digits, spaces, hyphens, brackets and a leading +.',
    );
    expect(phone).toHaveValue('12ab');
    expect(statusOf('phone-number')).toBe('failed');
  });

  it('accepts a pasted value', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = track(chosen());
    renderWithGuide(<RequirementsChecklist />, { migration });
    const id = screen.getByLabelText('Meta Business Manager ID in the new setup');
    await user.click(id);
    await user.paste('１２３ 456 789');
    expect(id).toHaveValue('１２３ 456 789');
    expect(migration.getSnapshot().fields.newBusinessManagerId).toBe('１２３ 456 789');

    await user.click(screen.getByRole('textbox', { name: 'WhatsApp phone number' }));
    await user.paste(VALID_FIELDS.phoneNumber);
    expect(statusOf('phone-number')).toBe('met');
  });

  it('checks every field of a form on submit and moves focus to the first problem', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithGuide(<RequirementsChecklist />, { migration: chosen() });
    const pair = screen.getByRole('group', { name: 'Meta Business Manager ID, now and in the new setup' });
    const form = pair.closest('form');
    if (!form) throw new Error('no form');
    await user.click(within(form).getByRole('button', { name: 'Check my answers' }));
    const current = screen.getByLabelText('Meta Business Manager ID you use now');
    // The form validates asynchronously (react-hook-form with zod): wait for its answer, however slow.
    await vi.waitFor(() => expect(describedText(current)).toBe('Enter the Meta Business Manager ID. '), {
      timeout: 30_000,
    });
    expect(current).toHaveFocus();
    expect(within(form).getAllByRole('alert')).toHaveLength(2);
  });

  it('shows a hostile display name as text only', async () => {
    const user = userEvent.setup({ delay: null });
    const { container } = renderWithGuide(<RequirementsChecklist />, { migration: chosen() });
    const hostile = '<img src=x onerror=alert(1)>';
    const input = screen.getByLabelText('Display name you use now');
    await user.type(input, hostile.replace(/[{[]/gu, '$&$&'));
    await user.tab();
    expect(input).toHaveValue(hostile);
    expect(container.querySelector('img')).toBeNull();
  });

  it('says a phone number checked earlier is not stored here, and lets the user enter it again', async () => {
    const storage = memoryStorage();
    const first = chosen({ storage });
    first.send({ type: 'SET_FIELD', field: 'phoneNumber', value: VALID_FIELDS.phoneNumber });
    first.destroy();
    const migration = track(testMigration({ storage }));
    expect(migration.getSnapshot().phoneNumberRemembered).toBe(true);
    renderWithGuide(<RequirementsChecklist />, { migration });

    const phone = screen.getByRole('textbox', { name: 'WhatsApp phone number' });
    expect(phone).toHaveValue('');
    expect(describedText(phone)).toContain('Checked earlier, not stored on this device.');
    expect(statusOf('phone-number')).toBe('met');

    await userEvent.setup({ delay: null }).type(phone, '+81 90 1234 5679');
    expect(migration.getSnapshot().fields.phoneNumber).toBe('+81 90 1234 5679');
    expect(screen.queryByText(/Checked earlier/u)).toBeNull();
  });

  it('keeps the typed text and says why when a finished step relies on the answer', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = track(chosen());
    meetRequirements(migration);
    for (const stepId of ['check-requirements', 'current-bsp-disables-two-step', 'add-whatsapp-channel']) {
      migration.send({ type: 'COMPLETE_STEP', stepId });
    }
    expect(migration.getSnapshot().progress.done).toBe(3);
    renderWithGuide(<RequirementsChecklist />, { migration });

    const next = screen.getByLabelText('Display name in the new setup');
    expect(next).toHaveValue(VALID_FIELDS.newDisplayName);
    await user.type(next, ' Ltd');
    expect(next).toHaveValue('Sakura Dental Clinic Ltd');
    // The engine took the trailing space (the names still match after trimming) and refused the rest.
    expect(migration.getSnapshot().fields.newDisplayName).toBe(`${VALID_FIELDS.newDisplayName} `);
    const locked = 'A finished step relies on this answer. Reopen that step to change it.';
    expect(describedText(next)).toContain(locked);
    expect(next.closest('[data-part="field"]')).toHaveAttribute('data-locked', '');

    // The checkbox of a requirement a finished step relies on stays ticked, with the reason beside it.
    const box = screen.getByRole('checkbox', { name: /not a WhatsApp test number/u });
    await user.click(box);
    expect(box).toBeChecked();
    expect(statusOf('not-test-number')).toBe('met');
    expect(describedText(box)).toBe(locked);
  });

  it('shows a host check as text with a way to ask again, and falls back to a checkbox without one', async () => {
    const user = userEvent.setup({ delay: null });
    let admin = false;
    const migration = track(chosen({ hostChecks: { 'provider-admin': () => admin } }));
    renderWithGuide(<RequirementsChecklist />, { migration });
    const item = itemOf('provider-admin');
    expect(await within(item).findByText('Not met yet')).toHaveAttribute('role', 'status');
    expect(item).toHaveAttribute('data-via', 'host');
    expect(within(item).queryByRole('checkbox')).toBeNull();

    admin = true;
    await user.click(within(item).getByRole('button', { name: 'Check again' }));
    expect(await within(item).findByText('Met')).toBeTruthy();
    expect(statusOf('provider-admin')).toBe('met');

    const fallback = itemOf('meta-business-admin');
    expect(fallback).toHaveAttribute('data-via', 'attestation');
    expect(
      within(fallback).getByRole('checkbox', { name: 'I have admin rights in our Meta Business Manager.' }),
    ).toBeTruthy();
  });

  it('speaks Japanese', () => {
    renderWithGuide(<RequirementsChecklist />, { migration: chosen(), locale: 'ja' });
    expect(screen.getByRole('heading', { name: 'この移転に必要な条件' })).toBeTruthy();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('残りの要件：13件');
    expect(screen.getByLabelText('移転先の表示名')).toBeTruthy();
    expect(screen.getByRole('group', { name: '現在と移転先のMetaビジネスマネージャID' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: '入力内容を確認' }).length).toBeGreaterThan(0);
  });

  it('can be rebuilt from parts, each stamped for styling, with the host’s props winning', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = track(chosen());
    renderWithGuide(
      <RequirementsChecklist.Root asChild className="host">
        <article>
          <RequirementsChecklist.Progress asChild>
            <p />
          </RequirementsChecklist.Progress>
          <RequirementsChecklist.List asChild>
            <ol>
              <RequirementsChecklist.Item requirementId="not-banned" asChild>
                <li className="mine">
                  <RequirementsChecklist.ItemTitle />
                  <RequirementsChecklist.ItemStatus asChild>
                    <strong />
                  </RequirementsChecklist.ItemStatus>
                  <RequirementsChecklist.Attestation>
                    <RequirementsChecklist.AttestationCheckbox aria-label="Host wording" />
                  </RequirementsChecklist.Attestation>
                </li>
              </RequirementsChecklist.Item>
            </ol>
          </RequirementsChecklist.List>
        </article>
      </RequirementsChecklist.Root>,
      { migration },
    );
    const root = document.querySelector('article');
    expect(root).toHaveAttribute('data-scope', 'requirements-checklist');
    expect(root).toHaveAttribute('data-part', 'root');
    expect(root).toHaveAttribute('data-state', 'open');
    expect(root).toHaveClass('host');
    expect(document.querySelector('ol')).toHaveAttribute('data-part', 'list');
    const item = document.querySelector('li.mine');
    expect(item).toHaveAttribute('data-part', 'item');
    expect(item).toHaveAttribute('data-state', 'unmet');
    const status = document.querySelector('strong');
    expect(status).toHaveAttribute('data-part', 'item-status');
    expect(status).toHaveTextContent('Not met yet');

    await user.click(screen.getByRole('checkbox', { name: 'Host wording' }));
    expect(statusOf('not-banned')).toBe('met');
    expect(item).toHaveAttribute('data-state', 'met');
    expect(document.querySelector('[data-part="attestation"]')).toHaveAttribute('data-state', 'checked');
  });

  it('advises how the code can reach a valid number', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithGuide(<RequirementsChecklist />, { migration: chosen() });
    const phone = screen.getByRole('textbox', { name: 'WhatsApp phone number' });
    await user.type(phone, '+81 90 1234 5678');
    const advice = document.querySelector('[data-part="phone-advice"]');
    expect(advice).toHaveAttribute('data-method', 'sms-or-voice');
    expect(advice).toHaveTextContent('You can get the verification code by SMS or by voice call.');
    await user.type(phone, 'x');
    expect(document.querySelector('[data-part="phone-advice"]')).toBeNull();
  });

  it('waits for asynchronous storage, then fills the forms with the stored answers', async () => {
    const items = new Map<string, string>();
    const store = {
      get: async (key: string) => items.get(key),
      set: async (key: string, value: string) => void items.set(key, value),
      delete: async (key: string) => void items.delete(key),
    };
    const first = chosen({ storage: asyncStorage(store) });
    await first.ready;
    first.send({ type: 'SET_FIELD', field: 'currentDisplayName', value: 'Sakura Dental Clinic' });
    first.destroy();
    // The write lands after destroy (the store is async), before the next visit reads it.
    for (let i = 0; i < 10; i++) await Promise.resolve();

    const migration = testMigration({ storage: asyncStorage(store) });
    const { container } = renderWithGuide(<RequirementsChecklist />, { migration });
    // While reading, no hint that would say no move is chosen.
    expect(container.querySelector('[data-part="root"]')).toHaveAttribute('data-state', 'loading');
    expect(container.querySelector('[data-part="empty"]')).toBeNull();
    await migration.ready;
    expect(await screen.findByLabelText('Display name you use now')).toHaveValue('Sakura Dental Clinic');
  });

  it('has no axe violations, with messages shown', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithGuide(<RequirementsChecklist />, {
      migration: chosen({ hostChecks: { 'provider-admin': () => false } }),
    });
    await expectNoAxeViolations();
    await user.type(screen.getByLabelText('Display name you use now'), 'Sakura');
    await user.type(screen.getByLabelText('Display name in the new setup'), 'Sakra');
    await user.tab();
    expect(screen.getByRole('alert')).toBeTruthy();
    await expectNoAxeViolations();
  });
});

describe('createIssueResolver', () => {
  const resolverOptions = { criteriaMode: 'firstError', fields: {}, shouldUseNativeValidation: false } as const;
  const requirement = (id: string) => {
    const found = REQUIREMENTS.find((r) => r.id === id);
    if (!found) throw new Error(`no requirement ${id}`);
    return found;
  };
  const resolve = (values: Record<string, string>, strict = false) =>
    createIssueResolver({
      requirement: () => requirement('same-display-name'),
      checks: () => FIELD_CHECKS,
      strict: () => strict,
    })(values, undefined, resolverOptions);

  it('puts the identity mismatch beside the new field, as a catalogue key', async () => {
    const { errors } = await resolve({ currentDisplayName: 'Sakura', newDisplayName: 'Sakra' });
    expect(errors.currentDisplayName).toBeUndefined();
    expect(errors.newDisplayName).toMatchObject({
      type: 'display-name-mismatch',
      message: 'validation.identity.displayNameMismatch',
    });
    expect((await resolve({ currentDisplayName: 'Cafe\u0301 ', newDisplayName: 'Café' })).errors).toEqual({});
  });

  it('keeps the schema issue key and params, and reports empty fields only once submitted', async () => {
    const bm = createIssueResolver({
      requirement: () => requirement('same-business-manager'),
      checks: () => FIELD_CHECKS,
      strict: () => true,
    });
    const { errors } = await bm({ currentBusinessManagerId: '12ab' }, undefined, resolverOptions);
    expect(errors.currentBusinessManagerId).toMatchObject({
      message: 'validation.businessManagerId.notDigits',
      types: { code: 'not-digits' },
    });
    expect((await resolve({ currentDisplayName: '', newDisplayName: '' })).errors).toEqual({});
    expect(
      (await resolve({ currentDisplayName: '', newDisplayName: '' }, true)).errors.currentDisplayName?.message,
    ).toBe('validation.displayName.empty');
  });
});

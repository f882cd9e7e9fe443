import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defineProviderProfile, type Migration, memoryStorage, zendeskProfile } from '@wamigrate/core';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MigrationStepper } from '../src/components/migration-stepper';
import { loadRadixDialog } from '../src/components/migration-stepper/confirm-dialog';
import { HOUR, manualClock, renderWithGuide, testMigration } from './helpers';

const PHONE = '+81 90 1234 5678';
const IDENTITY = {
  currentBusinessManagerId: '123456789012345',
  newBusinessManagerId: '123456789012345',
  currentDisplayName: 'Sakura Dental Clinic',
  newDisplayName: 'Sakura Dental Clinic',
} as const;

/** Meets one step's requirements through the engine, as the checklist would. */
function meet(migration: Migration, stepId: string) {
  const step = migration.getSnapshot().steps.find((s) => s.step.id === stepId);
  for (const id of step?.step.requirements ?? []) {
    const found = migration.getSnapshot().requirements.find((r) => r.requirement.id === id);
    const check = found?.requirement.check;
    if (check?.kind !== 'input') migration.send({ type: 'ATTEST', requirementId: id, value: true });
    else
      for (const field of check.fields) {
        migration.send({ type: 'SET_FIELD', field, value: field === 'phoneNumber' ? PHONE : IDENTITY[field] });
      }
  }
}

/** Meets and completes steps in order through the engine. */
function completeSteps(migration: Migration, ...stepIds: string[]) {
  for (const stepId of stepIds) {
    meet(migration, stepId);
    migration.send({ type: 'COMPLETE_STEP', stepId, confirmed: true });
  }
  expect(
    migration
      .getSnapshot()
      .steps.filter((s) => stepIds.includes(s.step.id))
      .map((s) => s.status),
  ).toEqual(stepIds.map(() => 'complete'));
}

const items = () => within(screen.getByRole('list', { name: 'Steps' })).getAllByRole('listitem');

afterEach(() => {
  vi.useRealTimers();
});

describe('MigrationStepper', () => {
  it('lists the steps in order and marks the current one with aria-current and status text', () => {
    renderWithGuide(<MigrationStepper />, { migration: testMigration({ scenario: 'bsp-to-provider' }) });
    const list = items();
    expect(list).toHaveLength(4);
    expect(list[0]).toHaveAttribute('aria-current', 'step');
    expect(list[0]).toHaveAttribute('data-state', 'current');
    expect(list.slice(1).every((li) => !li.hasAttribute('aria-current'))).toBe(true);
    expect(within(list[0] as HTMLElement).getByRole('button')).toHaveAccessibleName(
      /Check the requirements.*Current step/u,
    );
    expect(within(list[1] as HTMLElement).getByRole('button')).toHaveTextContent('After the earlier steps');
    expect(screen.getByText('Step 1 of 4')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '0 of 4 steps done' })).toHaveAttribute('max', '4');
    // Nothing is focused on the first render.
    expect(document.body).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Check the requirements' })).toBeInTheDocument();
  });

  it('opens a later step to read ahead, never makes it current, and goes back to the current one', async () => {
    const user = userEvent.setup({ delay: null });
    const { migration } = renderWithGuide(<MigrationStepper />, {
      migration: testMigration({ scenario: 'bsp-to-provider' }),
    });
    const before = migration.getSnapshot();
    const later = within(items()[2] as HTMLElement).getByRole('button');
    expect(later).toBeEnabled();
    await user.click(later);
    // Its content, focused at its heading, says it comes later and offers no "mark as done".
    const heading = screen.getByRole('heading', { name: 'Add the WhatsApp channel in Zendesk' });
    expect(heading).toHaveFocus();
    const content = screen.getByRole('region', { name: 'Add the WhatsApp channel in Zendesk' });
    expect(content).toHaveAttribute('data-reading');
    expect(within(content).getByText(/^This step comes later/u)).toBeInTheDocument();
    expect(within(content).queryByRole('button', { name: 'Mark as done' })).toBeNull();
    expect(migration.getSnapshot()).toBe(before);
    expect(items()[0]).toHaveAttribute('aria-current', 'step');
    // The next button does not skip past a locked step.
    expect(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
    await user.click(within(content).getByRole('button', { name: 'Back to the current step' }));
    expect(screen.getByRole('heading', { name: 'Check the requirements' })).toHaveFocus();
    expect(migration.getSnapshot()).toBe(before);
  });

  it('holds what the step waits for inside it, with its controls, and explains a refusal in a live region', async () => {
    const user = userEvent.setup({ delay: null });
    const { migration } = renderWithGuide(<MigrationStepper />, {
      migration: testMigration({ scenario: 'bsp-to-provider' }),
    });
    const content = document.querySelector<HTMLElement>('[data-scope="migration-stepper"][data-part="content"]');
    const checklist = within(content as HTMLElement);
    // "Before you start" is short: the eligibility of the number; the rest sits in the steps that need it.
    expect(checklist.getAllByRole('checkbox')).toHaveLength(4);
    expect(checklist.getByRole('textbox', { name: 'WhatsApp phone number' })).toBeTruthy();
    expect(checklist.getByText('5 requirements left')).toBeTruthy();
    const done = screen.getByRole('button', { name: 'Mark as done' });
    expect(done).toHaveAttribute('aria-disabled', 'true');
    await user.click(done);
    expect(migration.getSnapshot().steps[0]?.status).toBe('current');
    const status = screen.getAllByRole('status').find((el) => el.dataset.part === 'rejection');
    expect(status).toHaveTextContent('Meet every requirement of this step first.');
  });

  it('completes the first step with the keyboard and moves focus to the next step heading', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = testMigration({ scenario: 'bsp-to-provider' });
    meet(migration, 'check-requirements');
    renderWithGuide(<MigrationStepper />, { migration });
    expect(document.body).toHaveFocus();
    const done = screen.getByRole('button', { name: 'Mark as done' });
    expect(done).not.toHaveAttribute('aria-disabled');
    done.focus();
    await user.keyboard('{Enter}');
    const heading = screen.getByRole('heading', {
      level: 2,
      name: 'Ask your current BSP to turn off two-step verification',
    });
    expect(heading).toHaveFocus();
    expect(heading).toHaveAttribute('tabindex', '-1');
    expect(items()[1]).toHaveAttribute('aria-current', 'step');
    expect(items()[0]).toHaveAttribute('data-state', 'complete');
    expect(screen.getByRole('progressbar', { name: '1 of 4 steps done' })).toHaveAttribute('value', '1');

    // Back to the finished step from the list; it can be reopened.
    await user.click(within(items()[0] as HTMLElement).getByRole('button'));
    expect(screen.getByRole('heading', { level: 2, name: 'Check the requirements' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Reopen this step' }));
    expect(migration.getSnapshot().steps[0]?.status).toBe('current');
  });

  it('asks for confirmation before a step that takes the number offline', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = testMigration({ scenario: 'hosted-to-self-hosted' });
    completeSteps(migration, 'check-requirements', 'request-two-step-off', 'provider-disables-two-step');
    const host = document.createElement('div');
    document.body.append(host);
    renderWithGuide(<MigrationStepper container={host} />, { migration });
    expect(screen.getByText(/^Warning: Removing the integration/u).closest('li')).toHaveAttribute(
      'data-severity',
      'danger',
    );

    // Radix's dialog comes in its own module, fetched on mount: here it has arrived before the person clicks
    // (clicked sooner, the native dialog stands in: confirm-fallback.browser.test.tsx).
    await loadRadixDialog();
    const done = screen.getByRole('button', { name: 'Mark as done' });
    await user.click(done);
    const dialog = screen.getByRole('dialog', { name: 'Did you remove it in Admin Center?' });
    expect(host).toContainElement(dialog);
    expect(dialog).toHaveAccessibleDescription(/customers cannot reach you/u);
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    await user.click(within(dialog).getByRole('button', { name: 'Not yet' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(migration.getSnapshot().steps[3]?.status).toBe('current');
    await waitFor(() => expect(done).toHaveFocus());

    await user.click(done);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(done).toHaveFocus());
    expect(migration.getSnapshot().steps[3]?.status).toBe('current');

    await user.click(done);
    await user.click(screen.getByRole('button', { name: 'Yes, I removed it' }));
    expect(migration.getSnapshot().steps[3]?.status).toBe('complete');
    const next = screen.getByRole('heading', { name: 'Add the WhatsApp channel in Zendesk' });
    await waitFor(() => expect(next).toHaveFocus());
    host.remove();
  });

  it('counts verification-code requests down with the clock and re-enables after the cool-down', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const user = userEvent.setup({ delay: null });
    const clock = manualClock();
    const migration = testMigration({ scenario: 'bsp-to-provider', clock });
    completeSteps(migration, 'check-requirements', 'current-bsp-disables-two-step');
    meet(migration, 'add-whatsapp-channel');
    renderWithGuide(<MigrationStepper now={clock.now} />, { migration });

    const part = screen.getByRole('group', { name: 'Verification code' });
    const request = within(part).getByRole('button', { name: 'I requested a code' });
    const announcer = within(part).getByRole('status');
    expect(part).toHaveAttribute('data-state', 'available');
    expect(part).toHaveTextContent('You can request the code 3 more times.');
    expect(part).toHaveTextContent('Request the code at most 3 times. If it does not arrive, wait about 8 hours');

    await user.click(request);
    expect(part).toHaveTextContent('You can request the code 2 more times.');
    clock.advance(60_000);
    await user.click(request);
    expect(part).toHaveTextContent('You can request the code 1 more time.');
    expect(announcer).toHaveTextContent('');
    await user.click(request);

    expect(request).toBeDisabled();
    expect(part).toHaveAttribute('data-state', 'blocked');
    // No blame after following the advice, and the clock time as well as the wait.
    expect(part).toHaveTextContent(/You can request a new code from about \S.* \(in 8 hours\)\./u);
    expect(part).not.toHaveTextContent(/too often/u);
    // The button was disabled under focus: focus is on the line that says until when, which is then read,
    // so the live region does not say it a second time.
    const remaining = part.querySelector('[data-part="code-remaining"]');
    expect(remaining).toHaveFocus();
    expect(remaining).toHaveTextContent(
      /^You have made the requests we advise\. You can request a new code from about/u,
    );
    expect(announcer).toHaveTextContent('');
    expect(request).toHaveAccessibleDescription(/each time you ask Meta for a code/u);

    clock.advance(2.5 * HOUR);
    act(() => vi.advanceTimersByTime(1000));
    expect(part).toHaveTextContent('(in 5 h 30 min)');
    // The ticking text is not announced.
    expect(announcer).not.toHaveTextContent('5 h 30 min');
    expect(part.querySelector('[data-part="code-remaining"]')?.closest('[aria-live]')).toBeNull();

    clock.advance(5.5 * HOUR);
    act(() => vi.advanceTimersByTime(1000));
    expect(request).toBeEnabled();
    expect(part).toHaveAttribute('data-state', 'available');
    expect(part).toHaveTextContent('You can request the code 3 more times.');
    expect(announcer).toHaveTextContent('The wait is over. You can request the code again.');
    migration.destroy();
  });

  it('prepares the support request with the number, a mailto link and a copy button', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = testMigration({ scenario: 'provider-to-bsp' });
    completeSteps(migration, 'check-requirements');
    renderWithGuide(<MigrationStepper />, { migration });
    const part = screen.getByRole('group', { name: 'Your request to Zendesk Customer Support' });
    expect(within(part).getByRole('textbox', { name: 'Subject' })).toHaveValue(
      'Migrate WhatsApp number away from Zendesk',
    );
    const body = within(part).getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    expect(body.value).toContain('our WhatsApp number +819012345678 so that');
    expect(body).toHaveAttribute('readonly');
    const mail = within(part).getByRole('link', { name: 'Write the email in your mail program' });
    expect(mail.getAttribute('href')).toMatch(/^mailto:\?subject=Migrate%20WhatsApp%20number%20away/u);
    expect(mail.getAttribute('href')).toContain('%2B819012345678');

    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(part).getByRole('button', { name: 'Copy message' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('+819012345678'));
    const status = within(part).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Copied.'));

    writeText.mockRejectedValueOnce(new Error('denied'));
    await user.click(within(part).getByRole('button', { name: 'Copy subject' }));
    await waitFor(() => expect(status).toHaveTextContent('Could not copy: select the text and copy it.'));
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(within(part).getByRole('button', { name: 'Copy message' }));
    await waitFor(() => expect(status).toHaveTextContent('Could not copy: select the text and copy it.'));
  });

  it('asks for the number to be typed in when it was not stored on this device', () => {
    const storage = memoryStorage();
    const first = testMigration({ scenario: 'provider-to-bsp', storage });
    completeSteps(first, 'check-requirements');
    first.destroy();
    const migration = testMigration({ scenario: 'provider-to-bsp', storage });
    expect(migration.getSnapshot().phoneNumberRemembered).toBe(true);
    renderWithGuide(<MigrationStepper />, { migration });
    const part = screen.getByRole('group', { name: 'Your request to Zendesk Customer Support' });
    expect(part).toHaveTextContent('Your number is not saved on this device.');
    const body = within(part).getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    expect(body.value).toContain('our WhatsApp number [your WhatsApp number] so that');
  });

  it('folds a request to the current BSP into its summary line, rendered once opened and kept when closed', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = testMigration({ scenario: 'bsp-to-provider' });
    completeSteps(migration, 'check-requirements');
    meet(migration, 'current-bsp-disables-two-step');
    renderWithGuide(<MigrationStepper />, { migration });
    const part = screen.getByRole('group', { name: 'A request you can send to your current BSP' });
    const fold = part.querySelector('details') as HTMLDetailsElement;
    expect(fold.open).toBe(false);
    expect(within(part).queryByRole('textbox')).toBeNull();
    await user.click(within(part).getByText('A request you can send to your current BSP'));
    const subject = await within(part).findByRole('textbox', { name: 'Subject' });
    await user.click(within(part).getByText('A request you can send to your current BSP'));
    expect(fold.open).toBe(false);
    expect(part).toContainElement(subject);
  });

  it('skips an optional last step and shows the completion message, focused', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = testMigration({ scenario: 'bsp-to-provider' });
    completeSteps(migration, 'check-requirements', 'current-bsp-disables-two-step', 'add-whatsapp-channel');
    renderWithGuide(<MigrationStepper />, { migration });
    await user.click(screen.getByRole('button', { name: 'Skip this step' }));
    expect(migration.getSnapshot().isComplete).toBe(true);
    expect(screen.getByRole('heading', { name: 'All steps are done' })).toHaveFocus();
    expect(items()[3]).toHaveAttribute('data-state', 'skipped');
    expect(screen.getByText('4 of 4 steps done')).toBeInTheDocument();
    // The completion lists what is left after the move.
    const tasks = document.querySelector('[data-part="after-move"]') as HTMLElement;
    expect(
      within(tasks)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/two-step verification is on again/u),
      expect.stringMatching(/^Update every system/u),
      expect.stringMatching(/templates were copied/u),
      expect.stringMatching(/^Send a test message/u),
    ]);
  });

  it('links where a step sends the person, from the profile, and only to web addresses', () => {
    const profile = defineProviderProfile({
      ...zendeskProfile,
      adminCentreUrl: 'https://acme.zendesk.com/admin',
      channelSetupGuideUrl: 'javascript:alert(1)',
    });
    const migration = testMigration({ scenario: 'bsp-to-provider', profile });
    completeSteps(migration, 'check-requirements', 'current-bsp-disables-two-step');
    renderWithGuide(<MigrationStepper />, { migration });
    const content = document.querySelector('[data-part="content"]') as HTMLElement;
    const link = within(content).getByRole('link', { name: 'Open Admin Center (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://acme.zendesk.com/admin');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // The setup article's address is not a web address: it is not linked at all.
    expect(within(content).queryByRole('link', { name: /Adding a WhatsApp channel/u })).toBeNull();
  });

  it("gives the provider's address and click path in the reader's language, and Meta's where to click", () => {
    const profile = defineProviderProfile({
      ...zendeskProfile,
      adminCentreUrl: 'https://acme.zendesk.com/admin',
      adminCentrePath: { en: 'Channels > Messaging', ja: '「チャネル」＞「メッセージング」' },
      channelSetupGuideUrl: {
        en: 'https://support.example/hc/en-us/whatsapp',
        ja: 'https://support.example/hc/ja/whatsapp',
      },
    });
    const migration = testMigration({ scenario: 'bsp-to-provider', profile });
    completeSteps(migration, 'check-requirements');
    const { unmount } = renderWithGuide(<MigrationStepper />, { migration, locale: 'ja' });
    // Asking the current BSP: the business may own the WABA and turn it off itself, in WhatsApp Manager.
    const ask = document.querySelector('[data-part="content"]') as HTMLElement;
    expect(within(ask).getByRole('link', { name: /^Metaビジネスマネージャを開いてご自身で解除する/u })).toHaveAttribute(
      'href',
      'https://business.facebook.com/',
    );
    expect(ask.querySelector('[data-part="place-path"]')?.textContent).toMatch(/^そのWABAを所有している場合のみ/u);
    unmount();
    completeSteps(migration, 'current-bsp-disables-two-step');
    renderWithGuide(<MigrationStepper />, { migration, locale: 'ja' });
    const add = document.querySelector('[data-part="content"]') as HTMLElement;
    const admin = within(add).getByRole('link', { name: /^管理センターを開く/u });
    expect(admin.closest('li')?.querySelector('[data-part="place-path"]')?.textContent).toBe(
      '「チャネル」＞「メッセージング」',
    );
    expect(within(add).getByRole('link', { name: /^「エージェントワークスペース/u })).toHaveAttribute(
      'href',
      'https://support.example/hc/ja/whatsapp',
    );
  });

  it('explains each word at the first step of the path that uses it, and not again', () => {
    const migration = testMigration({ scenario: 'bsp-to-provider' });
    completeSteps(migration, 'check-requirements');
    const { unmount } = renderWithGuide(<MigrationStepper />, { migration });
    const terms = () =>
      [...document.querySelectorAll('[data-part="content"] [data-scope="glossary-term"][data-part="root"]')].map((el) =>
        el.getAttribute('data-term'),
      );
    expect(terms()).toEqual(['bsp', 'two-step-verification-pin']);
    unmount();
    completeSteps(migration, 'current-bsp-disables-two-step');
    renderWithGuide(<MigrationStepper />, { migration });
    expect(terms()).toEqual(['business-manager', 'waba', 'verification-code', 'display-name']);
  });

  it('speaks Japanese', () => {
    renderWithGuide(<MigrationStepper />, { migration: testMigration({ scenario: 'bsp-to-provider' }), locale: 'ja' });
    const list = screen.getByRole('list', { name: '手順' });
    expect(within(list).getAllByRole('button')[0]).toHaveTextContent('（現在の手順）');
    expect(screen.getByText('手順 1／4')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '完了にする' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '次の手順' })).toBeDisabled();
    expect(screen.getByText(/^担当：/u)).toBeInTheDocument();
  });

  it('lets a host rebuild the list from parts, with its own label and class winning', () => {
    renderWithGuide(
      <MigrationStepper.Root>
        <MigrationStepper.List aria-label="Our steps" className="mine">
          <MigrationStepper.Item stepId="check-requirements">
            <MigrationStepper.Trigger />
          </MigrationStepper.Item>
        </MigrationStepper.List>
      </MigrationStepper.Root>,
      { migration: testMigration({ scenario: 'bsp-to-provider' }) },
    );
    const list = screen.getByRole('list', { name: 'Our steps' });
    expect(list).toHaveClass('mine');
    expect(list).toHaveAttribute('data-scope', 'migration-stepper');
    expect(list).toHaveAttribute('data-part', 'list');
  });

  it('has no axe violations', async () => {
    const migration = testMigration({ scenario: 'provider-to-bsp' });
    completeSteps(migration, 'check-requirements');
    const { container } = renderWithGuide(<MigrationStepper />, { migration });
    const results = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

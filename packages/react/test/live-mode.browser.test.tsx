import { cleanup, render } from '@testing-library/react';
import { type Locale, memoryStorage, zendeskProfile } from '@wamigrate/core';
import { fakeMetaBackend, meetRequirements, walkTo } from '@wamigrate/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { MigrationGuide } from '../src';
import { expectNoAxeViolations } from './axe';
import { testMigration } from './helpers';
import { press } from './keyboard';

afterEach(() => {
  cleanup();
});

const LIVE = '[data-scope="migration-stepper"][data-part="live"]';

/** The guide at bsp-to-provider's code step, with the fake backend behind `hostActions`. */
function openLive(locale: Locale, options: Parameters<typeof fakeMetaBackend>[0] = {}) {
  const backend = fakeMetaBackend({ verifiedName: 'Sakura Dental Clinic', ...options });
  const migration = testMigration({ scenario: 'bsp-to-provider', hostActions: backend.actions });
  meetRequirements(migration);
  walkTo(migration, 'add-whatsapp-channel');
  render(<MigrationGuide migration={migration} locale={locale} provider={zendeskProfile} />);
  return { backend, migration };
}

const focusedPart = () => (document.activeElement as HTMLElement | null)?.dataset.part;

describe.each<Locale>(['en', 'ja'])('live mode by keyboard (%s)', (locale) => {
  it('walks start, the code, register, the status and the name with Enter, focus always on what comes next', async ({
    signal,
  }) => {
    const { backend, migration } = openLive(locale);
    const box = document.querySelector(LIVE) as HTMLElement;
    expect(box).not.toBeNull();
    await expectNoAxeViolations();
    (box.querySelector('[data-part="live-start-trigger"]') as HTMLElement).focus();
    await press('{Enter}', signal);
    await expect.poll(focusedPart).toBe('live-request-trigger');
    await press('{Enter}', signal);
    await expect.poll(focusedPart).toBe('live-code-input');
    const input = document.activeElement as HTMLInputElement;
    expect(input.autocomplete).toBe('one-time-code');
    expect(input.inputMode).toBe('numeric');
    await userEvent.keyboard('123456');
    await press('{Enter}', signal);
    await expect.poll(focusedPart).toBe('live-register-trigger');
    // Sent, and gone from the page.
    expect(document.body.innerHTML).not.toContain('123456');
    await press('{Enter}', signal);
    await expect.poll(focusedPart).toBe('live-status-trigger');
    await press('{Enter}', signal);
    await expect.poll(focusedPart).toBe('live-confirm-yes');
    expect(box.textContent).toContain('Sakura Dental Clinic');
    await expectNoAxeViolations();
    await press('{Enter}', signal);
    await expect.poll(focusedPart).toBe('complete-trigger');
    expect(migration.getSnapshot().live.phase).toBe('done');
    expect(backend.calls.map((c) => c.name)).toEqual([
      'startMigration',
      'requestCode',
      'verifyCode',
      'register',
      'getStatus',
    ]);
    expect(backend.calls[1]?.input).toMatchObject({ language: locale === 'ja' ? 'ja_JP' : 'en_US' });
    await press('{Enter}', signal);
    await expect.poll(() => migration.getSnapshot().currentStepId).toBe('verify-number-works');
  });
});

describe('live mode states', () => {
  it('after a reload without the stored number, asks for it in place and starts with it', async ({ signal }) => {
    const storage = memoryStorage();
    const first = testMigration({ scenario: 'bsp-to-provider', storage, hostActions: fakeMetaBackend().actions });
    meetRequirements(first);
    walkTo(first, 'add-whatsapp-channel');
    first.destroy();
    const backend = fakeMetaBackend();
    const migration = testMigration({ scenario: 'bsp-to-provider', storage, hostActions: backend.actions });
    render(<MigrationGuide migration={migration} locale="ja" provider={zendeskProfile} />);
    const input = document.querySelector<HTMLInputElement>('[data-part="live-number-input"]') as HTMLInputElement;
    expect(input.labels?.[0]?.textContent).toBe('WhatsAppの電話番号');
    input.focus();
    await userEvent.keyboard('+81 90 1234 5678');
    await press('{Enter}', signal);
    await expect.poll(focusedPart).toBe('live-request-trigger');
    expect(backend.calls[0]?.input).toEqual({ cc: '81', phoneNumber: '9012345678' });
    await expectNoAxeViolations();
  });

  it('says a call is on its way (aria-busy, a polite status) and refuses a second press', async () => {
    const { backend } = openLive('en', { slow: true });
    const start = document.querySelector<HTMLElement>('[data-part="live-start-trigger"]') as HTMLElement;
    start.click();
    await expect.poll(() => start.getAttribute('aria-busy')).toBe('true');
    expect(document.querySelector(LIVE)?.getAttribute('aria-busy')).toBe('true');
    expect(document.querySelector('[data-part="live-status"]')?.textContent).toBe('Starting the move…');
    start.click();
    expect(backend.calls).toHaveLength(1);
    backend.release();
    await expect.poll(() => document.querySelector(LIVE)?.getAttribute('aria-busy') ?? null).toBeNull();
    await expectNoAxeViolations();
  });

  it('shows a failure inline with its code and a way into its troubleshooting entry', async () => {
    openLive('ja', { twoStepOn: true });
    document.querySelector<HTMLElement>('[data-part="live-start-trigger"]')?.click();
    await expect
      .poll(() => document.querySelector('[data-part="live-status"]')?.textContent ?? '')
      .toContain('2388001');
    const entry = document.querySelector<HTMLElement>('[data-part="live-entry-trigger"]');
    expect(entry?.textContent).toBe('対処法を見る');
    entry?.click();
    await expect
      .poll(() => document.querySelector('[data-scope="troubleshooting-panel"] [aria-expanded="true"]'))
      .not.toBeNull();
    await expectNoAxeViolations();
  });
});

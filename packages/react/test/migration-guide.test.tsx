import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type MigrationOptions, memoryStorage, type StorageAdapter, zendeskProfile } from '@wamigrate/core';
import { StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MigrationGuide } from '../src';
import { testMigration } from './helpers';

/** A host that keeps the guide's events in its own state, as a portal's activity log does. */
function EventLogHost({
  storage,
  hostChecks,
  seen,
}: {
  storage: StorageAdapter;
  hostChecks: MigrationOptions['hostChecks'];
  seen: string[];
}) {
  const [log, setLog] = useState<readonly string[]>([]);
  seen.splice(0, seen.length, ...log);
  return (
    <MigrationGuide
      storage={storage}
      hostChecks={hostChecks}
      onEvent={(event) => setLog((previous) => [...previous, `${event.type}:${'status' in event ? event.status : ''}`])}
    />
  );
}

/** A host that shows when the guide is ready, setting its own state in onReady. */
function ReadyHost({
  onReady,
  onError,
  onEvent,
}: {
  onReady: (status: string) => void;
  onError: (error: unknown) => void;
  onEvent: (event: unknown) => void;
}) {
  const [ready, setReady] = useState(false);
  return (
    <>
      <p>{ready ? 'guide ready' : 'waiting'}</p>
      <MigrationGuide
        scenario="bsp-to-provider"
        sessionId="visit-7"
        hostChecks={{ 'provider-admin': () => Promise.reject(new Error('down')) }}
        onReady={(snapshot) => {
          onReady(snapshot.status);
          setReady(true);
        }}
        onError={onError}
        onEvent={onEvent}
      />
    </>
  );
}

describe('MigrationGuide', () => {
  it('takes a host’s loadPhoneValidator, for its engine and not for the root element', async () => {
    const { validatePhoneNumber } = await import('@wamigrate/core/phone');
    const load = vi.fn(() => Promise.resolve((input: string) => validatePhoneNumber(input)));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container } = render(<MigrationGuide locale="en" loadPhoneValidator={load} />);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect(container.querySelector('[loadphonevalidator]')).toBeNull();
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('starts with the picker and, once a path starts, shows it and moves focus to its current step', async () => {
    const user = userEvent.setup({ delay: null });
    const onEvent = vi.fn();
    render(<MigrationGuide onEvent={onEvent} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Move your WhatsApp Business number' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'In Zendesk' }));
    await user.click(screen.getByRole('button', { name: 'Start this move' }));
    // The path is the guide's heading now: the general title would repeat the article's.
    expect(
      screen.getByRole('heading', { level: 2, name: /^Move your number from Zendesk to another BSP/u }),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Move your WhatsApp Business number' })).toBeNull();
    // The current step comes first: focus is on its heading, ready for what it needs.
    expect(screen.getByRole('heading', { name: /Check the requirements/u })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Start this move' })).toBeNull();
    expect(document.querySelector('[data-scope="migration-stepper"]')).not.toBeNull();
    expect(onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: 'scenario-select' }));
  });

  it.each([
    [7, 2],
    [0, 2],
    [Number.NaN, 2],
    ['3', 3],
    [1, 1],
    ['h4', 2],
  ])('a heading level of %j from plain JavaScript renders h%i, never h7, h0 or hNaN', (given, level) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { container } = render(<MigrationGuide headingLevel={given as never} />);
    expect(screen.getByRole('heading', { level, name: 'Move your WhatsApp Business number' })).toBeTruthy();
    expect(container.querySelector('h0, h7, h8, hNaN')).toBeNull();
    if (level === 2 && given !== 2) {
      expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toContain(`headingLevel "${String(given)}"`);
    }
    warn.mockRestore();
  });

  it('a provider profile from JSON (no policies, or broken ones) renders with the seed’s, and says what was wrong', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fromCms = JSON.parse(
      '{"id":"acme","name":"Acme Desk","supportName":"Acme support","adminCentre":"Acme Admin","channelSetupGuide":"Adding WhatsApp"}',
    );
    const { unmount } = render(<MigrationGuide provider={fromCms} />);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('radio', { name: 'In Acme Desk' }));
    expect(warn).not.toHaveBeenCalled();
    unmount();
    render(<MigrationGuide provider={{ ...fromCms, verificationCodePolicy: { mode: 'sometimes' } }} />);
    expect(screen.getByRole('radio', { name: 'In Acme Desk' })).toBeTruthy();
    expect(String(warn.mock.calls.at(-1)?.[0])).toContain('verificationCodePolicy is not a policy');
    warn.mockRestore();
  });

  it('says nothing in the console in a production build, and the host still hears of a bad profile through onError', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const onError = vi.fn();
      // Problems no other test in this file has warned of: each is said once per page.
      const broken = { ...zendeskProfile, id: 'acme-production', registrationPolicy: { mode: 'now and then' } };
      render(<MigrationGuide headingLevel={9 as never} provider={broken as never} onError={onError} />);
      expect(screen.getByRole('heading', { level: 2, name: 'Move your WhatsApp Business number' })).toBeTruthy();
      expect(warn).not.toHaveBeenCalled();
      expect(onError).toHaveBeenCalledWith({
        kind: 'props',
        problem: "the provider profile's registrationPolicy is not a policy; using the seed's",
      });
    } finally {
      warn.mockRestore();
      vi.unstubAllEnvs();
    }
  });

  it('takes a scenario, provider or storage key changed after mount: a new engine reads the progress back', async () => {
    const storage = memoryStorage();
    const acme = { ...zendeskProfile, id: 'acme', name: 'Acme Desk' };
    const { rerender } = render(<MigrationGuide storage={storage} scenario="bsp-to-provider" />);
    expect(screen.getByRole('heading', { level: 2, name: /^Move your number from another BSP/u })).toBeTruthy();
    rerender(<MigrationGuide storage={storage} scenario="provider-to-bsp" />);
    expect(
      await screen.findByRole('heading', { level: 2, name: /^Move your number from Zendesk to another BSP/u }),
    ).toBeTruthy();
    rerender(<MigrationGuide storage={storage} scenario="provider-to-bsp" provider={acme} />);
    expect(
      await screen.findByRole('heading', { level: 2, name: /^Move your number from Acme Desk to another BSP/u }),
    ).toBeTruthy();
    // A new adapter after mount is not followed (an inline one would make an engine per render): said once.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    rerender(<MigrationGuide storage={memoryStorage()} scenario="provider-to-bsp" provider={acme} />);
    expect(String(warn.mock.calls.at(-1)?.[0])).toContain('new storage adapter after mount');
    warn.mockRestore();
  });

  it('tells the host it is ready (after mounting, never during a render), of errors, and of every event’s session', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onReady = vi.fn();
    const onError = vi.fn();
    const onEvent = vi.fn();
    render(<ReadyHost onReady={onReady} onError={onError} onEvent={onEvent} />);
    expect(await screen.findByText('guide ready')).toBeTruthy();
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(onReady).toHaveBeenCalledWith('ready');
    await vi.waitFor(() =>
      expect(onError).toHaveBeenCalledWith({ kind: 'host-check', requirementId: 'provider-admin' }),
    );
    expect(onEvent.mock.calls.every(([event]) => event.sessionId === 'visit-7')).toBe(true);
    // Setting state in onReady is legal: no "cannot update a component while rendering".
    expect(error.mock.calls.map((c) => String(c[0])).join('\n')).not.toMatch(/while rendering/u);
    error.mockRestore();
  });

  it('says it is ready once, even when Strict Mode makes its engine twice', async () => {
    const onReady = vi.fn();
    render(
      <StrictMode>
        <MigrationGuide scenario="bsp-to-provider" storage={memoryStorage()} onReady={onReady} />
      </StrictMode>,
    );
    await vi.waitFor(() => expect(onReady).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  it('reports what the engine says while it is being created only after mounting, so a host may set state', async () => {
    // Stored progress with a host check already met: the new engine asks again at once, while rendering.
    const storage = memoryStorage();
    const admin = () => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 5));
    const first = testMigration({ storage, hostChecks: { 'provider-admin': admin } });
    first.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    await vi.waitFor(() => expect(JSON.stringify(first.getSnapshot().requirements)).toContain('"met"'));
    first.destroy();

    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const seen: string[] = [];
    render(<EventLogHost storage={storage} hostChecks={{ 'provider-admin': admin }} seen={seen} />);
    await vi.waitFor(() => expect(seen).toEqual(['requirement-change:checking', 'requirement-change:met']));
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('lets the user look at another path and keep the current one', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = testMigration();
    migration.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    render(<MigrationGuide migration={migration} />);
    await user.click(screen.getByRole('button', { name: 'Choose another kind of move' }));
    expect(screen.getByRole('group', { name: 'Where is your WhatsApp number connected now?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Keep my current move' }));
    expect(screen.queryByRole('group', { name: 'Where is your WhatsApp number connected now?' })).toBeNull();
    expect(migration.getSnapshot().scenario?.id).toBe('bsp-to-provider');
  });

  it('offers no other path when the host fixed the scenario', () => {
    render(<MigrationGuide scenario="hosted-to-self-hosted" locale="ja" />);
    expect(screen.queryByRole('button', { name: '別の移転方法を選ぶ' })).toBeNull();
    expect(document.querySelector('[data-scope="migration-guide"]')).toHaveAttribute('lang', 'ja');
  });

  it('tells the user when saved progress was unreadable, and the notice can be dismissed', async () => {
    const user = userEvent.setup({ delay: null });
    const storage = memoryStorage();
    storage.setItem('wamigrate:migration', 'not json at all');
    render(<MigrationGuide storage={storage} />);
    expect(screen.getByText(/could not be read/u)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/could not be read/u)).toBeNull();
  });

  it('survives Strict Mode: the engine destroyed by the first unmount is replaced and keeps what was stored', async () => {
    const user = userEvent.setup({ delay: null });
    const storage = memoryStorage();
    render(
      <StrictMode>
        <MigrationGuide storage={storage} />
      </StrictMode>,
    );
    await user.click(screen.getByRole('radio', { name: 'In Zendesk' }));
    await user.click(screen.getByRole('button', { name: 'Start this move' }));
    expect(screen.getByRole('heading', { level: 2, name: /^Move your number from Zendesk/u })).toBeTruthy();
    expect(storage.getItem('wamigrate:migration')).toContain('provider-to-bsp');
  });

  it('lets the host theme, direct and label the root', () => {
    render(<MigrationGuide theme="dark" dir="rtl" aria-label="WhatsApp move" className="host" />);
    const root = document.querySelector('[data-scope="migration-guide"][data-part="root"]');
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('aria-label', 'WhatsApp move');
    expect(root).toHaveClass('host');
  });
});

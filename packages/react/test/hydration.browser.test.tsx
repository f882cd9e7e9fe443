import { createMigration, memoryStorage, type StorageAdapter, webStorage } from '@wamigrate/core';
import { validatePhoneNumber } from '@wamigrate/core/phone';
import { meetRequirements, walkTo } from '@wamigrate/core/testing';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MigrationGuide } from '../src';

/**
 * Server rendering, then hydration in Chromium, as a Next.js page does it for a returning visitor: the
 * server cannot read localStorage, so both it and the hydrating client render the state before storage is
 * read; the stored progress is applied once the page is live, with no mismatch and no focus moved.
 */
const KEY = 'wamigrate:hydration-test';
let root: Root | null = null;
let container: HTMLDivElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = null;
  localStorage.removeItem(KEY);
});

/** What a first visit left in localStorage: bsp-to-provider, at its code step. */
function returningVisitor() {
  const storage = memoryStorage();
  const migration = createMigration({
    scenario: 'bsp-to-provider',
    storage,
    storageKey: KEY,
    validatePhoneNumber: (input) => validatePhoneNumber(input),
  });
  meetRequirements(migration);
  walkTo(migration, 'add-whatsapp-channel');
  migration.destroy();
  localStorage.setItem(KEY, String(storage.getItem(KEY)));
}

const guide = (props: { readonly scenario?: 'bsp-to-provider' } = {}) => (
  <MigrationGuide locale="en" storage="local" storageKey={KEY} {...props} />
);

async function hydrate(element: React.ReactElement) {
  // The server's markup, rendered as a server does: without the visitor's localStorage.
  const stored = localStorage.getItem(KEY);
  localStorage.removeItem(KEY);
  const html = renderToString(element);
  if (stored !== null) localStorage.setItem(KEY, stored);
  container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const recoverable: unknown[] = [];
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await act(async () => {
    root = hydrateRoot(container as HTMLDivElement, element, { onRecoverableError: (e) => recoverable.push(e) });
  });
  const logged = errors.mock.calls.map((call) => String(call[0]));
  errors.mockRestore();
  return { html, recoverable, logged };
}

describe('hydration of server-rendered markup', () => {
  it.each([
    ['a returning visitor with progress', true],
    ['a first visit', false],
  ])('%s: no mismatch, the stored step once live, focus left alone', async (_, returning) => {
    if (returning) returningVisitor();
    const { html, recoverable, logged } = await hydrate(guide({ scenario: 'bsp-to-provider' }));
    expect(html).toContain('data-part="loading"');
    expect(recoverable).toEqual([]);
    expect(logged.filter((m) => /hydrat|did not match|mismatch/iu.test(m))).toEqual([]);
    const current = await vi.waitFor(() => {
      const heading = container?.querySelector(
        '[data-scope="migration-stepper"][data-part="content"] [data-part="heading"]',
      );
      if (!heading) throw new Error('no current step yet');
      return heading.textContent ?? '';
    });
    expect(current).toMatch(returning ? /WhatsApp channel/iu : /requirements/iu);
    // Nothing on the page took focus: the visitor is where the page put them.
    expect(document.activeElement).toBe(document.body);
    expect(container?.querySelector('[data-part="loading"]')).toBeNull();
  });

  it('a fold opened before the page was live shows what it holds once it is', async () => {
    // A host's own engine, so the server renders the step itself: here one that folds its support request.
    const migration = createMigration({ scenario: 'bsp-to-provider', storage: memoryStorage() });
    meetRequirements(migration);
    walkTo(migration, 'current-bsp-disables-two-step');
    const element = <MigrationGuide locale="en" migration={migration} />;
    container = document.createElement('div');
    container.innerHTML = renderToString(element);
    document.body.append(container);
    const fold = container.querySelector<HTMLDetailsElement>('[data-part="support-fold"]');
    if (!fold) throw new Error('the server rendered no folded support request');
    expect(fold.querySelector('[data-part="support-subject"]')).toBeNull();
    // The visitor opens it, and the browser's toggle event has fired, before any listener is there.
    fold.open = true;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await act(async () => {
      root = hydrateRoot(container as HTMLDivElement, element);
    });
    await expect.poll(() => fold.querySelector('[data-part="support-subject"]'), { timeout: 30_000 }).not.toBeNull();
    migration.destroy();
  });

  it('a guide without a fixed path shows the path the visitor chose last time, once live', async () => {
    returningVisitor();
    const { recoverable } = await hydrate(guide());
    expect(recoverable).toEqual([]);
    await vi.waitFor(() => {
      if (!container?.querySelector('[data-part="scenario-title"]')) throw new Error('not restored yet');
    });
    expect(container?.querySelector('[data-part="scenario-title"]')?.textContent).toMatch(/another BSP/u);
  });

  it('a host\'s own engine on localStorage, with storage="local" saying where it keeps progress: no mismatch', async () => {
    returningVisitor();
    const engine = (storage: StorageAdapter) =>
      createMigration({ scenario: 'bsp-to-provider', storage, storageKey: KEY });
    // The server makes its engine in memory (it has no localStorage); the browser's reads the visit back.
    const onServer = engine(memoryStorage());
    const html = renderToString(<MigrationGuide locale="en" migration={onServer} storage="local" />);
    onServer.destroy();
    expect(html).toContain('data-part="loading"');
    const inBrowser = engine(webStorage(localStorage, { events: window }));
    container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const recoverable: unknown[] = [];
    await act(async () => {
      root = hydrateRoot(
        container as HTMLDivElement,
        <MigrationGuide locale="en" migration={inBrowser} storage="local" />,
        {
          onRecoverableError: (e) => recoverable.push(e),
        },
      );
    });
    expect(recoverable).toEqual([]);
    await vi.waitFor(() => {
      const heading = container?.querySelector(
        '[data-scope="migration-stepper"][data-part="content"] [data-part="heading"]',
      );
      expect(heading?.textContent).toMatch(/WhatsApp channel/iu);
    });
    act(() => root?.unmount());
    root = null;
    inBrowser.destroy();
  });
});

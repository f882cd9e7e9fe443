import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MigrationGuide } from '../../src/components/migration-guide';
import { meetRequirements, testMigration } from '../helpers';

const titleOf = (container: HTMLElement) => container.querySelector('[data-part="scenario-title"]');

describe('switching a guide to a language still to be fetched', () => {
  it('keeps it in the old language, progress and all, until the new one has arrived', async () => {
    const migration = testMigration({ scenario: 'bsp-to-provider' });
    meetRequirements(migration);
    const { container, rerender } = render(<MigrationGuide migration={migration} locale="en" />);
    const title = titleOf(container);
    expect(title?.textContent).toMatch(/Zendesk/u);
    rerender(<MigrationGuide migration={migration} locale="ja" />);
    // Not emptied nor hidden while Japanese is on its way: the English guide stays, the same nodes.
    expect(titleOf(container)).toBe(title);
    expect(title?.closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(container.querySelector('[style*="display: none"]')).toBeNull();
    await waitFor(() => expect(titleOf(container)?.textContent).toBe('別のBSPからZendeskへ電話番号を移転する'), {
      timeout: 10_000,
    });
    expect(titleOf(container)?.closest('[lang]')).toHaveAttribute('lang', 'ja');
    expect(migration.getSnapshot().requirementsLeft).toBe(0);
  });
});

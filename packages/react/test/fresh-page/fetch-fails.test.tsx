import { render, screen } from '@testing-library/react';
import { en } from '@wamigrate/core/messages/en';
import { describe, expect, it, vi } from 'vitest';
import { MigrationGuide } from '../../src/components/migration-guide';

// The chunk cannot be fetched (a deploy replaced it, the network dropped).
vi.mock('../../src/i18n/catalogue-ja', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('a Japanese catalogue that cannot be fetched', () => {
  it('gives way to English, said once in the console, rather than an empty guide', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<MigrationGuide locale="ja" />);
    const heading = await screen.findByRole('heading', { name: en.ui.guide.title }, { timeout: 10_000 });
    expect(heading.closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"ja" texts could not be loaded'));
    warn.mockRestore();
  });
});

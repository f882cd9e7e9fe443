import { render, screen } from '@testing-library/react';
import { en } from '@wamigrate/core/messages/en';
import { describe, expect, it, vi } from 'vitest';
import { MigrationGuide } from '../../src/components/migration-guide';

// The chunk loads but holds no catalogue (a renamed export, a bundler's interop quirk).
vi.mock('../../src/i18n/catalogue-ja', () => ({ ja: undefined }));

describe('a Japanese chunk without its catalogue', () => {
  it('gives way to English instead of waiting for ever', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(<MigrationGuide locale="ja" />);
    expect(await screen.findByRole('heading', { name: en.ui.guide.title }, { timeout: 10_000 })).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"ja" texts could not be loaded'));
    warn.mockRestore();
  });
});

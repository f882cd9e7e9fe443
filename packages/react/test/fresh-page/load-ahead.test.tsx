import { act, render, screen } from '@testing-library/react';
import type { en } from '@wamigrate/core/messages/en';
import { ja } from '@wamigrate/core/messages/ja';
import { jaEssentials } from '@wamigrate/core/messages/ja/essentials';
import { describe, expect, it } from 'vitest';
import { MigrationGuide } from '../../src/components/migration-guide';
import { catalogueNow, loadCatalogues } from '../../src/i18n/catalogues';

const JA_TITLE = (ja as typeof en).ui.guide.title;

describe('loadCatalogues, called ahead of a guide (a route loader)', () => {
  it('fetches the language, and a guide in it then renders at once', async () => {
    expect(catalogueNow('ja')).toBeUndefined();
    await act(() => loadCatalogues('ja-JP'));
    expect(catalogueNow('ja')).toBe(jaEssentials);
    render(<MigrationGuide locale="ja" />);
    expect(screen.getByRole('heading', { name: JA_TITLE })).toBeInTheDocument();
  });
});

import { render, screen } from '@testing-library/react';
import { en } from '@wamigrate/core/messages/en';
import { ja } from '@wamigrate/core/messages/ja';
import { jaEssentials } from '@wamigrate/core/messages/ja/essentials';
import { describe, expect, it } from 'vitest';
import { MigrationGuide } from '../../src/components/migration-guide';
import { catalogueNow } from '../../src/i18n/catalogues';

const JA_TITLE = (ja as typeof en).ui.guide.title;

/** The tests run in order: each leaves the page's catalogues as the next one expects (one module registry). */
describe('the Japanese catalogue, fetched the first time a guide shows it', () => {
  it('a guide in English renders at once, and fetches nothing', () => {
    render(<MigrationGuide locale="en" />);
    expect(screen.getByRole('heading', { name: en.ui.guide.title })).toBeInTheDocument();
    expect(catalogueNow('ja')).toBeUndefined();
  });

  it('given by the host (`catalogues`), renders at once, and is not fetched', () => {
    render(<MigrationGuide locale="ja" catalogues={{ ja }} />);
    expect(screen.getByRole('heading', { name: JA_TITLE })).toBeInTheDocument();
    expect(document.documentElement.textContent).not.toContain(en.ui.guide.title);
    expect(catalogueNow('ja')).toBeUndefined();
  });

  it('not given: nothing until it has arrived (no moment of English), then Japanese in both', async () => {
    const seen: string[] = [];
    const watch = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    render(
      <>
        <MigrationGuide locale="ja-JP" />
        <MigrationGuide locale="ja" fallback={<p>The host’s placeholder</p>} />
      </>,
    );
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByText('The host’s placeholder')).toBeInTheDocument();
    const headings = await screen.findAllByRole('heading', { name: JA_TITLE }, { timeout: 10_000 });
    watch.disconnect();
    expect(headings).toHaveLength(2);
    expect(screen.queryByText('The host’s placeholder')).toBeNull();
    expect(headings[0]?.closest('[lang]')).toHaveAttribute('lang', 'ja');
    expect(seen.some((text) => text.includes(en.ui.guide.title))).toBe(false);
    expect(catalogueNow('ja')).toBe(jaEssentials);
  });
});

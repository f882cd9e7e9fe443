import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ja } from '@wamigrate/core/messages/ja';
import { describe, expect, it, vi } from 'vitest';
import { MigrationStepper } from '../../src/components/migration-stepper';
import { TroubleshootingPanel } from '../../src/components/troubleshooting-panel';
import { loadCatalogues } from '../../src/i18n/catalogues';
import type { Translations } from '../../src/i18n/create-i18n';
import { I18nProvider } from '../../src/i18n/i18n-context';
import { fetchDetails } from '../../src/i18n/library-catalogues';
import { MigrationProvider } from '../../src/migration/migration-context';
import { renderWithGuide, testMigration } from '../helpers';

// The library's own loader, watched (and, for one test, made to fail or wait).
vi.mock('../../src/i18n/library-catalogues', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/i18n/library-catalogues')>();
  return { ...real, fetchDetails: vi.fn(real.fetchDetails) };
});
const fetched = vi.mocked(fetchDetails);
const realFetch = fetched.getMockImplementation() as typeof fetchDetails;

const BANNED = 'Your number or account is blocked by Meta';
const BANNED_CAUSE = /Meta has blocked or banned your Meta Business Manager/u;
const JA_BANNED = (ja.troubleshooting as Record<string, { title: string; cause: string }>)['banned-by-meta'] ?? {
  title: '',
  cause: '',
};

const EN_FOLD = /^Show all \d+ other topics$/u;
const JA_FOLD = /^その他のトピックをすべて表示/u;

/** Unfolds the catalogue and opens the entry by its title; the fold waits for the guide's texts to arrive. */
async function openEntry(title: string, fold = EN_FOLD) {
  const user = userEvent.setup({ delay: null });
  await user.click(await screen.findByText(fold, {}, { timeout: 10_000 }));
  const trigger = screen.getByRole('button', { name: title });
  await user.click(trigger);
  const region = document.getElementById(trigger.getAttribute('aria-controls') ?? '') as HTMLElement;
  return { user, trigger, region };
}

/**
 * The tests run in order, on one page: the details a language fetched stay fetched, as in a browser, so each
 * test leaves what the next one expects.
 */
describe('the troubleshooting details, fetched once a panel has rendered', () => {
  it('a stepper alone never fetches them: it shows no entry', () => {
    render(
      <I18nProvider locale="en">
        <MigrationProvider migration={testMigration()}>
          <MigrationStepper />
        </MigrationProvider>
      </I18nProvider>,
    );
    expect(fetched).not.toHaveBeenCalled();
  });

  it('a host that gives the whole catalogue of its language has them already: nothing is fetched', async () => {
    render(
      <I18nProvider locale="ja" catalogues={{ ja }}>
        <MigrationProvider migration={testMigration()}>
          <TroubleshootingPanel />
        </MigrationProvider>
      </I18nProvider>,
    );
    const { region } = await openEntry(JA_BANNED.title, JA_FOLD);
    expect(within(region).getByText(JA_BANNED.cause)).toBeVisible();
    expect(fetched).not.toHaveBeenCalled();
  });

  it('a store that has a language’s essentials takes the whole catalogue a host gives later, details and all', async () => {
    // One set of translations: the two providers share one store of texts. The first merges the essentials.
    const translations = { en: { ui: { guide: { title: 'Move your number' } } } };
    await loadCatalogues('ja');
    render(
      <I18nProvider locale="ja" translations={translations}>
        <MigrationProvider migration={testMigration()}>
          <MigrationStepper />
        </MigrationProvider>
      </I18nProvider>,
    );
    render(
      <I18nProvider locale="ja" translations={translations} catalogues={{ ja }}>
        <MigrationProvider migration={testMigration()}>
          <TroubleshootingPanel />
        </MigrationProvider>
      </I18nProvider>,
    );
    const { region } = await openEntry(JA_BANNED.title, JA_FOLD);
    expect(within(region).getByText(JA_BANNED.cause)).toBeVisible();
    expect(fetched).not.toHaveBeenCalled();
  });

  it('if they do not arrive, an open entry says so, and "Try again" fetches them again', async () => {
    fetched.mockImplementationOnce(() => Promise.reject(new Error('a deploy replaced the chunk')));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderWithGuide(<TroubleshootingPanel />);
    // Asked for as the panel mounts, before anything is opened.
    expect(fetched).toHaveBeenCalledWith('en');
    const { user, trigger, region } = await openEntry(BANNED);
    const failure =
      "The answer couldn't be loaded. Check your connection, then try again. If it still doesn't load, reload the page.";
    expect(await within(region).findByText(failure)).toBeVisible();
    // Said through the panel's live region, which is there before it changes.
    await waitFor(() => expect(document.querySelector('[data-part="announcer"]')).toHaveTextContent(failure));
    expect(warn).toHaveBeenCalledTimes(1);
    await user.click(within(region).getByRole('button', { name: 'Try again' }));
    // The button gave way: focus waits on the entry's own button while the details come.
    expect(trigger).toHaveFocus();
    expect(await within(region).findByText(BANNED_CAUSE)).toBeVisible();
    expect(within(region).queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(fetched).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('once here, an entry opens at once; a host’s own text for a detail wins, one of the wrong shape is left out', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const texts = { cause: 'Ask us first: we can check the ban.', actions: 'Call us.' };
    render(
      // As a page's JSON may give it: not the shape the types ask for.
      <I18nProvider
        locale="en"
        translations={{ en: { troubleshooting: { 'banned-by-meta': texts } } } as unknown as Translations}
      >
        <MigrationProvider migration={testMigration()}>
          <TroubleshootingPanel />
        </MigrationProvider>
      </I18nProvider>,
    );
    const { region } = await openEntry(BANNED);
    expect(within(region).getByText('Ask us first: we can check the ban.')).toBeVisible();
    expect(within(region).queryByText(BANNED_CAUSE)).toBeNull();
    expect(within(region).queryByRole('status')).toBeNull();
    // A text where the library has a list of actions would hide them all: it is left out, and said so.
    expect(within(region).getByRole('list')).toHaveTextContent(/appeal it there/u);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('troubleshooting.banned-by-meta.actions'));
    warn.mockRestore();
  });

  it('opened while they are on their way: a line says they are loading, then the answer, in the guide’s language', async () => {
    let arrive: () => void = () => undefined;
    fetched.mockImplementationOnce(
      (tag) =>
        new Promise((resolve, reject) => {
          arrive = () => (realFetch(tag) ?? Promise.reject(new Error(tag))).then(resolve, reject);
        }),
    );
    renderWithGuide(<TroubleshootingPanel />, { locale: 'ja' });
    const { region } = await openEntry(JA_BANNED.title, JA_FOLD);
    expect(fetched).toHaveBeenLastCalledWith('ja');
    expect(within(region).getByRole('status')).toHaveTextContent('対処法を読み込んでいます…');
    arrive();
    expect(await within(region).findByText(JA_BANNED.cause)).toBeVisible();
    expect(within(region).queryByRole('status')).toBeNull();
  });
});

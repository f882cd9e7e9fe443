import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { zendeskProfile } from '@wamigrate/core';
import { parseErrorCode } from '@wamigrate/core/connect';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { TroubleshootingPanel } from '../src/components/troubleshooting-panel';
import { renderWithGuide, testMigration } from './helpers';

const search = () => screen.getByRole('searchbox', { name: 'Search by problem or error code' });
const triggers = () =>
  screen.getAllByRole('button', { expanded: false }).concat(screen.queryAllByRole('button', { expanded: true }));
/** Opens the fold the other topics sit under while nothing is searched, as a person does to pick one. */
const showAllTopics = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByText(/^Show all \d+ other topics$/u));
const entryIds = () =>
  [...document.querySelectorAll('[data-part="entry"]')].map((node) => node.getAttribute('data-entry-id'));

describe('TroubleshootingPanel', () => {
  it('is a region named by its heading, with every entry as an accordion header', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithGuide(<TroubleshootingPanel />);
    const region = screen.getByRole('region', { name: 'Troubleshooting' });
    expect(within(region).getByRole('heading', { level: 2, name: 'Troubleshooting' })).toBeTruthy();
    // Nothing searched, nothing suggested: the panel asks first, and the catalogue folds under one line,
    // rendered once the fold is first opened.
    const fold = document.querySelector('details[data-part="fold"]');
    expect(fold).not.toBeNull();
    expect(fold).not.toHaveAttribute('open');
    expect(within(fold as HTMLElement).getByText(/^Show all \d+ other topics$/u)).toBeTruthy();
    expect(fold?.querySelector('[data-part="entry"]')).toBeNull();
    await showAllTopics(user);
    expect(fold).toHaveAttribute('open');
    const header = screen.getByRole('heading', { level: 4, name: 'Two-step verification is still on' });
    const button = within(header).getByRole('button');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    expect(panel).not.toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Suggested for your situation' })).toBeNull();
  });

  it('reads codes with or without "#", in brackets and in full-width digits', () => {
    expect(parseErrorCode('2388001')).toBe('2388001');
    expect(parseErrorCode('#133016')).toBe('133016');
    expect(parseErrorCode(' (#133016) ')).toBe('133016');
    expect(parseErrorCode('１３３０１６')).toBe('133016');
    expect(parseErrorCode('＃１３３０１６')).toBe('133016');
    expect(parseErrorCode('code 133016')).toBeNull();
  });

  it('finds the entries for an error code', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithGuide(<TroubleshootingPanel />);
    await user.type(search(), '2388001');
    expect(entryIds()).toEqual(['e2388001-two-step-verification-on', 'e2388001-confirm-ownership']);
    expect(document.querySelector('[data-part="status"]')).toHaveTextContent('2 topics match your search.');
    expect(screen.getByRole('heading', { name: 'Search results' })).toBeTruthy();

    for (const query of ['133016', '#133016', '１３３０１６']) {
      await user.clear(search());
      await user.type(search(), query);
      expect(entryIds(), query).toEqual(['e133016-registration-limit']);
    }
  });

  it('finds entries by the words of a symptom, ignoring case', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithGuide(<TroubleshootingPanel />);
    await user.type(search(), 'VERIFICATION code   arrive');
    expect(entryIds()).toContain('too-many-code-requests');
    expect(entryIds()).not.toContain('banned-by-meta');
    await user.clear(search());
    await user.type(search(), 'zzzz');
    expect(entryIds()).toEqual([]);
    expect(screen.getByText('No topic matches “zzzz”. Try other words, or enter the error code.')).toBeTruthy();
  });

  it('finds entries by a Japanese symptom word', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithGuide(<TroubleshootingPanel />, { locale: 'ja' });
    const field = screen.getByRole('searchbox', { name: '症状またはエラーコードで検索' });
    await user.type(field, '届かない');
    expect(entryIds()).toEqual(['too-many-code-requests']);
    expect(screen.getByRole('button', { name: '確認コードのリクエスト回数が多すぎる' })).toBeTruthy();
  });

  it('gives the general guidance, naming the code, for a code no entry knows', async () => {
    const user = userEvent.setup({ delay: null });
    const { migration } = renderWithGuide(<TroubleshootingPanel />);
    await user.type(search(), '#9999999');
    expect(entryIds()).toEqual(['unknown-error']);
    expect(screen.getByText(/no specific help for error 9999999/u)).toBeTruthy();
    const trigger = screen.getByRole('button', { name: 'Something went wrong (error 9999999)' });
    await user.click(trigger);
    expect(migration.getSnapshot().troubleshooting.openEntryId).toBe('unknown-error');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/Write down the error code/u)).toBeVisible();
  });

  it('opens the entry for a reported error by itself, announces it and keeps focus where it was', async () => {
    const user = userEvent.setup({ delay: null });
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const { migration } = renderWithGuide(<TroubleshootingPanel />);
    await user.click(search());
    const announcer = document.querySelector('[data-part="announcer"]');
    expect(announcer).toHaveTextContent('');

    act(() => migration.send({ type: 'REPORT_ERROR', code: 2388001, details: '<b>Two step</b> is on' }));

    const suggested = screen.getByRole('heading', { name: 'Suggested for your situation' });
    expect(suggested.tagName).toBe('H3');
    const trigger = screen.getByRole('button', { name: 'Two-step verification is still on' });
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(trigger.closest('li')).toHaveAttribute('data-suggested', '');
    expect(announcer).toHaveTextContent('Troubleshooting opened: Two-step verification is still on');
    expect(search()).toHaveFocus();
    expect(scroll.mock.contexts).toEqual([trigger.closest('li')]);
    scroll.mockRestore();

    const content = screen.getByRole('region', { name: 'Two-step verification is still on' });
    expect(within(content).getByText('Error code: 2388001')).toBeTruthy();
    // Meta's details are text, never markup.
    expect(within(content).getByText('Details from Meta: <b>Two step</b> is on')).toBeTruthy();
    expect(content.querySelector('b')).toBeNull();
    const actions = within(content).getByRole('list', { name: 'What to do' });
    expect(actions.tagName).toBe('OL');
    expect(within(actions).getAllByRole('listitem')).toHaveLength(4);
    // Whom to contact is said once, in the entry's own sentence.
    const escalation = content.querySelector('[data-part="escalation"]');
    expect(escalation).toHaveTextContent('Contact your current BSP.');
    expect(escalation?.textContent?.match(/Contact/gu)).toHaveLength(1);
  });

  it('opens the cause Meta names in its Graph body, and shows its trace reference for support', () => {
    const { migration } = renderWithGuide(<TroubleshootingPanel />);
    const error = {
      error: {
        message: 'Unable to migrate phone number',
        type: 'OAuthException',
        code: 100,
        error_subcode: 2388103,
        error_user_title: 'This phone number belongs to a different Business Manager account',
        fbtrace_id: 'A1b2C3',
      },
    };
    act(() => void migration.send({ type: 'REPORT_ERROR', error }));
    const open = screen.getAllByRole('button').filter((b) => b.getAttribute('aria-expanded') === 'true');
    expect(open).toHaveLength(1);
    expect(open[0]?.closest('li')).toHaveAttribute('data-entry-id', 'e2388103-different-business-manager');
    const content = screen.getByRole('region', { name: open[0]?.textContent ?? '' });
    expect(within(content).getByText('Error code: 2388103')).toBeTruthy();
    expect(within(content).getByText('Reference for support (fbtrace_id): A1b2C3')).toBeTruthy();
  });

  it('opens the folded topics for an entry opened from elsewhere, and scrolls to it', () => {
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const { migration } = renderWithGuide(<TroubleshootingPanel />);
    const fold = document.querySelector('details[data-part="fold"]');
    expect(fold?.querySelector('[data-part="entry"]')).toBeNull();
    // As live mode's "See what to do" does: the entry is not suggested, so it is under the fold never opened.
    act(() => migration.send({ type: 'OPEN_TROUBLESHOOTING', entryId: 'banned-by-meta' }));
    expect(fold).toHaveAttribute('open');
    const trigger = screen.getByRole('button', { name: 'Your number or account is blocked by Meta' });
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(trigger.closest('li')).not.toHaveAttribute('data-suggested');
    expect(scroll.mock.contexts).toEqual([trigger.closest('li')]);
    scroll.mockRestore();
  });

  it('clears a query that hides the entry an error opens', async () => {
    const user = userEvent.setup({ delay: null });
    const { migration } = renderWithGuide(<TroubleshootingPanel />);
    await user.type(search(), 'display name');
    act(() => migration.send({ type: 'REPORT_ERROR', code: '133016' }));
    expect(search()).toHaveValue('');
    expect(screen.getByRole('button', { name: 'The registration limit is reached' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('opens and closes an entry with Enter and Space, through the engine', async () => {
    const user = userEvent.setup({ delay: null });
    const { migration } = renderWithGuide(<TroubleshootingPanel />);
    await showAllTopics(user);
    const trigger = screen.getByRole('button', { name: 'Your number or account is blocked by Meta' });
    trigger.focus();
    await user.keyboard('{Enter}');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(migration.getSnapshot().troubleshooting.openEntryId).toBe('banned-by-meta');
    const region = screen.getByRole('region', { name: 'Your number or account is blocked by Meta' });
    expect(region).toBeVisible();
    expect(within(region).getByRole('list')).toBeTruthy();
    // A closed entry's region is there for its trigger to name, and empty: its texts render when it opens.
    const closed = document.getElementById(
      screen.getByRole('button', { name: "The display name doesn't match" }).getAttribute('aria-controls') ?? '',
    );
    expect(closed).not.toBeNull();
    expect(closed).toBeEmptyDOMElement();
    // Opening by hand is not announced as an automatic opening.
    expect(document.querySelector('[data-part="announcer"]')).toHaveTextContent('');
    await user.keyboard(' ');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(migration.getSnapshot().troubleshooting.openEntryId).toBeNull();

    // Accordion: opening another closes the first.
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: "The display name doesn't match" }));
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(triggers().filter((b) => b.getAttribute('aria-expanded') === 'true')).toHaveLength(1);
  });

  it('dismisses the reported error and gives focus back to the entry', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = testMigration();
    migration.send({ type: 'REPORT_ERROR', code: 133005 });
    renderWithGuide(<TroubleshootingPanel />, { migration });
    await user.click(screen.getByRole('button', { name: 'Mark as solved: error 133005' }));
    expect(migration.getSnapshot().errors).toEqual([]);
    expect(screen.queryByRole('button', { name: /Mark as solved/u })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Suggested for your situation' })).toBeNull();
    expect(document.activeElement?.closest('[data-entry-id]')).toHaveAttribute('data-entry-id', 'e133005-pin-mismatch');
    // Back among the other topics, under their fold: it opened, or focus could not be there (Chromium's test).
    expect(document.activeElement?.closest('details')).toHaveAttribute('open');
  });

  it('shows the wait with the profile policy and links the provider support', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = testMigration({ profile: { ...zendeskProfile, supportUrl: 'https://help.example.com/' } });
    renderWithGuide(<TroubleshootingPanel />, { migration });
    await showAllTopics(user);
    await user.click(screen.getByRole('button', { name: 'You requested the verification code too many times' }));
    const content = screen.getByRole('region', { name: 'You requested the verification code too many times' });
    expect(within(content).getByText(/Wait about 8 hours/u)).toBeTruthy();
    expect(within(content).getByRole('link', { name: 'Open the contact page' })).toHaveAttribute(
      'href',
      'https://help.example.com/',
    );
  });

  it('has no axe violations with an error open', async () => {
    const migration = testMigration();
    migration.send({ type: 'REPORT_ERROR', code: 2388103, details: 'Details' });
    const { container } = renderWithGuide(<TroubleshootingPanel />, { migration });
    const results = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('stamps parts for styling and lets host props win', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithGuide(<TroubleshootingPanel aria-label="Help" className="mine" />);
    await showAllTopics(user);
    const region = screen.getByRole('region', { name: 'Help' });
    expect(region).toHaveClass('mine');
    expect(region).toHaveAttribute('data-scope', 'troubleshooting-panel');
    expect(region).toHaveAttribute('data-part', 'root');
    const entry = document.querySelector('[data-entry-id="banned-by-meta"]');
    expect(entry).toHaveAttribute('data-state', 'closed');
  });
});

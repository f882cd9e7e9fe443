import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defineProviderProfile, zendeskProfile } from '@wamigrate/core';
import { CARRY_OVER_ITEMS } from '@wamigrate/core/reference';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { CarryOverSummary } from '../src/components/carry-over-summary';
import { GlossaryTerm } from '../src/components/glossary-term';
import { I18nProvider } from '../src/i18n/i18n-context';
import { renderWithGuide, testMigration } from './helpers';

const renderI18n = (ui: ReactNode, locale: 'en' | 'ja' = 'en') =>
  render(<I18nProvider locale={locale}>{ui}</I18nProvider>);

describe('CarryOverSummary', () => {
  it('lists what moves and what does not, each under its heading, without a migration', () => {
    renderI18n(<CarryOverSummary headingLevel={3} />);
    const moves = screen.getByRole('heading', { level: 3, name: 'Moves with your number' });
    const stays = screen.getByRole('heading', { level: 3, name: 'Does not move' });
    const [movesList, staysList] = screen.getAllByRole('list');
    if (!movesList || !staysList) throw new Error('two lists expected');
    expect(moves.nextElementSibling).toBe(movesList);
    expect(stays.nextElementSibling).toBe(staysList);
    const kept = CARRY_OVER_ITEMS.filter((i) => i.carriesOver).length;
    expect(within(movesList).getAllByRole('listitem')).toHaveLength(kept);
    expect(within(staysList).getAllByRole('listitem')).toHaveLength(CARRY_OVER_ITEMS.length - kept);
    expect(within(movesList).getByText('Quality rating')).toBeTruthy();
    expect(within(staysList).getByText('Chat and message history')).toBeTruthy();
    expect(within(movesList).queryByText('Chat and message history')).toBeNull();
  });

  it('speaks Japanese and can be rebuilt from parts', () => {
    renderI18n(
      <CarryOverSummary.Root className="mine">
        <CarryOverSummary.List carriesOver={false} />
      </CarryOverSummary.Root>,
      'ja',
    );
    const list = screen.getByRole('list');
    expect(list).toHaveAttribute('data-scope', 'carry-over-summary');
    expect(list).toHaveAttribute('data-kind', 'stays');
    expect(list.closest('.mine')).toHaveAttribute('data-part', 'root');
    expect(list.textContent).toMatch(/[ぁ-んァ-ン一-龯]/u);
  });

  it('has no axe violations', async () => {
    const { container } = renderI18n(<CarryOverSummary />);
    const results = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('GlossaryTerm', () => {
  it('is a disclosure inside running text, opened with the keyboard and closed with Escape', async () => {
    const user = userEvent.setup({ delay: null });
    renderI18n(
      <p>
        Your <GlossaryTerm term="waba">WABA</GlossaryTerm> holds the number.
      </p>,
    );
    const button = screen.getByRole('button', { name: 'WABA' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const definition = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(definition?.tagName).toBe('SPAN');
    expect(definition).not.toBeVisible();
    expect(button.closest('p')).not.toBeNull();

    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(definition).toBeVisible();
    // The default profile's name fills {{provider}}.
    expect(definition).toHaveTextContent(/WhatsApp channels you add to Zendesk/u);
    expect(button.nextElementSibling).toBe(definition);

    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    expect(definition).toBeVisible();

    // Escape closes it and keeps focus on the term's button, also from inside the definition.
    definition?.setAttribute('tabindex', '-1');
    definition?.focus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it("shows the glossary's own name without children, and uses the migration's profile", async () => {
    const user = userEvent.setup({ delay: null });
    const profile = defineProviderProfile({ ...zendeskProfile, id: 'acme', name: 'Acme Chat' });
    renderWithGuide(<GlossaryTerm term="provider-hosted-waba" />, { migration: testMigration({ profile }) });
    const button = screen.getByRole('button', { name: 'Acme Chat-hosted WhatsApp Business Account' });
    await user.click(button);
    expect(screen.getByText(/A WABA that Acme Chat hosts for you/u)).toBeVisible();
  });

  it('renders an unknown term as plain text', () => {
    const { container } = renderI18n(
      <p>
        A <GlossaryTerm term="no-such-term">thing</GlossaryTerm> here.
      </p>,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(container.textContent).toBe('A thing here.');
    renderI18n(
      <GlossaryTerm.Root term="nope">
        <GlossaryTerm.Trigger>word</GlossaryTerm.Trigger>
        <GlossaryTerm.Definition />
      </GlossaryTerm.Root>,
    );
    expect(screen.getByText('word')).toHaveAttribute('data-unknown', '');
  });

  it('has no axe violations while open', async () => {
    const user = userEvent.setup({ delay: null });
    const { container } = renderI18n(
      <p>
        Ask your <GlossaryTerm term="bsp">BSP</GlossaryTerm>.
      </p>,
    );
    await user.click(screen.getByRole('button', { name: 'BSP' }));
    const results = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

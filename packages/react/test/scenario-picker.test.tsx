import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ScenarioPicker } from '../src/components/scenario-picker';
import { meetRequirements, renderWithGuide, testMigration } from './helpers';

describe('ScenarioPicker', () => {
  it('finds the path from plain questions, with the keyboard only', async () => {
    const user = userEvent.setup({ delay: null });
    const { migration } = renderWithGuide(<ScenarioPicker />);
    const start = screen.getByRole('button', { name: 'Start this move' });
    expect(start).toBeDisabled();

    const from = screen.getByRole('group', { name: 'Where is your WhatsApp number connected now?' });
    await user.tab();
    expect(within(from).getAllByRole('radio')[0]).toHaveFocus();
    // Arrow keys move through a native radio group and check the option.
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'In Zendesk' })).toBeChecked();

    // From Zendesk there is one destination, so it is taken and shown without asking.
    const to = screen.getByRole('group', { name: 'Where should it go?' });
    expect(within(to).queryAllByRole('radio')).toHaveLength(0);
    expect(to).toHaveTextContent('To another Business Solution Provider (BSP)');
    expect(screen.getByRole('status')).toHaveTextContent('Move your number from Zendesk to another BSP');
    await user.tab();
    expect(start).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(migration.getSnapshot().scenario?.id).toBe('provider-to-bsp');
  });

  it('only offers destinations a known path reaches', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithGuide(<ScenarioPicker />);
    await user.click(screen.getByRole('radio', { name: /hosts for me/u }));
    const to = screen.getByRole('group', { name: 'Where should it go?' });
    expect(to).toHaveTextContent('To a WhatsApp Business Account in my own Meta Business Manager');
    expect(within(to).queryAllByRole('radio')).toHaveLength(0);
  });

  it('warns that finished steps start again only when another path is chosen', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = testMigration();
    migration.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    meetRequirements(migration);
    const first = migration.getSnapshot().steps[0]?.step.id ?? '';
    migration.send({ type: 'COMPLETE_STEP', stepId: first, confirmed: true });
    expect(migration.getSnapshot().progress.done).toBe(1);
    renderWithGuide(<ScenarioPicker />, { migration });

    await user.click(screen.getByRole('radio', { name: /^With another Business Solution Provider/u }));
    await user.click(
      screen.getByRole('radio', {
        name: 'Yes, it moves to a new WhatsApp Business Account in the same business portfolio',
      }),
    );
    expect(screen.queryByText(/start again/u)).toBeNull();
    expect(screen.getByRole('button', { name: 'Continue this move' })).toBeEnabled();

    await user.click(screen.getByRole('radio', { name: 'In Zendesk' }));
    expect(screen.getByText(/those steps start again/u)).toBeTruthy();
  });

  it('asks in Japanese', () => {
    renderWithGuide(<ScenarioPicker />, { locale: 'ja' });
    expect(screen.getByRole('group', { name: 'WhatsApp の電話番号は現在どこに接続されていますか？' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'この移転を始める' })).toBeDisabled();
  });

  it('renders nothing when the host fixed the scenario', () => {
    const { container } = renderWithGuide(<ScenarioPicker />, {
      migration: testMigration({ scenario: 'bsp-to-provider' }),
    });
    expect(container.querySelector('[data-scope="scenario-picker"]')).toBeNull();
  });

  it('can be rebuilt from parts, each stamped for styling', () => {
    renderWithGuide(
      <ScenarioPicker.Root defaultFrom="this-provider">
        <ScenarioPicker.Question question="from" />
        <ScenarioPicker.Result />
        <ScenarioPicker.StartTrigger asChild>
          <a href="#start">go</a>
        </ScenarioPicker.StartTrigger>
      </ScenarioPicker.Root>,
    );
    const link = screen.getByRole('link', { name: 'go' });
    expect(link).toHaveAttribute('data-part', 'start-trigger');
    expect(screen.getByRole('status')).toHaveTextContent('Move your number from Zendesk to another BSP');
  });

  it('asks whether the number stays in the same business portfolio, and says how to tell', async () => {
    const user = userEvent.setup({ delay: null });
    const { migration } = renderWithGuide(<ScenarioPicker />);
    const hosted = screen.getByRole('radio', { name: /hosts for me/u });
    expect(hosted).toHaveAccessibleDescription(/cannot see the WhatsApp Business Account/u);
    await user.click(screen.getByRole('radio', { name: /^With another Business Solution Provider/u }));
    const portfolio = screen.getByRole('group', { name: /same business portfolio/u });
    expect(portfolio).toHaveAccessibleDescription(/How to tell/u);
    await user.click(within(portfolio).getByRole('radio', { name: 'No, it moves to a different business portfolio' }));
    expect(screen.getByRole('status')).toHaveTextContent('in a different business portfolio');
    await user.click(screen.getByRole('button', { name: 'Start this move' }));
    expect(migration.getSnapshot().scenario?.id).toBe('change-portfolio');
  });
});

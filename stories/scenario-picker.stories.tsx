import type { Meta, StoryObj } from '@storybook/react-vite';
import { MigrationStepper, ScenarioPicker } from '@wamigrate/react';
import { expect, userEvent, within } from 'storybook/test';
import { EngineStory, localeOf, storyMigration } from './support';

/**
 * At most three plain questions (where is the number now, where should it go, and, when two paths share
 * both, the paths' own question) that name the user's path, with a "how to tell" hint where a person may
 * not know the answer. A question with one answer is answered and shown, not asked.
 */
const meta = {
  title: 'ScenarioPicker',
  component: ScenarioPicker,
  args: { headingLevel: 2 },
  render: (args, { globals }) => (
    <EngineStory create={() => storyMigration()} locale={localeOf(globals)}>
      <ScenarioPicker {...args} />
    </EngineStory>
  ),
} satisfies Meta<typeof ScenarioPicker>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Nothing answered yet: "Start this move" waits for both answers. */
export const Empty: Story = {};

/**
 * Another BSP: the only destination is shown, and the third question asks whether the number stays in the
 * same business portfolio (a different one is not a migration but a remove-and-re-add).
 */
export const Answered: Story = { args: { defaultFrom: 'other-bsp' } };

/** The WhatsApp Business app: keep the app (coexistence) or move the number off it, with its hint. */
export const BusinessApp: Story = {
  args: { defaultFrom: 'whatsapp-business-app' },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const keep = canvas.getByRole('radio', { name: 'Yes, I want to keep using the app on my phone' });
    await expect(
      canvas.getByRole('group', { name: /keep using the WhatsApp Business app/u }),
    ).toHaveAccessibleDescription(/reply from both/u);
    await userEvent.click(keep);
    await expect(canvas.getByRole('status')).toHaveTextContent('keep the app');
  },
};

export const Japanese: Story = { args: { defaultFrom: 'provider-hosted-waba' }, globals: { locale: 'ja' } };

/**
 * A host that fixed the scenario has answered the questions: the picker renders nothing. What the user
 * sees instead is the path's steps, shown here with the stepper.
 */
export const FixedScenario: Story = {
  render: (args, { globals }) => (
    <EngineStory create={() => storyMigration({ scenario: 'provider-to-bsp' })} locale={localeOf(globals)}>
      <ScenarioPicker {...args} />
      <MigrationStepper />
    </EngineStory>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-scope="scenario-picker"]')).toBeNull();
    await expect(canvasElement.querySelector('[data-scope="migration-stepper"]')).not.toBeNull();
  },
};

/** Answered with the keyboard only: Tab into the radio group, Space, an arrow key, Tab, Enter. */
export const AnsweredByKeyboard: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const start = canvas.getByRole('button', { name: 'Start this move' });
    await expect(start).toBeDisabled();

    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: /^With another Business Solution Provider/u })).toHaveFocus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowDown}');
    const inProvider = canvas.getByRole('radio', { name: 'In Zendesk' });
    await expect(inProvider).toBeChecked();
    await expect(inProvider).toHaveFocus();

    // From the provider there is one destination: it is answered and shown, not asked.
    await expect(canvas.queryByRole('radio', { name: 'To another Business Solution Provider (BSP)' })).toBeNull();
    await expect(canvas.getByText('To another Business Solution Provider (BSP)')).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('Move your number from Zendesk to another BSP');

    await userEvent.tab();
    await expect(start).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Continue this move' })).toHaveFocus();
  },
};

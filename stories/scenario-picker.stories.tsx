import type { Meta, StoryObj } from '@storybook/react-vite';
import { MigrationStepper, ScenarioPicker } from '@wamigrate/react';
import { expect, userEvent, within } from 'storybook/test';
import { EngineStory, localeOf, storyMigration } from './support';

/** Two plain questions (where is the number now, where should it go) that name the user's path. */
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

/** The first question answered; the only destination from there is chosen for the user. */
export const Answered: Story = { args: { defaultFrom: 'other-bsp' } };

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

    // From the provider there is one destination: it is answered already, and the result says the path.
    await expect(canvas.getByRole('radio', { name: 'To another Business Solution Provider (BSP)' })).toBeChecked();
    await expect(canvas.getByRole('status')).toHaveTextContent('Move your number from Zendesk to another BSP');

    await userEvent.tab();
    await userEvent.tab();
    await expect(start).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Continue this move' })).toHaveFocus();
  },
};

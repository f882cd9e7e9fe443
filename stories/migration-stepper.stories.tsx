import type { Meta, StoryObj } from '@storybook/react-vite';
import type { Migration } from '@wamigrate/core';
import { MigrationStepper } from '@wamigrate/react';
import { expect, userEvent, within } from 'storybook/test';
import {
  atStep,
  completed,
  EngineStory,
  expectCurrentStep,
  localeOf,
  type ScenarioId,
  type StepPosition,
  stepIndex,
  storyNow,
  withEvents,
  withField,
} from './support';

/**
 * The ordered steps of the chosen path, the current step's details and actions, the verification-code
 * limit, the request to the provider's support, and the confirmation before a step with a consequence.
 */
const meta = {
  title: 'MigrationStepper',
  component: MigrationStepper,
  // The countdowns read the engine's fixed moment, so the cool-down reads the same on every run.
  args: { headingLevel: 2, now: storyNow },
  argTypes: { now: { control: false } },
  render: (args, { globals }) => (
    <EngineStory create={() => atStep('bsp-to-provider', 0)} locale={localeOf(globals)}>
      <MigrationStepper {...args} />
    </EngineStory>
  ),
} satisfies Meta<typeof MigrationStepper>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The stepper over an engine that `create` makes when the story mounts. */
const over =
  (create: () => Migration): NonNullable<Story['render']> =>
  (args, { globals }) => (
    <EngineStory create={create} locale={localeOf(globals)}>
      <MigrationStepper {...args} />
    </EngineStory>
  );

/** A scenario at its first, middle or last step, every earlier step done. */
const at = (scenarioId: ScenarioId, position: StepPosition): Story => ({
  render: over(() => atStep(scenarioId, stepIndex(scenarioId, position))),
  play: ({ canvasElement }) => expectCurrentStep(canvasElement, stepIndex(scenarioId, position)),
});

/** The item of the current step. */
const currentItem = (canvasElement: HTMLElement) => canvasElement.querySelector('[aria-current="step"]');

export const BspToProviderFirstStep = at('bsp-to-provider', 'first');
export const BspToProviderMiddleStep = at('bsp-to-provider', 'middle');
export const BspToProviderLastStep = at('bsp-to-provider', 'last');
export const ProviderToBspFirstStep = at('provider-to-bsp', 'first');
export const ProviderToBspMiddleStep = at('provider-to-bsp', 'middle');
export const ProviderToBspLastStep = at('provider-to-bsp', 'last');
export const HostedToSelfHostedFirstStep = at('hosted-to-self-hosted', 'first');
export const HostedToSelfHostedMiddleStep = at('hosted-to-self-hosted', 'middle');
export const HostedToSelfHostedLastStep = at('hosted-to-self-hosted', 'last');

/**
 * Blocked: the step's own requirement failed (the display name typed for the new setup differs from the
 * current one), so it cannot be marked done until the answer is corrected.
 */
export const BlockedStep: Story = {
  render: over(() => withField(atStep('bsp-to-provider', 2), 'newDisplayName', 'Sakura Dental')),
  play: async ({ canvasElement }) => {
    await expect(currentItem(canvasElement)).toHaveAttribute('data-state', 'blocked');
  },
};

/** Meta answered the code request with 2388001: the step is marked with an error. */
export const ErrorStep: Story = {
  render: over(() => withEvents(atStep('bsp-to-provider', 2), { type: 'REPORT_ERROR', code: 2388001 })),
  play: async ({ canvasElement }) => {
    await expect(currentItem(canvasElement)).toHaveAttribute('data-state', 'error');
  },
};

/**
 * Removing the integration takes the number offline: "Mark as done" asks first, in a modal dialog that
 * holds focus until it is answered.
 */
export const ConfirmDialogOpen: Story = {
  globals: { locale: 'en' },
  render: over(() => atStep('hosted-to-self-hosted', 3)),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Mark as done' }));
    // Radix portals the dialog to the end of <body>; the native one stays in place.
    const body = within(canvasElement.ownerDocument.body);
    const dialog = await body.findByRole('dialog', { name: 'Take the number offline?' });
    await expect(dialog).toHaveAccessibleDescription(/^Removing the integration takes the number offline\./u);
    await expect(dialog).toContainElement(canvasElement.ownerDocument.activeElement as HTMLElement);
    // Tab and Shift+Tab cycle inside the dialog.
    for (const _ of [1, 2, 3]) {
      await userEvent.tab();
      await expect(dialog).toContainElement(canvasElement.ownerDocument.activeElement as HTMLElement);
    }
    await userEvent.tab({ shift: true });
    await expect(dialog).toContainElement(canvasElement.ownerDocument.activeElement as HTMLElement);
    await expect(within(dialog).getByRole('button', { name: 'Not yet' })).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Remove and continue' })).toBeVisible();
  },
};

/**
 * `dialog="native"`: the same confirmation as a `<dialog>` opened with `showModal()`, in place. What the
 * custom element uses (a shadow root) and what a page with a strict Content-Security-Policy needs.
 */
export const NativeConfirmDialogOpen: Story = {
  ...ConfirmDialogOpen,
  args: { dialog: 'native' },
};

/** Three codes requested: the limit is reached, the countdown runs and the button waits. */
export const VerificationCodeCooldown: Story = {
  render: over(() =>
    withEvents(
      atStep('bsp-to-provider', 2),
      { type: 'REQUEST_CODE' },
      { type: 'REQUEST_CODE' },
      { type: 'REQUEST_CODE' },
    ),
  ),
  play: async ({ canvasElement }) => {
    const code = canvasElement.querySelector('[data-part="verification-code"]');
    await expect(code).toHaveAttribute('data-state', 'blocked');
    await expect(code?.querySelector('[data-part="request-code-trigger"]')).toBeDisabled();
  },
};

/** Leaving the provider: a ready-written request to its support, to copy or to send by email. */
export const SupportRequestStep: Story = {
  render: over(() => atStep('provider-to-bsp', 1)),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-part="support-request"]')).not.toBeNull();
  },
};

export const Complete: Story = {
  render: over(() => completed('hosted-to-self-hosted')),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-scope="migration-stepper"][data-part="root"]')).toHaveAttribute(
      'data-state',
      'complete',
    );
  },
};

/** In Japanese, during the code cool-down. */
export const Japanese: Story = { ...VerificationCodeCooldown, globals: { locale: 'ja' } };

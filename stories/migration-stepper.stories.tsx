import type { Meta, StoryObj } from '@storybook/react-vite';
import { type Migration, SCENARIOS } from '@wamigrate/core';
import { MigrationStepper } from '@wamigrate/react';
import { expect, userEvent, within } from 'storybook/test';
import {
  atStep,
  completed,
  EngineStory,
  EVERY_STATE,
  expectCurrentStep,
  localeOf,
  POSITIONS,
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

/** The item of the current step. */
const currentItem = (canvasElement: HTMLElement) => canvasElement.querySelector('[aria-current="step"]');

export const EveryScenarioAtEveryPosition: Story = {
  // Several steppers on one page name the same step's region alike; a page has one guide, so that rule alone
  // is left out here. Every other rule still runs over every state.
  parameters: { a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } } },
  render: (args, { globals }) => (
    <>
      {EVERY_STATE.map(({ scenarioId, position, index }) => (
        <div key={`${scenarioId}-${position}`} data-state-of={`${scenarioId} ${position}`}>
          <EngineStory create={() => atStep(scenarioId, index)} locale={localeOf(globals)}>
            <MigrationStepper {...args} />
          </EngineStory>
        </div>
      ))}
    </>
  ),
  play: async ({ canvasElement }) => {
    const sections = canvasElement.querySelectorAll('[data-state-of]');
    await expect(sections).toHaveLength(EVERY_STATE.length);
    for (const [i, { index }] of EVERY_STATE.entries()) {
      await expectCurrentStep(sections[i] as HTMLElement, index);
    }
  },
};

/** One scenario at one position, chosen with the controls (the options are the catalogue's scenarios). */
export const AtStep: StoryObj<{ scenario: string; position: StepPosition; headingLevel: 2 }> = {
  args: { scenario: SCENARIOS[0]?.id ?? '', position: 'middle', headingLevel: 2 },
  argTypes: {
    scenario: { control: 'select', options: SCENARIOS.map((s) => s.id) },
    position: { control: 'inline-radio', options: POSITIONS },
  },
  render: ({ scenario, position }, { globals }) => (
    <EngineStory
      key={`${scenario}-${position}`}
      create={() => atStep(scenario, stepIndex(scenario, position))}
      locale={localeOf(globals)}
    >
      <MigrationStepper headingLevel={2} now={storyNow} />
    </EngineStory>
  ),
  play: ({ canvasElement, args }) => expectCurrentStep(canvasElement, stepIndex(args.scenario, args.position)),
};

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
    const dialog = await body.findByRole('dialog', { name: 'Did you remove it in Admin Center?' });
    await expect(dialog).toHaveAccessibleDescription(/^Once the integration is removed, the number is offline/u);
    await expect(dialog).toContainElement(canvasElement.ownerDocument.activeElement as HTMLElement);
    // Tab and Shift+Tab cycle inside the dialog.
    for (const _ of [1, 2, 3]) {
      await userEvent.tab();
      await expect(dialog).toContainElement(canvasElement.ownerDocument.activeElement as HTMLElement);
    }
    await userEvent.tab({ shift: true });
    await expect(dialog).toContainElement(canvasElement.ownerDocument.activeElement as HTMLElement);
    await expect(within(dialog).getByRole('button', { name: 'Not yet' })).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Yes, I removed it' })).toBeVisible();
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

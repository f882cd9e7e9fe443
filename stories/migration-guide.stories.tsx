import type { Meta, StoryObj } from '@storybook/react-vite';
import { createMigration, type Migration, memoryStorage, SCENARIOS } from '@wamigrate/core';
import { MigrationGuide } from '@wamigrate/react';
import { expect, fn, waitFor, within } from 'storybook/test';
import {
  atStep,
  completed,
  corruptStorage,
  EVERY_STATE,
  expectCurrentStep,
  Fresh,
  fixedClock,
  localeOf,
  meetRequirements,
  POSITIONS,
  type StepPosition,
  stepIndex,
  storedProgress,
  withEvents,
} from './support';
import './story-layout.css';

/**
 * The drop-in guide: pick a path, meet the requirements, walk the steps, get help. Each story hands the
 * guide a fresh engine (`migration`, created when the story mounts) or lets the guide create its own.
 */
const meta = {
  title: 'MigrationGuide',
  component: MigrationGuide,
  // The Actions panel shows what a host hears: every event, and ready, complete and error.
  args: { theme: 'light', headingLevel: 2, onEvent: fn(), onReady: fn(), onComplete: fn(), onError: fn() },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  // The guide creates its own engine: nothing is shared between stories.
  render: (args, { globals }) => <MigrationGuide {...args} locale={localeOf(globals)} clock={fixedClock()} />,
} satisfies Meta<typeof MigrationGuide>;
export default meta;

type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('[data-scope="migration-guide"][data-part="root"]');

/** The guide with an engine `create` makes when the story mounts. */
const withEngine =
  (create: () => Migration): NonNullable<Story['render']> =>
  (args, { globals }) => (
    <Fresh create={create}>
      {(migration) => (
        <MigrationGuide {...args} migration={migration} locale={localeOf(globals)} clock={fixedClock()} />
      )}
    </Fresh>
  );

export const Picking: Story = {};

export const EveryScenarioAtEveryPosition: Story = {
  // Several guides on one page name their regions alike; a page has one guide, so that rule alone is left
  // out here. Every other rule still runs over every state.
  parameters: { a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } } },
  render: (args, { globals }) => (
    <>
      {EVERY_STATE.map(({ scenarioId, position, index }) => (
        <div key={`${scenarioId}-${position}`} data-state-of={`${scenarioId} ${position}`}>
          <Fresh create={() => atStep(scenarioId, index)}>
            {(migration) => (
              <MigrationGuide {...args} migration={migration} locale={localeOf(globals)} clock={fixedClock()} />
            )}
          </Fresh>
        </div>
      ))}
    </>
  ),
  play: async ({ canvasElement }) => {
    const states = canvasElement.querySelectorAll<HTMLElement>('[data-state-of]');
    await expect(states).toHaveLength(EVERY_STATE.length);
    for (const [i, { index }] of EVERY_STATE.entries()) await expectCurrentStep(states[i] as HTMLElement, index);
  },
};

/** One scenario at one position, chosen with the controls (the options are the catalogue's scenarios). */
export const AtStep: StoryObj<{ scenario: string; position: StepPosition }> = {
  args: { scenario: SCENARIOS[0]?.id ?? '', position: 'middle' },
  argTypes: {
    scenario: { control: 'select', options: SCENARIOS.map((s) => s.id) },
    position: { control: 'inline-radio', options: POSITIONS },
  },
  render: ({ scenario, position }, { globals }) => (
    <Fresh key={`${scenario}-${position}`} create={() => atStep(scenario, stepIndex(scenario, position))}>
      {(migration) => (
        <MigrationGuide theme="light" migration={migration} locale={localeOf(globals)} clock={fixedClock()} />
      )}
    </Fresh>
  ),
  play: ({ canvasElement, args }) => expectCurrentStep(canvasElement, stepIndex(args.scenario, args.position)),
};

/** Every step done: the completion message. */
export const Complete: Story = { render: withEngine(() => completed('bsp-to-provider')) };

/** Meta refused the number with 2388001 at the code step: the step shows an error, troubleshooting opens. */
export const ErrorReported: Story = {
  render: withEngine(() =>
    // Meta's response as a portal receives it: the subcode under code 100, details and a trace id.
    withEvents(atStep('bsp-to-provider', stepIndex('bsp-to-provider', 'middle')), {
      type: 'REPORT_ERROR',
      error: {
        error: {
          message: '(#100) Invalid parameter',
          type: 'OAuthException',
          code: 100,
          error_subcode: 2388001,
          error_data: { details: 'Two-step verification is enabled for this phone number.' },
          fbtrace_id: 'AQn7cD2fXk1',
        },
      },
    }),
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('button', { expanded: true }).length).toBeGreaterThan(0);
  },
};

export const Japanese: Story = {
  globals: { locale: 'ja' },
  render: withEngine(() => atStep('hosted-to-self-hosted', 1)),
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement)).toHaveAttribute('lang', 'ja');
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  // The page behind the guide is dark too, as a host's dark page would be.
  globals: { backgrounds: { value: 'dark' } },
  render: withEngine(() => atStep('bsp-to-provider', stepIndex('bsp-to-provider', 'middle'))),
};

export const RightToLeft: Story = {
  args: { dir: 'rtl' },
  render: withEngine(() => atStep('provider-to-bsp', stepIndex('provider-to-bsp', 'middle'))),
};

/** The narrowest phone: 320 CSS pixels (a story-only class, not a style attribute). */
export const Narrow320: Story = {
  name: '320 px wide',
  decorators: [
    (Story) => (
      <div className="story-narrow">
        <Story />
      </div>
    ),
  ],
  render: withEngine(() => atStep('hosted-to-self-hosted', stepIndex('hosted-to-self-hosted', 'middle'))),
  play: async ({ canvasElement }) => {
    // Reflow (WCAG 1.4.10): nothing needs scrolling sideways at 320 px.
    const wrapper = canvasElement.querySelector('.story-narrow');
    await expect(wrapper?.getBoundingClientRect().width).toBe(320);
    await expect(wrapper?.scrollWidth).toBeLessThanOrEqual(wrapper?.clientWidth ?? 0);
  },
};

/**
 * Progress saved on an earlier visit (the guide's own engine reads it from storage): the scenario and the
 * finished steps come back; the phone number, not stored without the host's opt-in, counts as checked.
 */
export const RestoredProgress: Story = {
  render: (args, { globals }) => (
    <Fresh create={() => storedProgress('bsp-to-provider', 2)}>
      {(storage) => <MigrationGuide {...args} storage={storage} locale={localeOf(globals)} clock={fixedClock()} />}
    </Fresh>
  ),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'active'));
    // Two steps were done on the earlier visit: the third is current again.
    await expectCurrentStep(canvasElement, 2);
  },
};

/**
 * A number the shape check took, refused by the full phone validator that arrives after the guide opened
 * (`loadPhoneValidator`): the step completed on it is reopened, and the notice says why.
 */
export const PhoneRechecked: Story = {
  render: withEngine(() => {
    const migration = createMigration({
      storage: memoryStorage(),
      clock: fixedClock(),
      loadPhoneValidator: () =>
        import('@wamigrate/core/phone').then((m) => (input: string) => m.validatePhoneNumber(input)),
    });
    migration.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    meetRequirements(migration, { phoneNumber: '+81 12 345' });
    migration.send({ type: 'COMPLETE_STEP', stepId: 'check-requirements', confirmed: true });
    return migration;
  }),
  play: async ({ canvasElement }) => {
    const notice = canvasElement.querySelector('[data-scope="migration-guide"][data-part="notice"]');
    await waitFor(() => expect(notice).toHaveAttribute('data-state', 'open'));
    await expectCurrentStep(canvasElement, 0);
  },
};

/** Saved progress that is not even JSON: the guide starts clean and says so, in a dismissible notice. */
export const StorageNotice: Story = {
  globals: { locale: 'en' },
  render: (args, { globals }) => (
    <Fresh create={corruptStorage}>
      {(storage) => <MigrationGuide {...args} storage={storage} locale={localeOf(globals)} clock={fixedClock()} />}
    </Fresh>
  ),
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'picking');
    const notice = canvasElement.querySelector('[data-scope="migration-guide"][data-part="notice"]');
    await expect(notice).toHaveAttribute('data-state', 'open');
    await expect(within(notice as HTMLElement).getByRole('button', { name: 'Dismiss' })).toBeVisible();
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import type { InputField, Migration } from '@wamigrate/core';
import { RequirementsChecklist } from '@wamigrate/react';
import { expect, userEvent, within } from 'storybook/test';
import {
  atStep,
  EngineStory,
  expectRequirement,
  failsToAnswer,
  localeOf,
  neverAnswers,
  storyMigration,
  touchFields,
  withEvents,
  withField,
} from './support';

/**
 * The chosen path's requirements, grouped: checkboxes for what only the user can confirm, forms for what
 * they type (checked as they type, shown on leaving the field), and the host's own checks.
 * Hosted -> self-hosted asks for every kind, so the stories use it.
 */
// The seed states the identity rule for the move in (Z1): its checklist has the fields.
const SCENARIO = 'bsp-to-provider';

const meta = {
  title: 'RequirementsChecklist',
  component: RequirementsChecklist,
  args: { headingLevel: 2 },
  render: (args, { globals }) => (
    <EngineStory
      create={() => withEvents(storyMigration(), { type: 'SELECT_SCENARIO', scenarioId: SCENARIO })}
      locale={localeOf(globals)}
    >
      <RequirementsChecklist {...args} />
    </EngineStory>
  ),
} satisfies Meta<typeof RequirementsChecklist>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The checklist over an engine that `create` makes when the story mounts. */
const over =
  (create: () => Migration): NonNullable<Story['render']> =>
  (args, { globals }) => (
    <EngineStory create={create} locale={localeOf(globals)}>
      <RequirementsChecklist {...args} />
    </EngineStory>
  );

/** Every requirement met, then one field changed to `value`; the field's message shows once it is left. */
const failing = (field: InputField, value: string, touch: InputField[] = [field]): Story => ({
  render: over(() => withField(atStep(SCENARIO, 0), field, value)),
  play: async ({ canvasElement }) => {
    const inputs = await touchFields(canvasElement, ...touch);
    const invalid = inputs.filter((input) => input.getAttribute('aria-invalid') === 'true');
    await expect(invalid.length).toBeGreaterThan(0);
    for (const input of invalid) await expect(input).toHaveAccessibleDescription(expect.stringMatching(/\S/u));
  },
});

/** Nothing answered yet. */
export const Open: Story = {};

export const AllMet: Story = {
  render: over(() => atStep(SCENARIO, 0)),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[data-part="item"]:not([data-state="met"])')).toHaveLength(0);
  },
};

/** A number too short to be real: the message appears beside the field once the user leaves it. */
export const PhoneNumberMalformed: Story = {
  globals: { locale: 'en' },
  render: over(() => withField(atStep(SCENARIO, 0), 'phoneNumber', '+81 90 12')),
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'WhatsApp phone number' });
    await expect(input).not.toHaveAttribute('aria-invalid');
    await touchFields(canvasElement, 'phoneNumber');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/too short/u);
    // Nothing the user typed is lost.
    await expect(input).toHaveValue('+81 90 12');
  },
};

export const BusinessManagerIdsDiffer = failing('newBusinessManagerId', '987654321098765', [
  'currentBusinessManagerId',
  'newBusinessManagerId',
]);

export const DisplayNamesDiffer = failing('newDisplayName', 'Sakura Dental', ['currentDisplayName', 'newDisplayName']);

export const BusinessManagerIdNotDigits = failing('currentBusinessManagerId', '1234-5678-9012');

/** The host is still answering "is this user an admin in the provider?". */
export const HostCheckChecking: Story = {
  render: over(() => atStep(SCENARIO, 0, { hostChecks: { 'provider-admin': neverAnswers } })),
  play: ({ canvasElement }) => expectRequirement(canvasElement, 'provider-admin', 'checking'),
};

/** The host answered no. */
export const HostCheckUnmet: Story = {
  render: over(() => atStep(SCENARIO, 0, { hostChecks: { 'provider-admin': () => false } })),
  play: ({ canvasElement }) => expectRequirement(canvasElement, 'provider-admin', 'unmet'),
};

/** The host could not answer: an error, and "Check again". */
export const HostCheckError: Story = {
  render: over(() => atStep(SCENARIO, 0, { hostChecks: { 'provider-admin': failsToAnswer } })),
  play: ({ canvasElement }) => expectRequirement(canvasElement, 'provider-admin', 'error'),
};

/** The first step is done and relies on these answers: unticking one is refused, and the reason shown. */
export const Locked: Story = {
  render: over(() => atStep(SCENARIO, 1)),
  play: async ({ canvasElement }) => {
    // A requirement of the first step, which is done: changing it needs that step reopened.
    const checkbox = canvasElement.querySelector<HTMLInputElement>(
      '[data-part="attestation-checkbox"][name="display-name-approved"]',
    );
    if (!checkbox) throw new Error('no attestation checkbox');
    await expect(checkbox).toBeChecked();
    await userEvent.click(checkbox);
    await expect(checkbox).toBeChecked();
    await expect(await within(canvasElement).findByRole('alert')).toBeVisible();
    await expect(checkbox).toHaveAccessibleDescription(expect.stringMatching(/\S/u));
  },
};

/** In Japanese, with a malformed number shown beside its field. */
export const Japanese: Story = {
  ...failing('phoneNumber', '090-12'),
  globals: { locale: 'ja' },
};

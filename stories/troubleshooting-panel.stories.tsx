import type { Meta, StoryObj } from '@storybook/react-vite';
import { type Migration, TROUBLESHOOTING_ENTRIES, type TroubleshootingEntry } from '@wamigrate/core';
import { TroubleshootingPanel } from '@wamigrate/react';
import { expect, userEvent, within } from 'storybook/test';
import { atStep, EngineStory, localeOf, withEvents } from './support';

/**
 * Help for a symptom or one of Meta's error codes. An error the host reports to the engine opens its entry
 * here by itself; the stories report it before the panel renders, at the step that sends the code.
 */
const meta = {
  title: 'TroubleshootingPanel',
  component: TroubleshootingPanel,
  args: { headingLevel: 2 },
  render: (args, { globals }) => (
    <EngineStory create={() => atStep('bsp-to-provider', 2)} locale={localeOf(globals)}>
      <TroubleshootingPanel {...args} />
    </EngineStory>
  ),
} satisfies Meta<typeof TroubleshootingPanel>;
export default meta;

type Story = StoryObj<typeof meta>;

/** The panel after Meta answered with `code` at the code step. */
const reported = (code: number | string): NonNullable<Story['render']> => {
  const create = (): Migration => withEvents(atStep('bsp-to-provider', 2), { type: 'REPORT_ERROR', code });
  return (args, { globals }) => (
    <EngineStory create={create} locale={localeOf(globals)}>
      <TroubleshootingPanel {...args} />
    </EngineStory>
  );
};

/** The entry the engine opened: expanded, listed first, with the reported code beside it. */
const expectOpened = async (canvasElement: HTMLElement, title: RegExp) => {
  const trigger = within(canvasElement).getByRole('button', { name: title, expanded: true });
  const content = canvasElement.ownerDocument.getElementById(trigger.getAttribute('aria-controls') ?? '');
  await expect(content).toBeVisible();
};

/** No error reported: every topic, all closed. */
export const Closed: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryAllByRole('button', { expanded: true })).toHaveLength(0);
  },
};

/** 2388001: two-step verification is still on (the first of the code's causes opens). */
export const OpenedBy2388001: Story = {
  name: 'Opened by 2388001',
  globals: { locale: 'en' },
  render: reported(2388001),
  play: ({ canvasElement }) => expectOpened(canvasElement, /^Two-step verification is still on/u),
};

/** 133016: the registration limit (10 in 72 hours) is reached. */
export const OpenedBy133016: Story = {
  name: 'Opened by 133016',
  globals: { locale: 'en' },
  render: reported(133016),
  play: ({ canvasElement }) => expectOpened(canvasElement, /^The registration limit is reached/u),
};

/** A code the knowledge base has no entry for: the general steps, naming the code. */
export const UnknownCode: Story = {
  render: reported(131999),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: /131999/u, expanded: true })).toBeVisible();
  },
};

/** The user describes the problem in their own words; the count of matches is announced. */
export const SearchResults: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search by problem or error code' }), 'verification');
    await expect(canvas.getByText(/match(es)? your search/u)).toBeVisible();
  },
};

export const Japanese: Story = { render: reported(2388001), globals: { locale: 'ja' } };

/** Meta's body for an entry's first code: 2388xxx as the subcode under code 100, with the cause's title. */
const graphBodyOf = (entry: TroubleshootingEntry) => {
  const code = entry.codes[0] ?? 0;
  const migration = String(code).startsWith('2388') || String(code).startsWith('2593');
  return {
    error: {
      message: `(#${migration ? 100 : code}) ${entry.userTitles?.[0] ?? 'Error'}`,
      type: 'OAuthException',
      code: migration ? 100 : code,
      ...(migration ? { error_subcode: code } : {}),
      ...(entry.userTitles ? { error_user_title: entry.userTitles[0] } : {}),
      error_data: { details: 'As Meta sent it.' },
      fbtrace_id: 'AQn7cD2fXk1',
    },
  };
};

const CODED = TROUBLESHOOTING_ENTRIES.filter((entry) => entry.codes.length > 0);

/**
 * Every entry with a code, each opened by Meta's error body for it (the way a portal passes Meta's response):
 * the entry the body opens is expanded and shows the code, Meta's details and the trace id.
 */
export const EveryEntry: Story = {
  // One panel per entry: each is a region with the same name, which only a page of many panels has. The
  // rule is turned off here alone; every other rule still runs over every entry.
  parameters: { a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } } },
  render: (args, { globals }) => (
    <>
      {CODED.map((entry) => (
        <section key={entry.id} data-entry-of={entry.id} aria-label={entry.id}>
          <EngineStory
            create={() => withEvents(atStep('bsp-to-provider', 2), { type: 'REPORT_ERROR', error: graphBodyOf(entry) })}
            locale={localeOf(globals)}
          >
            <TroubleshootingPanel {...args} />
          </EngineStory>
        </section>
      ))}
    </>
  ),
  play: async ({ canvasElement }) => {
    for (const entry of CODED) {
      const section = canvasElement.querySelector<HTMLElement>(`[data-entry-of="${entry.id}"]`);
      await expect(section).not.toBeNull();
      const opened = within(section as HTMLElement).getAllByRole('button', { expanded: true });
      await expect(opened.length).toBeGreaterThan(0);
    }
  },
};

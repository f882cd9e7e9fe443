import type { Meta, StoryObj } from '@storybook/react-vite';
import { CarryOverSummary, I18nProvider } from '@wamigrate/react';
import { expect, userEvent, within } from 'storybook/test';
import { localeOf, TextWithTerms } from './support';

/**
 * Reference beside the guide, no engine needed: what moves with the number, and glossary terms inside
 * running text (here the guide's own scenario titles, so the sentence exists in both languages).
 */
const meta = {
  title: 'Reference',
  render: (_args, { globals }) => (
    <I18nProvider locale={localeOf(globals)}>
      <CarryOverSummary headingLevel={2} />
    </I18nProvider>
  ),
} satisfies Meta;
export default meta;

type Story = StoryObj<typeof meta>;

/** What carries over with the number and what does not, as two lists under their headings. */
export const CarryOver: Story = {};

export const CarryOverJapanese: Story = { globals: { locale: 'ja' } };

const TERMS = { WABA: 'waba', BSP: 'bsp' } as const;

/** Terms inside sentences: each is a button that shows its definition right after it. */
export const GlossaryTermsInText: Story = {
  render: (_args, { globals }) => (
    <I18nProvider locale={localeOf(globals)}>
      <TextWithTerms messageKey="scenario.hosted-to-self-hosted.title" terms={TERMS} />
      <TextWithTerms messageKey="scenario.bsp-to-provider.title" terms={TERMS} />
    </I18nProvider>
  ),
  play: async ({ canvasElement }) => {
    for (const button of within(canvasElement).getAllByRole('button')) {
      await expect(button).toHaveAttribute('aria-expanded', 'false');
    }
  },
};

/** A term opened with the keyboard: Enter shows the definition, which stays in the running text. */
export const GlossaryTermOpen: Story = {
  ...GlossaryTermsInText,
  play: async ({ canvasElement }) => {
    const [first] = within(canvasElement).getAllByRole('button');
    if (!first) throw new Error('no glossary term');
    first.focus();
    await userEvent.keyboard('{Enter}');
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    const definition = canvasElement.ownerDocument.getElementById(first.getAttribute('aria-controls') ?? '');
    await expect(definition).toBeVisible();
    await expect(definition?.closest('p')).toBe(first.closest('p'));
  },
};

export const GlossaryTermJapanese: Story = { ...GlossaryTermOpen, globals: { locale: 'ja' } };

import type { Preview } from '@storybook/react-vite';
import { LOCALES } from '@wamigrate/core/messages';
import { loadCatalogues } from '@wamigrate/react';
import '@wamigrate/react/styles.css';

/** Each registered locale, named in its own language (English, 日本語). */
const localeItems = LOCALES.map((locale) => ({
  value: locale,
  title: new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale,
}));

const preview: Preview = {
  // Every component gets a docs page from its stories and types.
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the guide',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: localeItems,
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  // The story's language is fetched before it renders, as a host's route loader would (`loadCatalogues`):
  // a story in Japanese shows Japanese from its first frame, and its play function finds it.
  loaders: [({ globals }) => (typeof globals.locale === 'string' ? loadCatalogues(globals.locale) : undefined)],
  parameters: {
    layout: 'padded',
    // Any axe violation fails the story when it runs as a test (addon-a11y with addon-vitest).
    a11y: { test: 'error' },
  },
};
export default preview;

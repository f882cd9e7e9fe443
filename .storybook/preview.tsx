import type { Preview } from '@storybook/react-vite';
import '@wamigrate/react/styles.css';

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the guide',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'ja', title: '日本語' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  parameters: {
    layout: 'padded',
    // Any axe violation fails the story when it runs as a test (addon-a11y with addon-vitest).
    a11y: { test: 'error' },
  },
};
export default preview;

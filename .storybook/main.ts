import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

const apiReference = fileURLToPath(new URL('../.api-reference', import.meta.url));
const reactSource = (path: string) => fileURLToPath(new URL(`../packages/react/src/${path}`, import.meta.url));

const config: StorybookConfig = {
  stories: ['../stories/docs/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The API reference, generated from the packages' types (`pnpm run docs:api`, which npm start and npm test
  // run first); when it could not be built, Storybook still starts, without /api/.
  staticDirs: existsSync(apiReference) ? [{ from: apiReference, to: '/api' }] : [],
  // Stories read the React package's source, so an edit shows at once; the core is read from its build.
  viteFinal: (vite) => ({
    ...vite,
    resolve: {
      ...vite.resolve,
      alias: [
        { find: /^@wamigrate\/react$/u, replacement: reactSource('index.ts') },
        { find: /^@wamigrate\/react\/styles\.css$/u, replacement: reactSource('styles.css') },
      ],
    },
  }),
};
export default config;

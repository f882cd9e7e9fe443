import { defineConfig } from 'tsup';
import { oneFilePerModule, sourceModules } from '../../scripts/one-file-per-module';

// Separate entries so that hosts pay only for what they import: the main entry carries no zod, no
// message catalogue, no phone metadata and no reference content.
const entries = {
  index: 'src/index.ts',
  schemas: 'src/schemas.ts',
  reference: 'src/reference.ts',
  phone: 'src/phone.ts',
  messages: 'src/messages.ts',
  // One catalogue each, for a host that loads only the languages it shows.
  'messages/en': 'src/messages/en/index.ts',
  'messages/ja': 'src/messages/ja/index.ts',
  // Each also in two parts: what a guide renders with, and the troubleshooting details it fetches later.
  'messages/en/essentials': 'src/messages/en/essentials.ts',
  'messages/en/details': 'src/messages/en/troubleshooting-details.ts',
  'messages/ja/essentials': 'src/messages/ja/essentials.ts',
  'messages/ja/details': 'src/messages/ja/troubleshooting-details.ts',
  connect: 'src/connect.ts',
  testing: 'src/testing.ts',
};

// Two builds, side by side (`npm run build` empties dist first, not tsup):
// - ES modules one file per source module, as src is laid out (`messages/en` is dist/messages/en/index.js),
//   so a bundler leaves out every module a host does not use; the declarations per entry.
// - CommonJS one file per entry (require() has no tree-shaking to gain from more).
export default defineConfig([
  {
    entry: sourceModules('src'),
    format: ['esm'],
    dts: { entry: entries },
    sourcemap: true,
    target: 'es2022',
    esbuildPlugins: [oneFilePerModule],
  },
  { entry: entries, format: ['cjs'], dts: true, sourcemap: true, target: 'es2022', treeshake: true },
]);

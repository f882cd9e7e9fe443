import { defineConfig } from 'tsup';

// Separate entries so that hosts pay only for what they import: the main entry carries no zod, no
// message catalogue, no phone metadata and no reference content.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schemas: 'src/schemas.ts',
    reference: 'src/reference.ts',
    phone: 'src/phone.ts',
    messages: 'src/messages.ts',
    // One catalogue each, for a host that loads only the languages it shows.
    'messages/en': 'src/messages/en/index.ts',
    'messages/ja': 'src/messages/ja/index.ts',
    connect: 'src/connect.ts',
    testing: 'src/testing.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
});

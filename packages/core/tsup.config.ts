import { defineConfig } from 'tsup';

// Four entries so that hosts pay only for what they import: the main entry carries no zod, no
// message catalogue and no phone metadata.
export default defineConfig({
  entry: { index: 'src/index.ts', schemas: 'src/schemas.ts', phone: 'src/phone.ts', messages: 'src/messages.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
});

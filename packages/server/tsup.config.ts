import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', 'fake-graph': 'src/fake-graph.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    // No `clean`: the two builds write the same folder at once.
    target: 'node20',
    platform: 'node',
    treeshake: true,
  },
  {
    // The bin: run with node, so it starts with a shebang.
    entry: { 'fake-graph-cli': 'src/fake-graph-cli.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);

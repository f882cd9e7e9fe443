#!/usr/bin/env node
/**
 * `npm run bench`: Node 20 cannot run TypeScript, so esbuild bundles the runner (our code only; packages stay
 * imports) into .build/ and Node runs that. Arguments pass through: --smoke, --runs N, --cycles N, --events N.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const outfile = path.join(here, '.build', 'main.mjs');
await build({
  entryPoints: [path.join(here, 'src', 'main.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);

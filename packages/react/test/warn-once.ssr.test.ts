import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { expect, it, vi } from 'vitest';

// What a host's bundler makes of the prop warnings, run as a browser runs it (no `process` at all):
// `process.env.NODE_ENV` replaced, as Vite, webpack and Next.js do, or left as it is in unbundled ESM.
const utils = fileURLToPath(new URL('../src/utils', import.meta.url));
async function warningsOf(define: Record<string, string>) {
  const result = await build({
    stdin: { contents: "import { warnOnce } from './warn-once'; warnOnce('a bad prop');", resolveDir: utils },
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    // Not 'browser': esbuild would then define NODE_ENV itself when minifying.
    platform: 'neutral',
    define,
  });
  const warn = vi.fn();
  runInNewContext(result.outputFiles[0]?.text ?? '', { console: { warn } });
  return warn.mock.calls.map((call) => String(call[0]));
}

it.each([
  ['a production build', { 'process.env.NODE_ENV': '"production"' }, []],
  ['a development build', { 'process.env.NODE_ENV': '"development"' }, ['[@wamigrate/react] a bad prop']],
  ['unbundled, in a browser', {}, ['[@wamigrate/react] a bad prop']],
])('%s: the console hears what it should', async (_, define, heard) => {
  expect(await warningsOf(define)).toEqual(heard);
});

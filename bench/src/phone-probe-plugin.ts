/**
 * An esbuild plugin for the typing page only: it makes every phone validation report itself to the page's
 * probe (pages/phone-probe.ts) without touching the packages' sources, so it counts whatever path validates,
 * however the packages are refactored underneath.
 *
 * - The core's `validatePhoneNumber` (the function every path reaches: the engine option MigrationProvider
 *   passes, `phoneNumberSchema` in the form's resolver, the phone advice) gets a call to the probe as its first
 *   statement, found by name in the core's built files.
 * - Every function libphonenumber-js exports is wrapped where the bundle imports it, so work done on a number
 *   outside validatePhoneNumber, or saved inside it, shows too.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

const NAMESPACE = 'phone-probe';
const PROBE = 'window.benchPhoneProbe';
/** `function validatePhoneNumber(input, options = {}) {`: defaults may hold braces but never parentheses. */
const VALIDATOR = /\bfunction validatePhoneNumber\([^)]*\)\s*\{/gu;

const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');

/** Functions are wrapped, classes (capitalised: ParseError, PhoneNumber) are not, so `instanceof` still holds. */
async function wrapperModule(realPath: string): Promise<string> {
  const exported = (await import(pathToFileURL(realPath).href)) as Record<string, unknown>;
  const names = Object.keys(exported).filter((name) => typeof exported[name] === 'function' && /^[a-z]/u.test(name));
  const real = JSON.stringify(realPath);
  return [
    `import * as real from ${real};`,
    `export * from ${real};`,
    `const wrap = (name) => function (...args) { ${PROBE}?.libphonenumber(name); return real[name].apply(this, args); };`,
    ...names.map((name) =>
      name === 'default' ? `export default wrap('default');` : `export const ${name} = wrap(${JSON.stringify(name)});`,
    ),
  ].join('\n');
}

export function phoneProbePlugin(benchDir: string): Plugin {
  const require = createRequire(path.join(benchDir, 'package.json'));
  const coreDist = path.join(path.dirname(require.resolve('@wamigrate/core/package.json')), 'dist');
  return {
    name: 'phone-probe',
    setup(build) {
      let probed = 0;
      build.onStart(() => {
        probed = 0;
      });
      build.onResolve({ filter: /^libphonenumber-js(?:\/|$)/ }, async (args) => {
        if (args.pluginData === NAMESPACE) return undefined;
        const real = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: NAMESPACE,
        });
        if (real.errors.length > 0) return { errors: real.errors };
        return { path: real.path, namespace: NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, async (args) => ({
        contents: await wrapperModule(args.path),
        resolveDir: path.dirname(args.path),
        loader: 'js',
      }));
      build.onLoad({ filter: new RegExp(`^${escapeRegExp(coreDist)}[\\\\/].*\\.c?js$`) }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const contents = source.replace(VALIDATOR, (head) => {
          probed++;
          return `${head} ${PROBE}?.validation();`;
        });
        return { contents, loader: 'js' };
      });
      build.onEnd((result) => {
        if (probed === 0 && result.errors.length === 0) {
          result.errors.push({
            id: 'phone-probe',
            pluginName: 'phone-probe',
            text: `no "function validatePhoneNumber(" in ${coreDist}: the phone validations could not be counted`,
            location: null,
            notes: [],
            detail: undefined,
          });
        }
      });
    },
  };
}

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

/**
 * The licences of everything the single file bundles (React, i18next, zod, ...), beside it in
 * dist/THIRD_PARTY_NOTICES.txt: their licences ask that the notice travels with the code. Read from the
 * build's own inputs, so a dependency added later is listed without anyone remembering to.
 */
const thirdPartyNotices: Plugin = {
  name: 'third-party-notices',
  setup(build) {
    build.initialOptions.metafile = true;
    build.onEnd((result) => {
      if (!result.metafile) return;
      const roots = new Set<string>();
      for (const input of Object.keys(result.metafile.inputs)) {
        const at = input.lastIndexOf('node_modules/');
        if (at < 0) continue;
        const rest = input.slice(at + 'node_modules/'.length).split('/');
        const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
        if (name) roots.add(path.resolve(input.slice(0, at + 'node_modules/'.length), name));
      }
      const notices = [...roots]
        .map((root) => {
          const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
          const file = readdirSync(root).find((f) => /^licen[cs]e/iu.test(f));
          const text = file ? readFileSync(path.join(root, file), 'utf8').trim() : `License: ${manifest.license}`;
          return { name: `${manifest.name}@${manifest.version} (${manifest.license})`, text };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      const out = path.join(build.initialOptions.outdir ?? 'dist', 'THIRD_PARTY_NOTICES.txt');
      const header = 'wamigrate-guide.js bundles the following third-party packages, under these licences.\n';
      const body = notices.map((n) => `\n${'='.repeat(72)}\n${n.name}\n${'='.repeat(72)}\n\n${n.text}\n`).join('');
      // esbuild ends before tsup writes the bundle: the folder may not be there yet.
      mkdirSync(path.dirname(out), { recursive: true });
      writeFileSync(out, header + body);
    });
  },
};

/**
 * The element always renders the native `<dialog>`, so the React package's Radix dialog module (the one
 * module that imports Radix Dialog) is dead code in the single file: this swaps it for a component that says
 * so if anything ever renders it (about 13 kB gzip saved).
 */
const withoutRadixDialog: Plugin = {
  name: 'without-radix-dialog',
  setup(build) {
    build.onResolve({ filter: /\/radix-confirm-dialog\.js$/ }, () => ({ path: 'radix-dialog', namespace: 'absent' }));
    build.onLoad({ filter: /.*/, namespace: 'absent' }, () => ({
      contents: `export default function RadixConfirmDialog() { throw new Error('[wamigrate-guide] this build has only the native dialog'); }`,
      loader: 'js',
    }));
  },
};

/**
 * A file for pages with no build step has no second chunk to fetch: the React package's loader of the phone
 * validator is swapped for one that has it inline (a dynamic import inlined by esbuild would keep every
 * export of the validator's module), so every engine has the full validator from the start.
 */
const inlinePhoneValidator: Plugin = {
  name: 'inline-phone-validator',
  setup(build) {
    build.onResolve({ filter: /\/load-phone-validator\.js$/ }, (args) => ({
      path: path.join(args.resolveDir, 'phone-validator.js'),
      namespace: 'inline-phone-validator',
    }));
    build.onLoad({ filter: /.*/, namespace: 'inline-phone-validator' }, (args) => ({
      contents: `import { validatePhoneNumber } from ${JSON.stringify(args.path)};
export const loadPhoneValidator = () => Promise.resolve(validatePhoneNumber);
export const loadedPhoneValidator = () => validatePhoneNumber;`,
      resolveDir: path.dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * The same for the catalogues: the React package bundles English and fetches the others, and each one's
 * troubleshooting details; the single file has what `@wamigrate/core/messages` gives it inline (both, or
 * the one of a one-language file), details included.
 */
const inlineCatalogues: Plugin = {
  name: 'inline-catalogues',
  setup(build) {
    build.onResolve({ filter: /\/library-catalogues\.js$/ }, () => ({
      path: 'catalogues',
      namespace: 'inline-catalogues',
    }));
    build.onLoad({ filter: /.*/, namespace: 'inline-catalogues' }, () => ({
      contents: `import { catalogues, LOCALES } from '@wamigrate/core/messages';
export const SHIPPED_LOCALES = LOCALES;
export const BUNDLED_CATALOGUES = catalogues;
export const fetchCatalogue = () => undefined;
export const fetchDetails = () => undefined;`,
      resolveDir: path.resolve('.'),
      loader: 'js',
    }));
  },
};

/**
 * i18next is 16 kB of the single file; the guide calls a small part of it, which the React package has as a
 * module of its own (its i18n/small-i18next.js; a test there reads every key of every catalogue through both
 * and finds them identical). A host's `translations` then take `{{name}}` and plural forms, not nesting or
 * formats (the README says so).
 */
const smallI18next: Plugin = {
  name: 'small-i18next',
  setup(build) {
    build.onResolve({ filter: /^i18next$/ }, () => ({
      path: path.resolve('node_modules/@wamigrate/react/dist/i18n/small-i18next.js'),
    }));
  },
};

/** React's entries, each as preact/compat provides it (`react/jsx-runtime` follows `react`'s alias). */
const PREACT_FOR_REACT = {
  react: 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react-dom': 'preact/compat',
};

/**
 * `@wamigrate/core/messages` as the single file has it: the catalogues of its languages written out as one
 * literal each, built from the core's own (every entry's title, symptom and details side by side, as a
 * catalogue reads, which gzip packs smaller than the two parts a React bundle loads apart). A one-language
 * file has only its language. The namespace and the checks still come from the real module, which
 * tree-shakes to them. Read once per build process (Node keeps what it imported): `tsup --watch` does not
 * see a catalogue edited while it runs.
 */
function inlineMessages(languages: readonly ('en' | 'ja')[]): Plugin {
  const core = path.resolve('node_modules/@wamigrate/core');
  const exported = JSON.parse(readFileSync(path.join(core, 'package.json'), 'utf8')).exports;
  const file = (entry: string) => path.join(core, exported[entry].import.default);
  return {
    name: `inline-messages-${languages.join('-')}`,
    setup(build) {
      build.onResolve({ filter: /^@wamigrate\/core\/messages$/ }, () => ({
        path: languages.join(','),
        namespace: 'inline-messages',
      }));
      build.onLoad({ filter: /.*/, namespace: 'inline-messages' }, async () => {
        const trees = await Promise.all(
          languages.map(async (l) => (await import(pathToFileURL(file(`./messages/${l}`)).href))[l]),
        );
        const literals = languages.map((l, i) => `export const ${l} = ${JSON.stringify(trees[i])};`);
        return {
          contents: `${literals.join('\n')}
export { MESSAGE_NAMESPACE, catalogueIssues } from ${JSON.stringify(file('./messages'))};
export const catalogues = { ${languages.join(', ')} };
export const LOCALES = ${JSON.stringify(languages)};
export const resources = { ${languages.map((l) => `${l}: { wamigrate: ${l} }`).join(', ')} };`,
          // A module of a plugin's own namespace resolves its imports only from a folder it is given.
          resolveDir: core,
          loader: 'js',
        };
      });
    },
  };
}

/**
 * For pages with no build step: one file, Preact inside, nothing else to load (a Zendesk theme renames its
 * assets, so a second chunk would not be found). No source map beside it, for the same reason.
 */
function singleFile(name: string, plugins: Plugin[]): Options {
  return {
    entry: { [name]: 'src/script.ts' },
    format: ['iife'],
    outExtension: () => ({ js: '.js' }),
    noExternal: [/.*/],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    env: { NODE_ENV: 'production' },
    esbuildPlugins: [withoutRadixDialog, inlinePhoneValidator, inlineCatalogues, smallI18next, ...plugins],
    banner: {
      js: `/*! ${name}.js (MIT). Bundled third-party code and its licences: THIRD_PARTY_NOTICES.txt */`,
    },
    // The licences are in full in THIRD_PARTY_NOTICES.txt, which the banner names: not repeated inside.
    // React inside is Preact through preact/compat: the same components and tests, about a third smaller.
    esbuildOptions: (options) => {
      options.legalComments = 'none';
      options.alias = { ...options.alias, ...PREACT_FOR_REACT };
    },
  };
}

// The builds run side by side into dist/ (`npm run build` empties it first, not tsup).
export default defineConfig([
  {
    // For pages that already have React: everything but our own code is imported.
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
  },
  // Both languages; its notices cover the one-language files too (they bundle a subset of it).
  singleFile('wamigrate-guide', [thirdPartyNotices, inlineMessages(['en', 'ja'])]),
  singleFile('wamigrate-guide.ja', [inlineMessages(['ja'])]),
  singleFile('wamigrate-guide.en', [inlineMessages(['en'])]),
]);

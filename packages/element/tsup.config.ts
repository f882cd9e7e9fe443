import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

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
      if (existsSync(path.dirname(out))) writeFileSync(out, header + body);
    });
  },
};

/**
 * The element always renders the native `<dialog>`, so Radix Dialog is dead code in the single file:
 * this swaps it for parts that say so if anything ever renders them (about 13 kB gzip saved).
 */
const withoutRadixDialog: Plugin = {
  name: 'without-radix-dialog',
  setup(build) {
    build.onResolve({ filter: /^@radix-ui\/react-dialog$/ }, () => ({ path: 'radix-dialog', namespace: 'absent' }));
    build.onLoad({ filter: /.*/, namespace: 'absent' }, () => ({
      contents: `const absent = () => { throw new Error('[wamigrate-guide] this build has only the native dialog'); };
export { absent as Root, absent as Portal, absent as Overlay, absent as Content, absent as Title, absent as Description, absent as Close };`,
      loader: 'js',
    }));
  },
};

/** React's entries, each as preact/compat provides it (`react/jsx-runtime` follows `react`'s alias). */
const PREACT_FOR_REACT = {
  react: 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react-dom': 'preact/compat',
};

export default defineConfig([
  {
    // For pages that already have React: everything but our own code is imported.
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    // The two builds run at once into dist/: each cleans only its own files.
    clean: ['index.*'],
    target: 'es2022',
  },
  {
    // For pages with no build step: one file, React inside, nothing else to load (a Zendesk theme renames
    // its assets, so a second chunk would not be found). No source map beside it, for the same reason.
    entry: { 'wamigrate-guide': 'src/script.ts' },
    format: ['iife'],
    outExtension: () => ({ js: '.js' }),
    clean: ['wamigrate-guide.*'],
    noExternal: [/.*/],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    env: { NODE_ENV: 'production' },
    esbuildPlugins: [withoutRadixDialog, thirdPartyNotices],
    banner: {
      js: '/*! wamigrate-guide.js (MIT). Bundled third-party code and its licences: THIRD_PARTY_NOTICES.txt */',
    },
    // The licences are in full in THIRD_PARTY_NOTICES.txt, which the banner names: not repeated inside.
    // React inside is Preact through preact/compat: the same components and tests, about a third smaller.
    esbuildOptions: (options) => {
      options.legalComments = 'none';
      options.alias = { ...options.alias, ...PREACT_FOR_REACT };
    },
  },
]);

import { access, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import * as esbuild from 'esbuild';
import { atMost, type Measurement, type PeerName, type Section, single } from './results.ts';

const gzipAsync = promisify(gzip);

/** What to measure: an in-memory entry bundled by esbuild, or a file taken as shipped. */
type Source =
  | {
      readonly contents: string;
      readonly loader: 'tsx' | 'css';
      readonly external?: readonly string[];
      readonly format?: 'esm' | 'iife';
      /** Chunks fetched later (dynamic imports) that count all the same: a row "with Radix's dialog". */
      readonly alsoLater?: RegExp;
    }
  | { readonly file: string };

interface Entry {
  readonly id: string;
  readonly label: string;
  readonly ours: Source;
  readonly peers?: Readonly<Partial<Record<PeerName, Source>>>;
  /** The budget in kB (issue 18's table). */
  readonly goal?: number;
}

interface Size {
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** Chunks an ES module build fetches later (dynamic imports), not in the figure unless asked for. */
  readonly laterGzipBytes?: number;
}

// Below this, a bundle holds no real code: a wrong entry or an export list that tree-shook to nothing.
const MIN_BYTES = 100;
const REACT_EXTERNAL = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'];
// tsup's shared chunks are also imported bare; with "sideEffects": false every bundler drops that import, as it should.
const BENIGN_WARNINGS = new Set(['ignored-bare-import']);
const BUILD_HINT = 'run `pnpm -r build` or `npm test` first';

const tsx = (contents: string, external: readonly string[] = [], format: 'esm' | 'iife' = 'esm'): Source => ({
  contents,
  loader: 'tsx',
  external,
  format,
});
const css = (files: readonly string[]): Source => ({
  contents: files.map((file) => `@import '${file}';`).join('\n'),
  loader: 'css',
});

async function readJson(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
}

async function versionOf(benchDir: string, pkg: string): Promise<string> {
  const { version } = await readJson(join(benchDir, 'node_modules', pkg, 'package.json'));
  if (typeof version !== 'string') throw new Error(`sizes: ${pkg} has no version in bench/node_modules`);
  return version;
}

async function describe(messages: esbuild.Message[], kind: 'error' | 'warning'): Promise<string> {
  return (await esbuild.formatMessages(messages, { kind, color: false })).join('\n');
}

/**
 * An ES module build split as a bundler splits it: the entry's chunk and every chunk it imports statically
 * are the first load; what it imports dynamically (the phone validator, Japanese, Radix's dialog) comes later.
 */
async function firstLoad(
  result: esbuild.BuildResult<{ write: false; metafile: true }>,
  what: string,
  alsoLater: RegExp | undefined,
): Promise<Size & { readonly code: Uint8Array }> {
  const outputs = result.metafile.outputs;
  const byPath = new Map(result.outputFiles.map((file) => [relative(process.cwd(), file.path), file.contents]));
  const contents = (key: string) => {
    const code = byPath.get(key);
    if (!code) throw new Error(`sizes: ${what}: the metafile names ${key}, which esbuild did not write`);
    return code;
  };
  // Dynamic imports' chunks are entry points too: ours is the one built from the stdin entry (its sourcefile).
  const entry = Object.keys(outputs).find((key) => outputs[key]?.entryPoint === `${what}.entry`);
  if (!entry) throw new Error(`sizes: ${what}: a split build without the entry's chunk`);
  /** The chunks `from` loads, by the kinds of import followed. */
  const reach = (from: readonly string[], kinds: ReadonlySet<string>) => {
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      // An external import (React, a package a row leaves out) is no chunk of this build.
      for (const imported of outputs[key]?.imports ?? [])
        if (kinds.has(imported.kind) && imported.external !== true) visit(imported.path);
    };
    for (const key of from) visit(key);
    return seen;
  };
  const statically = new Set(['import-statement']);
  const first = reach([entry], statically);
  // A later chunk asked for (Radix's dialog) counts with what it imports that the first load has not.
  const asked = Object.keys(outputs).filter((key) => !first.has(key) && alsoLater?.test(key) === true);
  const counted = new Set([...first, ...reach(asked, statically)]);
  // What the entry may fetch later: chunks its dynamic imports reach (not every chunk esbuild wrote).
  const later = [...reach([entry], new Set(['import-statement', 'dynamic-import']))].filter((key) => !counted.has(key));
  const gzipOf = async (keys: Iterable<string>) => {
    let total = 0;
    for (const key of keys) total += (await gzipAsync(contents(key), { level: 9 })).byteLength;
    return total;
  };
  const code = Buffer.concat([...counted].map(contents));
  return {
    code,
    minifiedBytes: code.byteLength,
    gzipBytes: await gzipOf(counted),
    laterGzipBytes: await gzipOf(later),
  };
}

async function measure(source: Source, benchDir: string, what: string): Promise<Size> {
  let code: Uint8Array;
  if ('file' in source) {
    code = await readFile(source.file);
  } else {
    const split = source.loader === 'tsx' && (source.format ?? 'esm') === 'esm';
    let result: esbuild.BuildResult<{ write: false; metafile: true }>;
    try {
      result = await esbuild.build({
        stdin: { contents: source.contents, resolveDir: benchDir, loader: source.loader, sourcefile: `${what}.entry` },
        write: false,
        bundle: true,
        minify: true,
        metafile: true,
        ...(split ? { splitting: true, outdir: join(benchDir, '.size-chunks') } : {}),
        format: source.format ?? 'esm',
        platform: 'browser',
        target: 'es2020',
        define: { 'process.env.NODE_ENV': '"production"' },
        legalComments: 'none',
        external: [...(source.external ?? [])],
        // Messages are reported below, with the row they belong to.
        logLevel: 'silent',
      });
    } catch (error) {
      const errors = (error as Partial<esbuild.BuildFailure>).errors;
      const text = errors ? await describe(errors, 'error') : String(error);
      const hint = text.includes('@wamigrate/') ? `\n(are the workspace packages built? ${BUILD_HINT})` : '';
      throw new Error(`sizes: bundling ${what} failed:\n${text}${hint}`);
    }
    // A warning (unresolved global, bad CSS, missing export) can mean the figure is not what the label says.
    const warnings = result.warnings.filter((warning) => !BENIGN_WARNINGS.has(warning.id));
    if (warnings.length > 0) {
      throw new Error(`sizes: esbuild warned while bundling ${what}:\n${await describe(warnings, 'warning')}`);
    }
    if (split) {
      const size = await firstLoad(result, what, source.alsoLater);
      if (size.code.byteLength < MIN_BYTES) {
        throw new Error(`sizes: ${what} is ${size.code.byteLength} bytes, so it measures nothing; check its entry`);
      }
      return { minifiedBytes: size.minifiedBytes, gzipBytes: size.gzipBytes, laterGzipBytes: size.laterGzipBytes ?? 0 };
    }
    const output = result.outputFiles[0];
    if (!output) throw new Error(`sizes: esbuild produced no output for ${what}`);
    code = output.contents;
  }
  if (code.byteLength < MIN_BYTES) {
    throw new Error(`sizes: ${what} is ${code.byteLength} bytes, so it measures nothing; check its entry`);
  }
  const gzipped = await gzipAsync(code, { level: 9 });
  return { minifiedBytes: code.byteLength, gzipBytes: gzipped.byteLength };
}

const kb = (bytes: number): number => bytes / 1000;

/** Gzip sizes of our entry points next to Mantine's and MUI's steppers, all bundled the same way in one run. */
export async function benchSizes(options: { benchDir: string }): Promise<Section> {
  const { benchDir } = options;
  const modules = join(benchDir, 'node_modules');

  const elementFile = join(modules, '@wamigrate/element/dist/wamigrate-guide.js');
  try {
    await access(elementFile);
  } catch {
    throw new Error(`sizes: ${elementFile} is missing; ${BUILD_HINT}`);
  }

  // "Own code" keeps every dependency of @wamigrate/react outside, read from its manifest so the list cannot go stale.
  const reactManifest = await readJson(join(modules, '@wamigrate/react/package.json'));
  const reactDeps = [reactManifest.dependencies, reactManifest.peerDependencies].flatMap((deps) =>
    Object.keys((deps ?? {}) as Record<string, string>),
  );
  if (reactDeps.length === 0) throw new Error('sizes: @wamigrate/react lists no dependencies; wrong package?');
  const ownCodeExternal = reactDeps.flatMap((name) => [name, `${name}/*`]);

  const [mantineVersion, muiVersion, reactVersion] = await Promise.all([
    versionOf(benchDir, '@mantine/core'),
    versionOf(benchDir, '@mui/material'),
    versionOf(benchDir, 'react'),
  ]);
  const reactMajor = reactVersion.split('.')[0] ?? reactVersion;

  const mantineCss = ['baseline', 'default-css-variables', 'global', 'Stepper', 'UnstyledButton'].map(
    (name) => `@mantine/core/styles/${name}.css`,
  );
  const muiStepper = 'Stepper, Step, StepLabel, StepContent';

  const elementFiles = {
    ja: join(modules, '@wamigrate/element/dist/wamigrate-guide.ja.js'),
    en: join(modules, '@wamigrate/element/dist/wamigrate-guide.en.js'),
  };
  const entries: readonly Entry[] = [
    { id: 'size.core', label: 'core main entry', ours: tsx(`export * from '@wamigrate/core';`), goal: 12.5 },
    {
      id: 'size.core-phone',
      label: 'core/phone (libphonenumber max metadata)',
      ours: tsx(`export * from '@wamigrate/core/phone';`),
    },
    {
      id: 'size.core-messages',
      label: 'core/messages (en + ja)',
      ours: tsx(`export * from '@wamigrate/core/messages';`),
    },
    {
      id: 'size.react-own',
      label: 'react, own code only',
      ours: tsx(`export * from '@wamigrate/react';`, ownCodeExternal),
    },
    {
      id: 'size.react-deps',
      label: 'react with its dependencies, React external',
      ours: tsx(`export * from '@wamigrate/react';`, REACT_EXTERNAL),
    },
    {
      id: 'size.stepper-alone',
      label: 'import { MigrationStepper } only, first load, dialog="native" (deps bundled, React external)',
      ours: tsx(`export { MigrationStepper } from '@wamigrate/react';`, REACT_EXTERNAL),
      goal: 14,
    },
    {
      id: 'size.stepper-alone-radix',
      label: 'the same with Radix\'s dialog, the chunk dialog="radix" fetches after mounting',
      ours: {
        ...tsx(`export { MigrationStepper } from '@wamigrate/react';`, REACT_EXTERNAL),
        alsoLater: /radix-confirm-dialog/u,
      },
      goal: 27,
    },
    {
      id: 'size.guide',
      label:
        'import { MigrationGuide }, first load in English (the phone validator, Radix’s dialog, Japanese and the troubleshooting details fetched later)',
      ours: tsx(`export { MigrationGuide } from '@wamigrate/react';`, REACT_EXTERNAL),
      goal: 70,
    },
    {
      id: 'size.stepper',
      label: 'MigrationStepper + providers, first load in English, deps bundled, React external',
      ours: tsx(
        `export { MigrationStepper, MigrationProvider, I18nProvider } from '@wamigrate/react';`,
        REACT_EXTERNAL,
      ),
      goal: 55,
      peers: {
        Mantine: tsx(`export { MantineProvider, Stepper } from '@mantine/core';`, REACT_EXTERNAL),
        // Emotion stays bundled: MUI cannot render without it.
        MUI: tsx(`export { ${muiStepper} } from '@mui/material';`, REACT_EXTERNAL),
      },
    },
    {
      id: 'size.css',
      label: 'CSS for the stepper (ours: all components)',
      ours: css(['@wamigrate/react/styles.css']),
      // MUI ships no stylesheet: its styles are emotion code, counted in its JS rows.
      peers: { Mantine: css(mantineCss) },
      goal: 4,
    },
    {
      id: 'size.element',
      label: 'single-file script, its UI library inside (ours: Preact through preact/compat)',
      // Already minified by its own build: measured as a host would download it.
      ours: { file: elementFile },
      // Issue 18: 160 with i18next inside, 145 once the file formats its texts with a smaller formatter (it does).
      goal: 145,
      peers: {
        Mantine: tsx(
          `import { createRoot } from 'react-dom/client'; import { MantineProvider, Stepper } from '@mantine/core';
import { createElement } from 'react'; window.__peer = { createRoot, createElement, MantineProvider, Stepper };`,
          [],
          'iife',
        ),
        MUI: tsx(
          `import { createRoot } from 'react-dom/client'; import { ${muiStepper} } from '@mui/material';
import { createElement } from 'react'; window.__peer = { createRoot, createElement, ${muiStepper} };`,
          [],
          'iife',
        ),
      },
    },
    { id: 'size.element-ja', label: 'single file, Japanese only', ours: { file: elementFiles.ja }, goal: 130 },
    { id: 'size.element-en', label: 'single file, English only', ours: { file: elementFiles.en }, goal: 130 },
    {
      id: 'size.react-dom',
      label: `React ${reactMajor} + react-dom alone (IIFE)`,
      // The floor any drop-in script with React inside pays, ours or a peer's.
      ours: tsx(
        `import { createRoot } from 'react-dom/client'; import { createElement } from 'react';
window.__r = { createRoot, createElement };`,
        [],
        'iife',
      ),
    },
  ];

  // esbuild builds in parallel on its own service, so every bundle starts at once.
  const rows = await Promise.all(
    entries.map(async (entry): Promise<Measurement> => {
      const peerEntries = Object.entries(entry.peers ?? {}) as [PeerName, Source][];
      const [ours, peerSizes] = await Promise.all([
        measure(entry.ours, benchDir, `"${entry.label}" (ours)`),
        Promise.all(
          peerEntries.map(
            async ([peer, source]) => [peer, await measure(source, benchDir, `"${entry.label}" (${peer})`)] as const,
          ),
        ),
      ]);
      const peers: Partial<Record<PeerName, Measurement['ours']>> = {};
      const detail: Record<string, number | string> = { ...ours };
      const goal = entry.goal === undefined ? {} : { goal: atMost(kb(ours.gzipBytes), entry.goal, 'kB') };
      for (const [peer, size] of peerSizes) {
        peers[peer] = single(kb(size.gzipBytes));
        const key = peer.toLowerCase();
        detail[`${key}MinifiedBytes`] = size.minifiedBytes;
        detail[`${key}GzipBytes`] = size.gzipBytes;
      }
      return { id: entry.id, label: entry.label, unit: 'kB', ours: single(kb(ours.gzipBytes)), peers, detail, ...goal };
    }),
  );

  // With its dependencies bundled the package must outweigh its own code; if not, an external leaked into row 5.
  const gzipOf = (id: string): number => rows.find((row) => row.id === id)?.ours.median ?? 0;
  if (gzipOf('size.react-deps') <= gzipOf('size.react-own')) {
    throw new Error(
      `sizes: react with its dependencies (${gzipOf('size.react-deps')} kB) is not larger than its own code ` +
        `(${gzipOf('size.react-own')} kB); the externals are wrong`,
    );
  }

  return {
    title: 'Sizes',
    method:
      `esbuild ${esbuild.version}, bundle + minify, platform browser, target es2020, NODE_ENV=production, ` +
      `legal comments dropped, then gzip -9 (node:zlib); kB = 1000 bytes. ES module rows are split as a bundler ` +
      `splits them: the first load is the entry's chunks and what they import statically; chunks imported ` +
      `dynamically come later (their size in the JSON's laterGzipBytes). React stays external unless the row ` +
      `says otherwise; the single-file script is measured as shipped. Peers: @mantine/core ${mantineVersion}, ` +
      `@mui/material ${muiVersion}, React ${reactVersion}.`,
    rows,
  };
}

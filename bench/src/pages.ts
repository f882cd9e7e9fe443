/**
 * Builds the bench pages as production bundles (esbuild, minified, NODE_ENV=production), one per candidate,
 * each a classic script and a stylesheet loaded from file://, so no server sits between Chromium and the code.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { profileMessageParams, SCENARIOS, zendeskProfile } from '@wamigrate/core';
import { createGuideI18n } from '@wamigrate/react';
import { type BuildOptions, build } from 'esbuild';
import type { BenchScenario } from '../pages/page-harness.ts';

export const PAGES = ['ours-stepper', 'ours-guide', 'mantine-stepper'] as const;
export type PageName = (typeof PAGES)[number];

/** Every scenario's steps with the English texts our stepper shows, so the peer shows the same words. */
export function benchScenarios(): BenchScenario[] {
  const i18n = createGuideI18n('en');
  const params = profileMessageParams(zendeskProfile, 'en');
  const t = (key: string) => i18n.t(key, { ...params });
  return SCENARIOS.map((scenario) => ({
    id: scenario.id,
    steps: scenario.steps.map((step) => ({
      id: step.id,
      title: t(step.titleKey),
      description: t(step.descriptionKey),
      howToComplete: t(step.howToCompleteKey),
    })),
  }));
}

/** How every bench page is built: a production bundle, one classic script (and its stylesheet). */
export const PAGE_BUILD = {
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
  // Core's code-split entries import a shared chunk bare; it has no side effects, so dropping it is right.
  logOverride: { 'ignored-bare-import': 'silent' },
} as const satisfies BuildOptions;

const html = (name: PageName) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${name}</title><link rel="stylesheet" href="${name}.css"></head>
<body><div id="root"></div><script src="scenarios.js"></script><script src="${name}.js"></script></body>
</html>
`;

/** Builds every page into `outDir`; returns each page's file URL. */
export async function buildPages(benchDir: string, outDir: string): Promise<Record<PageName, string>> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const scenarios = benchScenarios();
  await writeFile(path.join(outDir, 'scenarios.js'), `window.benchScenarios = ${JSON.stringify(scenarios)};\n`);
  await build({
    ...PAGE_BUILD,
    entryPoints: PAGES.map((name) => path.join(benchDir, 'pages', `${name}.tsx`)),
    outdir: outDir,
  });
  const urls = {} as Record<PageName, string>;
  for (const name of PAGES) {
    const file = path.join(outDir, `${name}.html`);
    await writeFile(file, html(name));
    urls[name] = pathToFileURL(file).href;
  }
  return urls;
}

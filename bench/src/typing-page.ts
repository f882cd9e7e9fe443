/**
 * Builds the typing page: the same production build as the other pages, plus what lets it count. Its DevTools
 * hook (pages/react-commits.ts) is a script of its own ahead of the page's, since React looks for the hook
 * once, when it loads. The plugin makes phone validations report themselves. Names are kept (`keepNames`) so
 * the components that rendered can be told by name; nothing is timed here, so that costs no figure.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { PAGE_BUILD } from './pages.ts';
import { phoneProbePlugin } from './phone-probe-plugin.ts';

const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>ours-typing</title><link rel="stylesheet" href="ours-typing.css"></head>
<body><div id="root"></div><script src="react-commits.js"></script><script src="ours-typing.js"></script></body>
</html>
`;

/** Builds the page into `outDir`; returns its file URL. */
export async function buildTypingPage(benchDir: string, outDir: string): Promise<string> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await build({
    ...PAGE_BUILD,
    entryPoints: ['react-commits.ts', 'ours-typing.tsx'].map((file) => path.join(benchDir, 'pages', file)),
    outdir: outDir,
    keepNames: true,
    plugins: [phoneProbePlugin(benchDir)],
  });
  const file = path.join(outDir, 'ours-typing.html');
  await writeFile(file, html);
  return pathToFileURL(file).href;
}

import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../chromium.ts';
import { scenario } from './harness';
import { pickScenario, walkSteps } from './keyboard-walk';
import { type ServerProcess, startServerProcess } from './server-process';

/**
 * The packages as npm delivers them: `pnpm pack` tarballs installed into fresh apps outside the workspace
 * (Vite with React 18.3 and with React 19, Next.js App Router), type-checked with TypeScript's strictest
 * flags, built by each app's own tool, served as it serves them and used in Chromium.
 * Installing reaches the npm registry (React 18 and the apps' tools), as a portal team's install would.
 */
const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.join(HERE, '../..');
const TEMPLATES = path.join(HERE, '../consumers');
const run = promisify(execFile);
// Installs and builds take minutes on two cores; this is a bound for a hang, not a speed test.
const SLOW = 15 * 60_000;

const APPS = {
  'vite-react18': { template: 'vite', react: '18.3.1', types: { react: '18.3.32', dom: '18.3.7' } },
  'vite-react19': { template: 'vite', react: '19.3.1', types: { react: '19.3.0', dom: '19.3.0' } },
  'next-app': { template: 'next', react: '19.3.1', types: { react: '19.3.0', dom: '19.3.0' } },
  // The same app built with webpack (`next build --webpack`), as Next.js 15 builds and many apps still do:
  // its loader for server components is stricter than Turbopack's (no `export *` in a client module).
  'next-webpack': { template: 'next', react: '19.3.1', types: { react: '19.3.0', dom: '19.3.0' } },
} as const;
type AppName = keyof typeof APPS;

let work: string;
let browser: Browser;
const servers: ServerProcess[] = [];
const origins = new Map<AppName, string>();
// Stops every install, build and server this file started, a setup still under way included.
const teardown = new AbortController();

/** Runs a command; a failure says everything it printed (tsc and Next.js write their errors to stdout). */
async function command(file: string, args: string[], cwd: string) {
  try {
    return await run(file, args, {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_ENV: 'production' },
      signal: teardown.signal,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${path.basename(file)} ${args.join(' ')} failed in ${path.basename(cwd)}:\n${stdout}\n${stderr}`);
  }
}
const pnpm = (args: string[], cwd: string) => command('pnpm', args, cwd);
const node = (args: string[], cwd: string) => command(process.execPath, args, cwd);

function manifest(name: AppName, tarballs: Record<string, string>) {
  const app = APPS[name];
  const tools =
    app.template === 'vite'
      ? { '@vitejs/plugin-react': '6.3.0', vite: '8.3.8' }
      : { next: '16.4.6', '@types/node': '20.19.43' };
  const { next, ...devTools } = tools as Record<string, string>;
  return {
    name: `consumer-${name}`,
    private: true,
    type: 'module',
    dependencies: {
      '@wamigrate/core': tarballs['@wamigrate/core'],
      '@wamigrate/react': tarballs['@wamigrate/react'],
      i18next: '26.7.2',
      react: app.react,
      'react-dom': app.react,
      ...(next ? { next } : {}),
    },
    devDependencies: {
      ...devTools,
      '@types/react': app.types.react,
      '@types/react-dom': app.types.dom,
      typescript: '5.9.3',
    },
  };
}

async function serve(name: AppName, args: readonly string[]) {
  const server = await startServerProcess({
    args,
    cwd: path.join(work, name),
    env: { NEXT_TELEMETRY_DISABLED: '1' },
    signal: teardown.signal,
  });
  servers.push(server);
  origins.set(name, server.origin);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'wamigrate-consumers-'));
  const tarballs: Record<string, string> = {};
  await mkdir(path.join(work, 'tarballs'));
  for (const pkg of ['core', 'react']) {
    const { stdout } = await pnpm(
      ['pack', '--json', '--pack-destination', path.join(work, 'tarballs')],
      path.join(ROOT, 'packages', pkg),
    );
    const packed = JSON.parse(stdout) as { name: string; filename: string };
    tarballs[packed.name] = `file:${path.relative(work, packed.filename)}`;
  }
  for (const name of Object.keys(APPS) as AppName[]) {
    const dir = path.join(work, name);
    await cp(path.join(TEMPLATES, APPS[name].template), dir, { recursive: true });
    // From the app's folder, one level below the tarballs.
    const fromApp = Object.fromEntries(Object.entries(tarballs).map(([k, v]) => [k, v.replace('file:', 'file:../')]));
    await writeFile(path.join(dir, 'package.json'), `${JSON.stringify(manifest(name, fromApp), null, 2)}\n`);
  }
  // One install for the three apps; the tarballs' own dependency on @wamigrate/core is the packed one too.
  await writeFile(
    path.join(work, 'pnpm-workspace.yaml'),
    [
      'packages:',
      ...Object.keys(APPS).map((name) => `  - ${name}`),
      'overrides:',
      `  '@wamigrate/core': '${tarballs['@wamigrate/core']}'`,
      'allowBuilds:',
      '  esbuild: true',
      '',
    ].join('\n'),
  );
  await pnpm(['install', '--prefer-offline', '--config.confirmModulesPurge=false'], work);

  await Promise.all([
    node(['node_modules/vite/bin/vite.js', 'build'], path.join(work, 'vite-react18')),
    node(['node_modules/vite/bin/vite.js', 'build'], path.join(work, 'vite-react19')),
  ]);
  await node(['node_modules/next/dist/bin/next', 'build'], path.join(work, 'next-app'));
  await node(['node_modules/next/dist/bin/next', 'build', '--webpack'], path.join(work, 'next-webpack'));
  for (const name of ['vite-react18', 'vite-react19'] as const) {
    await serve(name, [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      '{port}',
      '--strictPort',
    ]);
  }
  for (const name of ['next-app', 'next-webpack'] as const) {
    await serve(name, ['node_modules/next/dist/bin/next', 'start', '--hostname', '127.0.0.1', '--port', '{port}']);
  }
  browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
}, SLOW);

afterAll(async () => {
  teardown.abort();
  await browser?.close();
  await Promise.all(servers.map((server) => server.stop()));
  if (work) await rm(work, { recursive: true, force: true });
});

/** A fresh browser profile on a page, with every console error, page error and hydration warning kept. */
async function visit(name: AppName, pathname: string) {
  const page = await (await browser.newContext()).newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || /hydrat/iu.test(message.text())) problems.push(message.text());
  });
  await page.goto(`${origins.get(name)}${pathname}`);
  return { page, problems };
}

const stepHeading = (page: Page) =>
  page.locator('[data-scope="migration-stepper"][data-part="heading"]').first().textContent();

/** By keyboard only, as the other walks: the path from a provider to Zendesk, and its first step done. */
async function startAndCompleteFirstStep(page: Page) {
  await pickScenario(page, scenario('bsp-to-provider'));
  await walkSteps(page, 1, { toTheEnd: false });
}

describe.each(['vite-react18', 'vite-react19'] as const)('%s, from the tarballs', (name) => {
  for (const config of ['tsconfig.bundler.json', 'tsconfig.node16.json']) {
    it(
      `type-checks with the strictest flags (${config})`,
      async () => {
        await expect(
          node(['node_modules/typescript/bin/tsc', '-p', config], path.join(work, name)),
        ).resolves.toBeTruthy();
      },
      SLOW,
    );
  }

  // Radix's dialog (fetched for dialog="radix"), the phone metadata (fetched once the guide is mounted), the
  // Japanese catalogue (fetched for a guide in Japanese; these apps show English) and the troubleshooting
  // entries' details (fetched once a panel has rendered).
  for (const [what, marker] of [
    ['Radix’s dialog', 'DialogContent'],
    ['the phone metadata', 'country_calling_codes'],
    ['the Japanese catalogue', 'の電話番号を移転する'],
    ['the troubleshooting details', 'Meta has blocked or banned your Meta Business Manager'],
  ] as const) {
    it(`leaves ${what} out of the first load: Vite puts it in a chunk the page fetches after mounting`, async () => {
      const dist = path.join(work, name, 'dist');
      const html = await readFile(path.join(dist, 'index.html'), 'utf8');
      const entry = /<script type="module"[^>]* src="\/(assets\/[^"]+\.js)"/u.exec(html)?.[1];
      expect(entry).toBeDefined();
      const chunks = (await readdir(path.join(dist, 'assets'))).filter((file) => file.endsWith('.js'));
      const holding = [];
      for (const chunk of chunks) {
        if ((await readFile(path.join(dist, 'assets', chunk), 'utf8')).includes(marker)) holding.push(chunk);
      }
      expect(holding).toHaveLength(1);
      expect(`assets/${holding[0]}`).not.toBe(entry);
      expect(html).not.toContain(holding[0]);
    });
  }

  it('a first and a returning visit: a step completed, kept, and no console error', async () => {
    const { page, problems } = await visit(name, '/');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.getAttribute('data-guide-ready')))
      .toBe('ready');
    await startAndCompleteFirstStep(page);
    const shown = await stepHeading(page);
    await page.reload();
    await expect.poll(() => stepHeading(page)).toBe(shown);
    expect(problems).toEqual([]);
  });
});

describe.each(['next-app', 'next-webpack'] as const)('%s (App Router), from the tarballs', (name) => {
  it(
    'type-checks with the strictest flags (bundler), Next.js’s own check included in its build',
    async () => {
      await expect(
        node(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], path.join(work, name)),
      ).resolves.toBeTruthy();
    },
    SLOW,
  );

  it('the guide hydrates on a first and a returning visit, with a step completed and kept', async () => {
    const html = await (await fetch(`${origins.get(name)}/guide`)).text();
    expect(html).toContain('data-part="loading"');
    const { page, problems } = await visit(name, '/guide');
    // Walked once hydrated and its progress read: a Tab before lands on the server's markup.
    const ready = () => page.evaluate(() => document.documentElement.getAttribute('data-guide-ready'));
    await expect.poll(ready).toBe('ready');
    await startAndCompleteFirstStep(page);
    const shown = await stepHeading(page);
    await page.reload();
    await expect.poll(() => stepHeading(page)).toBe(shown);
    expect(problems).toEqual([]);
  });

  it('a server component composes the stepper from flat parts and calls the server entry on the server', async () => {
    const html = await (await fetch(`${origins.get(name)}/steps`)).text();
    // Read on the server: the code in the HTML, and the stylesheet as text, not a client reference.
    expect(html).toMatch(/<p id="server-read-code">133016<\/p>/u);
    expect(html).toContain(':where([data-scope]');
    const { page, problems } = await visit(name, '/steps');
    await expect.poll(() => stepHeading(page)).toBeTruthy();
    const first = await stepHeading(page);
    await walkSteps(page, 1, { toTheEnd: false });
    const second = await stepHeading(page);
    expect(second).not.toBe(first);
    await page.reload();
    await expect.poll(() => stepHeading(page)).toBe(second);
    expect(problems).toEqual([]);
  });
});

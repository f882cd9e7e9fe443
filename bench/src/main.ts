/**
 * `npm run bench`: sizes, runtime in Chromium and the core in Node, ours beside the peers', in one run.
 * Prints the table and writes it as JSON to bench/results/, stamped with the machine.
 *
 *   --smoke      one run of everything, a few cycles and events: proves the harness works (npm test runs it)
 *   --runs N     timed runs of each figure (default 30)
 *   --cycles N   mount/unmount cycles per memory run (default 1000)
 *   --events N   random valid engine events (default 100000)
 *   --only NAME  one section only: sizes, core, chromium, typing or server (its JSON goes to .build/, as a
 *                smoke run's)
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { version as esbuildVersion } from 'esbuild';
import { benchBrowser } from './browser.ts';
import { benchCore } from './core.ts';
import { benchScenarios, buildPages } from './pages.ts';
import { formatReport, type Machine } from './report.ts';
import type { Section } from './results.ts';
import { benchServer } from './server.ts';
import { benchSizes } from './sizes.ts';
import { benchTyping } from './typing.ts';
import { buildTypingPage } from './typing-page.ts';

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// `pnpm run bench -- --runs 3` hands the `--` on; it only marks where the options start, so it is dropped.
const argv = process.argv.slice(2);
const { values } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    smoke: { type: 'boolean', default: false },
    runs: { type: 'string' },
    cycles: { type: 'string' },
    events: { type: 'string' },
    only: { type: 'string' },
  },
});

const SECTIONS = ['sizes', 'core', 'chromium', 'typing', 'server'] as const;
type SectionName = (typeof SECTIONS)[number];
const only = values.only;
if (only !== undefined && !(SECTIONS as readonly string[]).includes(only)) {
  throw new Error(`--only takes one of ${SECTIONS.join(', ')}, not "${only}"`);
}
const wanted = (name: SectionName) => only === undefined || only === name;

function count(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number above 0, not "${value}"`);
  return n;
}

const smoke = values.smoke === true;
const runs = count('runs', values.runs, smoke ? 1 : 30);
const cycles = count('cycles', values.cycles, smoke ? 20 : 1000);
const events = count('events', values.events, smoke ? 2000 : 100_000);
const log = (line: string) => process.stderr.write(`${line}\n`);

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: benchDir, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

const started = Date.now();
const sections: Section[] = [];
let chromiumVersion: string | null = null;
if (wanted('sizes')) {
  log(`Sizes ...`);
  sections.push(await benchSizes({ benchDir }));
}
// Core runs before the browser but is printed last, as it always was.
let core: Section | null = null;
if (wanted('core')) {
  log(`Core engine in Node (${events.toLocaleString('en')} events, ${runs} runs) ...`);
  core = benchCore({ events, runs });
}
if (wanted('chromium')) {
  log(`Chromium (${runs} runs, ${cycles} cycles per memory run) ...`);
  const pages = await buildPages(benchDir, path.join(benchDir, '.build', 'pages'));
  const browser = await benchBrowser({ runs, cycles, pages, scenarios: benchScenarios(), log });
  sections.push(browser.section);
  chromiumVersion = browser.chromium;
}
if (wanted('typing')) {
  log(`Typing in the phone field (${runs} runs) ...`);
  const url = await buildTypingPage(benchDir, path.join(benchDir, '.build', 'typing'));
  const typing = await benchTyping({ runs, smoke, url, log });
  sections.push(typing.section);
  chromiumVersion = typing.chromium;
}
if (wanted('server')) {
  log(`@wamigrate/server handler (${runs} runs) ...`);
  sections.push(await benchServer({ runs, requests: smoke ? 20 : 500 }));
}
if (core) sections.push(core);
const machine: Machine = {
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  chromium: chromiumVersion,
  esbuild: esbuildVersion,
  commit: gitCommit(),
};
console.log(formatReport(sections, machine));

const at = new Date();
const result = {
  at: at.toISOString(),
  smoke,
  only: only ?? null,
  settings: { runs, cycles, events },
  machine,
  sections,
};
// A smoke run proves the harness and a partial run is not a whole result: both stay out of results/.
const kept = !smoke && only === undefined;
const file = path.join(benchDir, kept ? 'results' : '.build', `${at.toISOString().replace(/[:.]/g, '-')}.json`);
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
log(`\nWritten to ${path.relative(process.cwd(), file)} in ${Math.round((Date.now() - started) / 1000)} s.`);

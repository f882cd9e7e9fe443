/**
 * `npm run bench`: sizes, runtime in Chromium and the core in Node, ours beside the peers', in one run.
 * Prints the table and writes it as JSON to bench/results/, stamped with the machine.
 *
 *   --smoke      one run of everything, a few cycles and events: proves the harness works (npm test runs it)
 *   --runs N     timed runs of each figure (default 30)
 *   --cycles N   mount/unmount cycles per memory run (default 1000)
 *   --events N   random valid engine events (default 100000)
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
import { benchSizes } from './sizes.ts';

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    runs: { type: 'string' },
    cycles: { type: 'string' },
    events: { type: 'string' },
  },
});

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
log(`Sizes ...`);
const sizes = await benchSizes({ benchDir });
log(`Core engine in Node (${events.toLocaleString('en')} events, ${runs} runs) ...`);
const core = benchCore({ events, runs });
log(`Chromium (${runs} runs, ${cycles} cycles per memory run) ...`);
const pages = await buildPages(benchDir, path.join(benchDir, '.build', 'pages'));
const browser = await benchBrowser({ runs, cycles, pages, scenarios: benchScenarios(), log });

const sections: Section[] = [sizes, browser.section, core];
const machine: Machine = {
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  chromium: browser.chromium,
  esbuild: esbuildVersion,
  commit: gitCommit(),
};
console.log(formatReport(sections, machine));

const at = new Date();
const result = { at: at.toISOString(), smoke, settings: { runs, cycles, events }, machine, sections };
// A smoke run proves the harness; its figures mean nothing, so they stay out of results/.
const file = path.join(benchDir, smoke ? '.build' : 'results', `${at.toISOString().replace(/[:.]/g, '-')}.json`);
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
log(`\nWritten to ${path.relative(process.cwd(), file)} in ${Math.round((Date.now() - started) / 1000)} s.`);

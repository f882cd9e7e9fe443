/**
 * Runtime in Debian's Chromium (playwright-core, never a downloaded browser), ours and Mantine's alternating
 * within each run so that a noisy machine slows both alike. Every figure is checked for what it claims (the
 * right number of steps, the right heading focused) before it counts.
 */
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../chromium.ts';
import type { BenchScenario, Interactive } from '../pages/page-harness.ts';
import { check, withPage } from './chromium-page.ts';
import { countFirstCalls } from './first-calls.ts';
import type { PageName } from './pages.ts';
import type { Measurement, Section } from './results.ts';
import { ratio, summarize } from './stats.ts';

export interface BrowserOptions {
  readonly runs: number;
  /** Mount/unmount cycles per memory run. */
  readonly cycles: number;
  readonly pages: Readonly<Record<PageName, string>>;
  readonly scenarios: readonly BenchScenario[];
  readonly log: (line: string) => void;
}

type Side = 'ours' | 'peer';
type Samples = Record<Side, number[]>;
const samples = (): Samples => ({ ours: [], peer: [] });

const STEPPER: Record<Side, PageName> = { ours: 'ours-stepper', peer: 'mantine-stepper' };
/** MigrationGuide has no counterpart; Mantine's Stepper page is the nearest thing a host would mount. */
const FIRST_RENDER: Record<Side, PageName> = { ours: 'ours-guide', peer: 'mantine-stepper' };

export async function benchBrowser(options: BrowserOptions): Promise<{ section: Section; chromium: string }> {
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  try {
    return { section: await measure(browser, options), chromium: browser.version() };
  } finally {
    await browser.close();
  }
}

/** Presses Enter on the armed "next" and checks that the second step's heading took focus; its milliseconds. */
async function pressNext(page: Page, scenario: BenchScenario, side: Side): Promise<number> {
  await page.keyboard.press('Enter');
  const moved = await page.evaluate(() => window.bench.nextResult(5000));
  check(moved.heading === scenario.steps[1]?.title, `${side} focused "${moved.heading}" after next`);
  return moved.ms;
}

async function measure(browser: Browser, options: BrowserOptions): Promise<Section> {
  const { scenarios, pages, runs, cycles } = options;
  const mount = new Map(scenarios.map((s) => [s.id, samples()]));
  const elements = new Map<string, Record<Side, number>>();
  const next = samples();
  const mountFirstCalls = samples();
  const nextFirstCalls = samples();
  const render = samples();
  const navigation = samples();
  const cycle = samples();
  const growth = samples();
  const perCycle = samples();
  // The scenario with the most steps carries the memory runs and the first-render pages.
  const largest = scenarios.reduce((a, b) => (b.steps.length > a.steps.length ? b : a));
  /**
   * Cycles after the main ones, to tell a leak from warming up: compiled code and caches grow the heap over
   * the first thousand or so cycles, then it stays flat (measured: within ±50 B a cycle from 1,000 to 6,000).
   */
  const leakCycles = Math.max(1, Math.round(cycles / 2));

  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const order: Side[] = run % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours'];
    for (const scenario of scenarios) {
      for (const side of order) {
        await withPage(browser, pages[STEPPER[side]], async (page) => {
          const mounted = await page.evaluate((id) => window.bench.mount(id), scenario.id);
          check(mounted.items === scenario.steps.length, `${side} rendered ${mounted.items} steps of ${scenario.id}`);
          check(mounted.heading === scenario.steps[0]?.title, `${side} opened on "${mounted.heading}"`);
          mount.get(scenario.id)?.[side].push(mounted.ms);
          elements.set(scenario.id, {
            ...(elements.get(scenario.id) ?? { ours: 0, peer: 0 }),
            [side]: mounted.elements,
          });
          await page.evaluate(() => window.bench.armNext());
          next[side].push(await pressNext(page, scenario, side));
        });
      }
    }
    // The same mount and "next" again on the largest scenario, this time counting the functions they run
    // for the first time (untimed: coverage slows the page).
    for (const side of order) {
      await withPage(browser, pages[STEPPER[side]], async (page) => {
        const counter = await countFirstCalls(page);
        await page.evaluate((id) => window.bench.prepare(id), largest.id);
        mountFirstCalls[side].push(
          await counter.during(() => page.evaluate((id) => window.bench.mount(id), largest.id)),
        );
        await page.evaluate(() => window.bench.armNext());
        nextFirstCalls[side].push(await counter.during(() => pressNext(page, largest, side)));
      });
    }
    const stepperDone = performance.now();
    for (const side of order) {
      await withPage(browser, `${pages[FIRST_RENDER[side]]}?auto=${largest.id}`, async (page) => {
        await page.waitForFunction(() => window.benchInteractive !== undefined, undefined, { timeout: 10_000 });
        const interactive = (await page.evaluate(() => window.benchInteractive)) as Interactive;
        check(interactive.control.length > 0, `${side}'s first control has no name`);
        render[side].push(interactive.sinceRender);
        navigation[side].push(interactive.sinceNavigation);
      });
    }
    const firstRenderDone = performance.now();
    for (const side of order) {
      await withPage(browser, pages[STEPPER[side]], async (page) => {
        const cdp = await page.context().newCDPSession(page);
        const heap = async () => {
          // Twice: the first collection can leave garbage that finalizers release for the second.
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          return (await cdp.send('Runtime.getHeapUsage')).usedSize;
        };
        const mountCycles = (count: number) =>
          page.evaluate(([id, n]) => window.bench.cycles(id, n), [largest.id, count] as const);
        const start = await heap();
        await mountCycles(cycles);
        const after = await heap();
        const leakMs = await mountCycles(leakCycles);
        const end = await heap();
        growth[side].push((after - start) / 1024);
        perCycle[side].push((end - after) / leakCycles);
        cycle[side].push(leakMs / leakCycles);
      });
    }
    const seconds = (from: number, to = performance.now()) => `${((to - from) / 1000).toFixed(1)} s`;
    options.log(
      `  browser run ${run + 1}/${runs}: mount and next ${seconds(started, stepperDone)}, ` +
        `first render ${seconds(stepperDone, firstRenderDone)}, memory ${seconds(firstRenderDone)}`,
    );
  }

  const row = (
    id: string,
    label: string,
    unit: string,
    s: Samples,
    detail?: Measurement['detail'],
    maxRatio?: number,
  ): Measurement => {
    const ours = summarize(s.ours);
    const peer = summarize(s.peer);
    // Issue 18's goals are ratios to Mantine's figure in the same run.
    const goal =
      maxRatio === undefined
        ? {}
        : { goal: { text: `<= ${maxRatio.toFixed(2)}x Mantine`, met: ratio(ours, peer) <= maxRatio } };
    return { id, label, unit, ours, peers: { Mantine: peer }, ...(detail ? { detail } : {}), ...goal };
  };
  const scriptBytes = async (side: Side) =>
    (await stat(fileURLToPath(pages[FIRST_RENDER[side]].replace(/\.html$/u, '.js')))).size;
  const cyclesText = cycles.toLocaleString('en');
  return {
    title: 'Runtime in Chromium',
    method:
      `Production builds (esbuild, minified), loaded from file:// in headless Chromium, a fresh page for every ` +
      `sample; ours and Mantine's alternate, ${runs} runs each; median (min–max). Mount: createRoot + flushSync ` +
      `render + layout, the first in the page (cold), ours restoring a returning user's progress. "Next": from ` +
      `the Enter keydown to focusin on the next step's heading. First render: from root.render() (and from ` +
      `navigation start) until the first control is in the document and enabled; Mantine's Stepper stands in ` +
      `for MigrationGuide. First calls: the functions that run for the first time in the ${largest.id} mount and ` +
      `"next", from V8's precise coverage on a page of their own, what they queue included (counted, not timed; ` +
      `V8 compiles each function when it first runs). Memory: JS heap after two forced GCs, on the ` +
      `${largest.id} steps; a leak would show as growth per cycle once warm.`,
    rows: [
      ...scenarios.map((s) =>
        row(
          `browser.mount.${s.id}`,
          `mount the stepper, ${s.id} (${s.steps.length} steps)`,
          'ms',
          mount.get(s.id) as Samples,
          { oursElements: elements.get(s.id)?.ours ?? 0, mantineElements: elements.get(s.id)?.peer ?? 0 },
          1,
        ),
      ),
      row('browser.next', `"next" until the next heading has focus (all scenarios)`, 'ms', next, undefined, 1.3),
      row(
        'browser.mount-first-calls',
        `functions first run in the cold mount, ${largest.id} (counted)`,
        'count',
        mountFirstCalls,
      ),
      row('browser.next-first-calls', `the same in "next", ${largest.id}`, 'count', nextFirstCalls),
      row('browser.first-render', 'MigrationGuide first render until its first control is usable', 'ms', render),
      row('browser.first-render-navigation', 'the same, counted from navigation start', 'ms', navigation, {
        oursScriptBytes: await scriptBytes('ours'),
        mantineScriptBytes: await scriptBytes('peer'),
      }),
      row('browser.cycle', `mount + unmount, warm (after ${cyclesText}), mean per cycle`, 'ms', cycle),
      row(
        'browser.heap-growth',
        `JS heap after ${cyclesText} mount/unmount cycles, growth from the start`,
        'KiB',
        growth,
      ),
      row(
        'browser.heap-per-cycle',
        `heap growth per cycle over ${leakCycles.toLocaleString('en')} more cycles (a leak shows here)`,
        'B',
        perCycle,
      ),
    ],
  };
}

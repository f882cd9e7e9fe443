/**
 * How many functions run for the first time in the page during an action, from V8's precise coverage:
 * counted, not timed, so a busy machine moves it by one or two at most (a peer's timers). V8 compiles a
 * function when it is first called, and in a cold mount that compiling is most of the time (measured: about
 * 1,070 compiles in our stepper's cold mount, 350 in Mantine's), so this count is what a cold mount follows.
 */
import type { CDPSession, Page } from 'playwright-core';

/**
 * Every function of the page's own scripts that has run since the last call (or since coverage started), as
 * `script:offset`. Playwright's evaluations are scripts without a URL; the bench pages are files.
 */
async function ranSinceLast(cdp: CDPSession): Promise<Set<string>> {
  const { result } = await cdp.send('Profiler.takePreciseCoverage');
  const ran = new Set<string>();
  for (const script of result) {
    if (!script.url.startsWith('file:')) continue;
    for (const fn of script.functions) {
      const whole = fn.ranges[0];
      if (whole && whole.count > 0) ran.add(`${script.scriptId}:${whole.startOffset}`);
    }
  }
  return ran;
}

export interface FirstCallCounter {
  /** Functions first run in the page during `act` (those that ran before it, loading included, not counted). */
  during(act: () => Promise<unknown>): Promise<number>;
}

/**
 * Starts coverage and reloads the page, so that what ran while it loaded is counted as having run (coverage
 * started later would miss it and count it again as new).
 */
export async function countFirstCalls(page: Page): Promise<FirstCallCounter> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  // callCount: counts are reset by each take, so each take says what ran since the one before.
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await page.reload();
  await page.waitForFunction(() => window.bench !== undefined);
  const seen = await ranSinceLast(cdp);
  return {
    async during(act) {
      for (const fn of await ranSinceLast(cdp)) seen.add(fn);
      await act();
      // What the action queued for later (a render from an effect's state, a frame, a resize observer) is its
      // work too: counted once the page has gone two frames and a task without it.
      await page.evaluate(
        () =>
          new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(settled, 0)))),
      );
      let first = 0;
      for (const fn of await ranSinceLast(cdp)) {
        if (seen.has(fn)) continue;
        seen.add(fn);
        first++;
      }
      return first;
    },
  };
}

/**
 * The measuring side of every bench page, the same for ours and the peer's: a page supplies how its candidate
 * renders a scenario and where its controls are; this file times the rest. Runs in Chromium, driven by
 * src/browser.ts through `window.bench`.
 */
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

export interface BenchStep {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly howToComplete: string;
}

/** A scenario's steps with their English texts, resolved once in Node (src/pages.ts) so both sides show the same. */
export interface BenchScenario {
  readonly id: string;
  readonly steps: readonly BenchStep[];
}

export interface Candidate {
  /** Untimed work before a render (e.g. seeding a returning user's stored progress). */
  readonly prepare?: (scenario: BenchScenario) => void;
  readonly render: (scenario: BenchScenario) => ReactElement;
  readonly selectors: {
    /** One per step in the list of steps. */
    readonly item: string;
    /** The current step's heading, where focus lands after "next". */
    readonly heading: string;
    readonly next: string;
    /** The control that, once in the document and enabled, makes the component usable. */
    readonly firstControl: string;
  };
}

export interface MountResult {
  readonly ms: number;
  readonly items: number;
  readonly heading: string;
  /** Elements rendered: how much DOM the time bought. */
  readonly elements: number;
}

export interface NextResult {
  readonly ms: number;
  readonly heading: string;
}

export interface Interactive {
  /** From `root.render()` to the first control being in the document and enabled. */
  readonly sinceRender: number;
  /** The same moment, from the start of navigation. */
  readonly sinceNavigation: number;
  readonly control: string;
}

export interface BenchApi {
  /** The untimed work `mount` does first, alone: so that what runs in `mount` itself can be told apart. */
  prepare(scenarioId: string): void;
  mount(scenarioId: string): MountResult;
  /** Focuses "next" and starts listening; the driver then presses Enter for real. */
  armNext(): string;
  /** Resolves when the heading has focus after the Enter, timed from its keydown. */
  nextResult(timeoutMs: number): Promise<NextResult>;
  unmount(): void;
  /** Mounts (with layout) and unmounts `count` times; returns the total milliseconds. */
  cycles(scenarioId: string, count: number): number;
}

declare global {
  interface Window {
    benchScenarios: readonly BenchScenario[];
    bench: BenchApi;
    benchInteractive?: Interactive;
  }
}

const textOf = (element: Element | null): string =>
  (element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : element?.textContent)?.trim() ?? '';

const isEnabled = (element: Element) =>
  !(element as HTMLButtonElement).disabled && element.getAttribute('aria-disabled') !== 'true';

export function exposeBench(candidate: Candidate): void {
  const host = document.getElementById('root') as HTMLElement;
  const { selectors } = candidate;
  const scenario = (id: string) => {
    const found = window.benchScenarios.find((s) => s.id === id);
    if (!found) throw new Error(`unknown scenario ${id}`);
    return found;
  };
  let mounted: { root: Root; container: HTMLElement } | null = null;
  let pendingNext: Promise<NextResult> | null = null;

  /** Renders synchronously and lays the result out, so style and layout are part of what is timed. */
  const mountSync = (s: BenchScenario) => {
    const container = document.createElement('div');
    host.append(container);
    const root = createRoot(container);
    flushSync(() => root.render(candidate.render(s)));
    container.getBoundingClientRect();
    return { root, container };
  };

  window.bench = {
    prepare(scenarioId) {
      candidate.prepare?.(scenario(scenarioId));
    },
    mount(scenarioId) {
      const s = scenario(scenarioId);
      candidate.prepare?.(s);
      const t0 = performance.now();
      mounted = mountSync(s);
      const ms = performance.now() - t0;
      return {
        ms,
        items: mounted.container.querySelectorAll(selectors.item).length,
        heading: textOf(mounted.container.querySelector(selectors.heading)),
        elements: mounted.container.getElementsByTagName('*').length,
      };
    },
    armNext() {
      const next = mounted?.container.querySelector<HTMLElement>(selectors.next);
      if (!next || !isEnabled(next)) throw new Error('no enabled "next" control');
      next.focus();
      let pressedAt = Number.NaN;
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key === 'Enter') pressedAt = performance.now();
      };
      document.addEventListener('keydown', onKeyDown, true);
      pendingNext = new Promise((resolve) => {
        const onFocusIn = (event: FocusEvent) => {
          const target = event.target as Element;
          if (Number.isNaN(pressedAt) || !target.matches(selectors.heading)) return;
          const ms = performance.now() - pressedAt;
          document.removeEventListener('keydown', onKeyDown, true);
          document.removeEventListener('focusin', onFocusIn, true);
          resolve({ ms, heading: textOf(target) });
        };
        document.addEventListener('focusin', onFocusIn, true);
      });
      return textOf(next);
    },
    nextResult(timeoutMs) {
      if (!pendingNext) return Promise.reject(new Error('armNext() first'));
      return Promise.race([
        pendingNext,
        new Promise<NextResult>((_, reject) =>
          setTimeout(() => reject(new Error(`the heading did not receive focus within ${timeoutMs} ms`)), timeoutMs),
        ),
      ]);
    },
    unmount() {
      mounted?.root.unmount();
      mounted?.container.remove();
      mounted = null;
    },
    cycles(scenarioId, count) {
      const s = scenario(scenarioId);
      candidate.prepare?.(s);
      const t0 = performance.now();
      for (let i = 0; i < count; i++) {
        const { root, container } = mountSync(s);
        root.unmount();
        container.remove();
      }
      return performance.now() - t0;
    },
  };

  // `?auto=<scenario>`: render as an app does (concurrently, at load) and note when the first control is usable.
  const auto = new URLSearchParams(location.search).get('auto');
  if (auto !== null) {
    const s = scenario(auto);
    candidate.prepare?.(s);
    const container = document.createElement('div');
    host.append(container);
    let t0 = 0;
    const observer = new MutationObserver(() => {
      const control = container.querySelector(selectors.firstControl);
      if (!control || !isEnabled(control)) return;
      const now = performance.now();
      observer.disconnect();
      window.benchInteractive = { sinceRender: now - t0, sinceNavigation: now, control: textOf(control) };
    });
    observer.observe(container, { childList: true, subtree: true, attributes: true });
    t0 = performance.now();
    createRoot(container).render(candidate.render(s));
  }
}

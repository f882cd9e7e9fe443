import { createRequire } from 'node:module';
import { MIGRATION_EVENT_TYPES, SCENARIOS } from '@wamigrate/core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromiumLaunchOptions } from '../../chromium.ts';
import { startServer } from '../server.mjs';

const require = createRequire(import.meta.url);
const AXE_URL = '/__e2e__/axe.min.js';
/** Where the help-centre pages load the single file from, renamed as a Zendesk theme renames assets. */
export const SINGLE_FILE_URL = '/theme_assets/wamigrate-guide-4f9c2e.js';

/** What the page saw, collected by a script the browser runs before the page's own (CSP does not apply to it). */
export interface Observed {
  readonly cspViolations: string[];
  readonly events: { type: string; detail: Record<string, unknown> }[];
}

/**
 * A served site and a browser for one test file; each `open()` is a fresh profile (empty localStorage).
 * `routes` adds URL prefixes served from folders or files of the test's own (pages it rendered).
 */
export function createSite({ routes = {} }: { readonly routes?: Readonly<Record<string, string>> } = {}) {
  let server: { origin: string; close: () => Promise<void> };
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startServer({ extraRoutes: { ...routes, [AXE_URL]: require.resolve('axe-core/axe.min.js') } });
    browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });
  return {
    /**
     * A fresh profile; or, with `besideOf`, another tab of that page's profile (its localStorage too). With
     * `singleFile`, the help centre's renamed asset is that build of the script (a one-language file).
     */
    async open(
      path: string,
      { besideOf, singleFile }: { readonly besideOf?: Page; readonly singleFile?: string } = {},
    ) {
      const context = besideOf?.context() ?? (await browser.newContext({ viewport: { width: 1024, height: 900 } }));
      if (!besideOf) contexts.push(context);
      if (singleFile) {
        await context.route(`${server.origin}${SINGLE_FILE_URL}`, (route) =>
          route.fulfill({ path: singleFile, contentType: 'text/javascript; charset=utf-8' }),
        );
      }
      const page = await context.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('request', (request) => requests.push(`${request.resourceType()} ${request.url()}`));
      await page.addInitScript((types: readonly string[]) => {
        const seen = { cspViolations: [] as string[], events: [] as { type: string; detail: unknown }[] };
        (window as unknown as { __observed: typeof seen }).__observed = seen;
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.cspViolations.push(
            `${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
        for (const type of types) {
          document.addEventListener(`wamigrate:${type}`, (event) => {
            seen.events.push({ type: event.type, detail: (event as CustomEvent).detail });
          });
        }
      }, MIGRATION_EVENT_TYPES);
      await page.goto(server.origin + path);
      return { page, errors, requests, origin: server.origin };
    },
  };
}

export const observed = (page: Page): Promise<Observed> =>
  page.evaluate(() => (window as unknown as { __observed: Observed }).__observed);

/** A path by its id, for the walks. */
export function scenario(id: string) {
  const found = SCENARIOS.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

/** The focused element, through open shadow roots, described for assertions. */
export interface Focused {
  readonly tag: string;
  readonly scope: string | null;
  readonly part: string | null;
  readonly id: string;
  readonly name: string | null;
  readonly question: string | null;
  readonly value: string | null;
  readonly type: string | null;
  readonly checked: boolean | null;
  readonly inDialog: boolean;
  readonly inGuide: boolean;
}

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const element = active ?? document.body;
    const input = element instanceof HTMLInputElement ? element : null;
    return {
      tag: element.tagName.toLowerCase(),
      scope: element.closest('[data-scope]')?.getAttribute('data-scope') ?? null,
      part: element.getAttribute('data-part'),
      id: element.id,
      name: element.getAttribute('name'),
      question: element.closest('[data-question]')?.getAttribute('data-question') ?? null,
      value: input ? input.value : null,
      type: input ? input.type : null,
      checked: input ? input.checked : null,
      inDialog: element.closest('dialog:modal') !== null,
      inGuide: element.getRootNode() !== document,
    };
  });
}

/** Presses Tab until the focused element matches; fails, saying what it looked for, when it never does. */
export async function tabTo(page: Page, match: (f: Focused) => boolean, what: string, limit = 120) {
  for (let i = 0; i < limit; i++) {
    const now = await focused(page);
    if (match(now)) return now;
    await page.keyboard.press('Tab');
  }
  expect.fail(`Tab never reached ${what}`);
}

/** Runs axe-core (served from the page's own origin, so the CSP allows it) over the whole page, shadow roots included. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(async (url) => {
    if ((window as unknown as { axe?: unknown }).axe) return;
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = url;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`could not load ${url}`));
      document.head.append(script);
    });
  }, AXE_URL);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/**
 * The guide: the custom element (read its shadow root) or, in a React host, the guide's root element, or the
 * stepper's where a host composes the parts without the guide (the guide's root comes first when both are).
 */
export const guide = (page: Page) =>
  page
    .locator(
      'wamigrate-guide, [data-scope="migration-guide"][data-part="root"], [data-scope="migration-stepper"][data-part="root"]',
    )
    .first();

/** Where the guide's own elements are: the shadow root when there is one. */
export type GuideRoot = ShadowRoot | Element;

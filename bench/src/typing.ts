/**
 * Typing in the phone field: what one keystroke costs MigrationGuide, counted rather than timed, so a busy
 * machine changes nothing. A number is typed key by key with real key events into the checklist's phone
 * field; after each key React is let settle, then the page's probes (pages/ours-typing.tsx) say how often the
 * number was validated and which components rendered. Each figure is checked before it counts.
 */
import { profileMessageParams, zendeskProfile } from '@wamigrate/core';
import { createGuideI18n } from '@wamigrate/react';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../chromium.ts';
import type { KeystrokeReading } from '../pages/ours-typing.tsx';
import { check, withPage } from './chromium-page.ts';
import type { Section } from './results.ts';
import { summarize } from './stats.ts';

export interface TypingOptions {
  readonly runs: number;
  /** Type only the last few keys (the rest filled in at once): proves the harness, quickly. */
  readonly smoke: boolean;
  readonly url: string;
  readonly log: (line: string) => void;
}

/** A Japanese mobile number as a person types it, spaces and all. */
const NUMBER = '+81 90 1234 5678';
const SMOKE_KEYS = 4;
/** The phone field's own element (the checklist's public anatomy), whose components are counted apart. */
const FIELD = '[data-scope="requirements-checklist"][data-part="field"][data-field="phoneNumber"]';

/** The field's accessible name, from our English catalogue, so the field is found as a user finds it. */
function phoneLabel(): string {
  const i18n = createGuideI18n('en');
  return i18n.t('fields.phoneNumber', { ...profileMessageParams(zendeskProfile, 'en') });
}

export async function benchTyping(options: TypingOptions): Promise<{ section: Section; chromium: string }> {
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  try {
    return { section: await measure(browser, options), chromium: browser.version() };
  } finally {
    await browser.close();
  }
}

/** Types `keys` one at a time after `prefix`, reading the probes after each; checks where it ends. */
async function typeNumber(page: Page, prefix: string, keys: string): Promise<KeystrokeReading[]> {
  const input = page.getByRole('textbox', { name: phoneLabel(), exact: true });
  await input.waitFor({ timeout: 10_000 });
  check((await input.getAttribute('data-part')) === 'field-input', 'the phone field is not the checklist input');
  await input.focus();
  if (prefix) await input.fill(prefix);
  const readings: KeystrokeReading[] = [];
  for (const key of keys) {
    // Whatever the focus or the last key set off is over before counting starts.
    await page.evaluate(() => window.typing.settle().then(() => window.typing.reset()));
    await page.keyboard.type(key);
    readings.push(
      await page.evaluate(async (field) => {
        await window.typing.settle();
        return window.typing.read(field);
      }, FIELD),
    );
  }
  const value = await input.inputValue();
  check(value === NUMBER, `the phone field holds "${value}", not "${NUMBER}"`);
  check(await input.evaluate((element) => element === document.activeElement), 'the phone field lost focus');
  const item = page.locator('[data-scope="requirements-checklist"][data-part="item"]').filter({ has: input });
  const state = await item.getAttribute('data-state');
  check(state === 'met', `the phone requirement ends "${state}", not "met"`);
  return readings;
}

function checkReading(reading: KeystrokeReading, key: string): void {
  const { react } = reading;
  check(react.errors.length === 0, `the commit hook failed: ${react.errors.join('; ')}`);
  check(react.commits > 0, `"${key}" caused no React commit: the keystroke was lost or counted too early`);
  check(react.rendered.length > 0, `"${key}" rendered no components`);
  check(react.mounted >= react.rendered.length, `"${key}" rendered more components than are mounted`);
}

/** Each key's median over the readings, a key missing from a reading counting 0; largest first. */
function medianPerKey(records: readonly Readonly<Record<string, number>>[], prefix: string): Record<string, number> {
  const keys = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const medians = keys.map((key) => [key, summarize(records.map((record) => record[key] ?? 0)).median] as const);
  medians.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return Object.fromEntries(medians.map(([key, median]) => [`${prefix}${key}`, median]));
}

const tally = (names: readonly string[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const name of names) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
};

async function measure(browser: Browser, options: TypingOptions): Promise<Section> {
  const keys = options.smoke ? NUMBER.slice(-SMOKE_KEYS) : NUMBER;
  const prefix = NUMBER.slice(0, NUMBER.length - keys.length);
  const readings: KeystrokeReading[] = [];
  for (let run = 0; run < options.runs; run++) {
    const started = performance.now();
    const typed = await withPage(browser, options.url, (page) => typeNumber(page, prefix, keys));
    typed.forEach((reading, i) => {
      checkReading(reading, keys[i] ?? '');
    });
    readings.push(...typed);
    options.log(`  typing run ${run + 1}/${options.runs}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const validations = readings.map((r) => r.phone.validations);
  check(
    validations.some((n) => n > 0),
    'no phone validation was counted: the probe is not in the validator',
  );
  check(
    readings.some((r) => Object.keys(r.phone.libphonenumber).length > 0),
    'no libphonenumber-js call was counted: the wrapper is not in the bundle',
  );
  const median = (values: readonly number[]) => summarize(values).median;
  const mounted = median(readings.map((r) => r.react.mounted));
  return {
    title: 'Typing in the phone field',
    method:
      `MigrationGuide (bsp-to-provider, memory storage, nothing stored) in the same production build, headless ` +
      `Chromium, a fresh page for each of ${options.runs} runs; "${NUMBER}" typed into the checklist's phone ` +
      `field with real key events${options.smoke ? ` (smoke: only the last ${SMOKE_KEYS}, the rest filled in)` : ''}, ` +
      `one key at a time, React let settle (a frame without a commit) before and after each; median (min–max) ` +
      `over the ${readings.length} keystrokes. Counted, not timed. Validations: calls of the core's ` +
      `validatePhoneNumber from any path (a probe the page build adds to it; libphonenumber-js calls wrapped ` +
      `too, in the JSON). Components: function, forwardRef, memo and class components that rendered in the ` +
      `keystroke's commits, read from a DevTools hook (each counted once per keystroke), out of those mounted.`,
    rows: [
      {
        id: 'typing.phone-validations',
        label: 'phone-number validations per keystroke',
        unit: 'count',
        ours: summarize(validations),
        peers: {},
        detail: {
          ...medianPerKey(
            readings.map((r) => r.phone.libphonenumber),
            'libphonenumber-js calls: ',
          ),
          ...medianPerKey(
            readings.map((r) => tally(r.phone.callers)),
            'validated from: ',
          ),
        },
      },
      {
        id: 'typing.components-rendered',
        label: `components re-rendered per keystroke in the phone field (of ${mounted.toLocaleString('en')} mounted)`,
        unit: 'count',
        ours: summarize(readings.map((r) => r.react.rendered.length)),
        peers: {},
        detail: {
          mounted,
          commitsPerKeystroke: median(readings.map((r) => r.react.commits)),
          rendersPerKeystroke: median(readings.map((r) => r.react.renders)),
          renderedInsidePhoneField: median(readings.map((r) => r.react.renderedWithin)),
          ...medianPerKey(
            readings.map((r) => tally(r.react.rendered)),
            'rendered: ',
          ),
        },
      },
    ],
  };
}

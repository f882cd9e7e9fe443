import { cleanup, render, screen } from '@testing-library/react';
import { defineProviderProfile, type Migration, SCENARIOS, type Scenario, zendeskProfile } from '@wamigrate/core';
import { meetRequirements, walkTo } from '@wamigrate/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { GlossaryTerm, MigrationGuide, MigrationStepper } from '../src';
import { renderWithGuide, testMigration } from './helpers';

/** What a Japanese line may not start with (JIS X 4051 line-start rules, as `line-break: strict` applies them). */
const NO_LINE_START = new Set([...'ー。、）」』，．・？！ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ']);

/**
 * The index of the first character of each line after the first, read from the rendered line boxes: a
 * character whose box starts lower than the one before it begins a new line.
 */
function lineStarts(element: Element): { readonly text: string; readonly starts: number[] } {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const boxes: { readonly char: string; readonly top: number }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (let i = 0; i < text.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      // Every character counts, a space at the end of a line too (its box may have no width).
      if (rect) boxes.push({ char: text[i] as string, top: rect.top });
    }
  }
  const starts: number[] = [];
  for (let i = 1; i < boxes.length; i++) {
    if ((boxes[i]?.top ?? 0) > (boxes[i - 1]?.top ?? 0) + 4) starts.push(i);
  }
  return { text: boxes.map((b) => b.char).join(''), starts };
}

/** Where Japanese words begin in `text`, by the platform's own segmenter. */
const wordStarts = (text: string) =>
  new Set([...new Intl.Segmenter('ja', { granularity: 'word' }).segment(text)].map((s) => s.index));

afterEach(() => {
  cleanup();
});

/** The guide in Japanese on `scenario` (with a provider that offers it, for a path that replaces one). */
function renderJapaneseGuide(scenario: Scenario, prepare?: (migration: Migration) => void) {
  const provider = scenario.replaces ? defineProviderProfile({ ...zendeskProfile, paths: [scenario.id] }) : undefined;
  const migration = testMigration({ ...(provider ? { profile: provider } : {}) });
  migration.send({ type: 'SELECT_SCENARIO', scenarioId: scenario.id });
  prepare?.(migration);
  render(<MigrationGuide migration={migration} locale="ja" {...(provider ? { provider } : {})} />);
}

describe.each([
  [320, 640],
  [1280, 800],
])('Japanese step titles at %i px', (width, height) => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: no label breaks inside a word or starts a line with a forbidden character',
    async (_id, scenario) => {
      await page.viewport(width, height);
      renderJapaneseGuide(scenario);
      const labels = document.querySelectorAll(
        '[data-scope="migration-stepper"] :is([data-part="item-title"], [data-part="content"] [data-part="heading"])',
      );
      expect(labels.length).toBeGreaterThan(scenario.steps.length);
      for (const label of labels) {
        const { text, starts } = lineStarts(label);
        const words = wordStarts(text);
        for (const at of starts) {
          const where = `${text.slice(0, at)}|${text.slice(at)}`;
          expect(NO_LINE_START.has(text[at] ?? ''), `line starts with ${text[at]}: ${where}`).toBe(false);
          expect(words.has(at), `line breaks inside a word: ${where}`).toBe(true);
        }
      }
    },
  );
});

describe('Japanese steps at 320 px', () => {
  it.each(SCENARIOS.flatMap((s) => s.steps.map((step) => [s.id, step.id, s] as const)))(
    '%s / %s: nothing runs past the edge of the step',
    async (_id, stepId, scenario) => {
      await page.viewport(320, 640);
      renderJapaneseGuide(scenario, (migration) => {
        meetRequirements(migration);
        walkTo(migration, stepId);
      });
      const step = document.querySelector('[data-scope="migration-stepper"][data-part="content"]') as HTMLElement;
      // A phrase longer than the line breaks inside the step instead of widening it past the screen.
      expect(step.scrollWidth, `${stepId} is ${step.scrollWidth}px wide in ${step.clientWidth}px`).toBeLessThanOrEqual(
        step.clientWidth + 1,
      );
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    },
  );
});

describe.each([1000, 1100, 1280])('Japanese step titles at %i px, a row of steps', (width) => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: each title stays in its own column (a phrase wider than it breaks inside rather than running on)',
    async (_id, scenario) => {
      await page.viewport(width, 800);
      renderJapaneseGuide(scenario);
      const titles = [
        ...document.querySelectorAll('[data-scope="migration-stepper"][data-part="trigger"] [data-part="item-title"]'),
      ];
      expect(titles.length).toBe(scenario.steps.length);
      // Every line box of a title within its own item's box.
      for (const title of titles) {
        const item = title.closest('[data-part="item"]')?.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(title);
        for (const line of range.getClientRects()) {
          expect(line.left, title.textContent ?? '').toBeGreaterThanOrEqual((item?.left ?? 0) - 0.5);
          expect(line.right, title.textContent ?? '').toBeLessThanOrEqual((item?.right ?? 0) + 0.5);
        }
      }
    },
  );
});

describe('a row of steps that does not fit', () => {
  const crowdedPath = SCENARIOS.find((s) => s.id === 'change-portfolio');

  it('is a column while a title would run past its column, and a row again once there is room', async () => {
    await page.viewport(1280, 800);
    const migration = testMigration();
    migration.send({ type: 'SELECT_SCENARIO', scenarioId: crowdedPath?.id ?? '' });
    renderWithGuide(
      // The page's language: a part alone takes it from the page, as the guide's root says it for the guide.
      <div style={{ inlineSize: '700px' }} data-testid="box" lang="ja">
        <MigrationStepper />
      </div>,
      { migration, locale: 'ja' },
    );
    const list = document.querySelector('[data-scope="migration-stepper"][data-part="list"]') as HTMLElement;
    expect(list.dataset.layout).toBe('column');
    expect(getComputedStyle(list).flexDirection).toBe('column');
    // Wider than the titles need: the row is measured again and kept.
    (screen.getByTestId('box') as HTMLElement).style.inlineSize = '2400px';
    await expect.poll(() => list.dataset.layout, { timeout: 10_000 }).toBeUndefined();
    expect(getComputedStyle(list).flexDirection).toBe('row');
    // Narrow again: a column again.
    (screen.getByTestId('box') as HTMLElement).style.inlineSize = '700px';
    await expect.poll(() => list.dataset.layout, { timeout: 10_000 }).toBe('column');
  });

  it('stays a row where the titles fit (English at 1280 px)', async () => {
    await page.viewport(1280, 800);
    const migration = testMigration();
    migration.send({ type: 'SELECT_SCENARIO', scenarioId: crowdedPath?.id ?? '' });
    render(<MigrationGuide migration={migration} locale="en" />);
    const list = document.querySelector('[data-scope="migration-stepper"][data-part="list"]') as HTMLElement;
    expect(list.dataset.layout).toBeUndefined();
    expect(getComputedStyle(list).flexDirection).toBe('row');
  });
});

describe('a glossary term in a host’s Japanese paragraph', () => {
  it('takes the paragraph’s font and line height, as it takes its colour', () => {
    renderWithGuide(
      <p lang="ja" data-testid="host" style={{ fontFamily: 'serif', lineHeight: '30px' }}>
        番号を移すには <GlossaryTerm term="waba" /> の管理者が必要です。
      </p>,
      { locale: 'ja' },
    );
    const host = getComputedStyle(screen.getByTestId('host'));
    const term = document.querySelector('[data-scope="glossary-term"][data-part="root"]') as HTMLElement;
    expect(getComputedStyle(term).fontFamily).toBe(host.fontFamily);
    expect(getComputedStyle(term).lineHeight).toBe(host.lineHeight);
  });
});

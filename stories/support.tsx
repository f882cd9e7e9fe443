import {
  type Clock,
  createMigration,
  type InputField,
  type Locale,
  type Migration,
  type MigrationOptions,
  memoryStorage,
  SCENARIOS,
  type StorageAdapter,
} from '@wamigrate/core';
import { LOCALES } from '@wamigrate/core/messages';
import { validatePhoneNumber } from '@wamigrate/core/phone';
import { meetRequirements } from '@wamigrate/core/testing';
import { GlossaryTerm, I18nProvider, MigrationProvider, useGuideI18n, useReferenceParams } from '@wamigrate/react';
import { Fragment, type ReactNode, useState } from 'react';
import { expect, userEvent, waitFor } from 'storybook/test';

/** Stories start at a fixed moment, so countdowns and cool-downs look the same on every run. */
export const STORY_NOW = Date.UTC(2026, 10, 24, 9, 0);
export const HOUR = 60 * 60 * 1000;

export const fixedClock = (at = STORY_NOW): Clock => ({ now: () => at });

/** The stepper's countdown clock, the same moment as the engine's: one stable function for every story. */
export const storyNow = () => STORY_NOW;

/** The toolbar's (or the story's) locale: any registered one, else English. */
export const localeOf = (globals: Readonly<Record<string, unknown>>): Locale =>
  typeof globals.locale === 'string' && LOCALES.includes(globals.locale) ? globals.locale : 'en';

export { meetRequirements, VALID_ANSWERS as VALID_FIELDS } from '@wamigrate/core/testing';

/** An engine in memory, with the full phone validator as the guide has it. */
export function storyMigration(options: MigrationOptions = {}): Migration {
  return createMigration({
    storage: memoryStorage(),
    clock: fixedClock(),
    validatePhoneNumber: (input) => validatePhoneNumber(input),
    ...options,
  });
}

/** A scenario at its `stepIndex`-th step (0 = first), every step before it done. */
export function atStep(scenarioId: string, stepIndex: number, options: MigrationOptions = {}): Migration {
  const migration = storyMigration(options);
  migration.send({ type: 'SELECT_SCENARIO', scenarioId });
  meetRequirements(migration);
  for (const state of migration.getSnapshot().steps.slice(0, stepIndex)) {
    migration.send({ type: 'COMPLETE_STEP', stepId: state.step.id, confirmed: true });
  }
  return migration;
}

/** A story's component inside the two providers, in the toolbar's (or the story's) locale. */
export function WithGuide({
  migration,
  locale,
  dir,
  children,
}: {
  migration: Migration;
  locale: Locale;
  dir?: 'ltr' | 'rtl' | undefined;
  children: ReactNode;
}) {
  return (
    <I18nProvider locale={locale} dir={dir}>
      <MigrationProvider migration={migration}>
        <div lang={locale} dir={dir}>
          {children}
        </div>
      </MigrationProvider>
    </I18nProvider>
  );
}

/** A scenario of the catalogue (the stories name the library's own). */
export type ScenarioId = (typeof SCENARIOS)[number]['id'];
export const POSITIONS = ['first', 'middle', 'last'] as const;
export type StepPosition = (typeof POSITIONS)[number];

/** The index of a scenario's first, middle or last step. */
export function stepIndex(scenarioId: ScenarioId, position: StepPosition): number {
  const count = SCENARIOS.find((s) => s.id === scenarioId)?.steps.length ?? 0;
  if (position === 'first') return 0;
  return position === 'last' ? count - 1 : Math.floor(count / 2);
}

/** Every scenario the catalogue holds (a new one appears by itself) at its first, middle and last step. */
export const EVERY_STATE = SCENARIOS.flatMap((scenario) =>
  POSITIONS.map((position) => ({ scenarioId: scenario.id, position, index: stepIndex(scenario.id, position) })),
);

/** A scenario with every step done. */
export function completed(scenarioId: ScenarioId, options: MigrationOptions = {}): Migration {
  const migration = atStep(scenarioId, 0, options);
  for (const state of migration.getSnapshot().steps) {
    migration.send({ type: 'COMPLETE_STEP', stepId: state.step.id, confirmed: true });
  }
  return migration;
}

/** One answer changed after the requirements were met, as a user would type it. */
export function withField(migration: Migration, field: InputField, value: string): Migration {
  migration.send({ type: 'SET_FIELD', field, value });
  return migration;
}

/** Each event sent in order: a reported error, code requests ... */
export function withEvents(migration: Migration, ...events: Parameters<Migration['send']>[0][]): Migration {
  for (const event of events) migration.send(event);
  return migration;
}

/** Storage holding progress saved earlier: a scenario at `stepIndex`, as a previous visit left it. */
export function storedProgress(scenarioId: ScenarioId, index: number): StorageAdapter {
  const storage = memoryStorage();
  atStep(scenarioId, index, { storage }).destroy();
  return storage;
}

/** Storage whose saved progress is not JSON at all: the guide starts clean and says why. */
export const corruptStorage = (): StorageAdapter => ({
  getItem: () => '{not json',
  setItem: () => undefined,
  removeItem: () => undefined,
});

/** A host check that never answers: the requirement stays "checking". */
export const neverAnswers = () => new Promise<boolean>(() => undefined);

/** A host check that fails (the host's API is down): the requirement shows an error and "check again". */
export const failsToAnswer = () => Promise.reject(new Error('host check unavailable'));

/**
 * Calls `create` once when the story mounts, so every story (and every remount) has its own engine and
 * nothing JSON-unfriendly goes into args.
 */
export function Fresh<T>({ create, children }: { create: () => T; children: (value: T) => ReactNode }) {
  const [value] = useState(create);
  return <>{children(value)}</>;
}

/** A fresh engine from `create`, with the two providers around `children`. */
export function EngineStory({
  create,
  locale,
  dir,
  children,
}: {
  create: () => Migration;
  locale: Locale;
  dir?: 'ltr' | 'rtl' | undefined;
  children: ReactNode;
}) {
  return (
    <Fresh create={create}>
      {(migration) => (
        <WithGuide migration={migration} locale={locale} dir={dir}>
          {children}
        </WithGuide>
      )}
    </Fresh>
  );
}

/**
 * Running text from the catalogue (`messageKey`), with each plain word in `terms` (e.g. `WABA`) turned into
 * its `<GlossaryTerm>`: the guide's own sentences, so the story needs no text of its own in either language.
 * Works with or without a `<MigrationProvider>`.
 */
export function TextWithTerms({ messageKey, terms }: { messageKey: string; terms: Readonly<Record<string, string>> }) {
  const { t } = useGuideI18n();
  const params = useReferenceParams();
  const parts = t(messageKey, params).split(new RegExp(`(${Object.keys(terms).join('|')})`, 'u'));
  return (
    <p>
      {parts.map((part, index) => {
        const term = terms[part];
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence never move
        return <Fragment key={index}>{term ? <GlossaryTerm term={term}>{part}</GlossaryTerm> : part}</Fragment>;
      })}
    </p>
  );
}

/**
 * Focuses each field's input and leaves it, as a user tabbing through would: the checklist shows a field's
 * message only once it has been touched. By `data-field`, so it works in either locale.
 */
export async function touchFields(canvasElement: HTMLElement, ...fields: InputField[]): Promise<HTMLInputElement[]> {
  const inputs: HTMLInputElement[] = [];
  for (const field of fields) {
    const input = canvasElement.querySelector<HTMLInputElement>(`[data-field="${field}"] input`);
    if (!input) throw new Error(`no input for ${field}`);
    await userEvent.click(input);
    await userEvent.tab();
    inputs.push(input);
  }
  return inputs;
}

/** The checklist item of a requirement (by `data-requirement`), once it shows `status`. */
export async function expectRequirement(canvasElement: HTMLElement, requirementId: string, status: string) {
  await waitFor(() =>
    expect(canvasElement.querySelector(`[data-requirement="${requirementId}"]`)).toHaveAttribute('data-state', status),
  );
}

/** The stepper's `index`-th step (0 = first) is the current one. */
export async function expectCurrentStep(canvasElement: HTMLElement, index: number) {
  const items = canvasElement.querySelectorAll('[data-scope="migration-stepper"][data-part="item"]');
  await expect(items[index]).toHaveAttribute('aria-current', 'step');
}

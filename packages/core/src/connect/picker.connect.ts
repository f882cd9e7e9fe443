import { offeredScenarios } from '../engine/offered-paths';
import type { MigrationSnapshot } from '../engine/types';
import type { NumberLocation, Scenario } from '../knowledge/types';
import { dataFlag, pickerAnatomy } from './anatomy';
import { textWithProfile } from './text';
import type { AnyEvent, ConnectEnv, PartProps, Send } from './types';

/** The parts of the snapshot this view model reads: a view re-renders only when one of them changes. */
export type PickerSnapshot = Pick<MigrationSnapshot, 'profile' | 'knowledge' | 'scenario' | 'progress'>;

const part = pickerAnatomy.attrs;

/**
 * `from` and `to` ask where the number is and where it should go. `scenario` is asked only when several
 * paths share the same two answers: the paths' own question (same business portfolio? keep the app?), or,
 * for a host's paths that have none, their titles.
 */
export type PickerQuestionId = 'from' | 'to' | 'scenario';

/** The user's answers so far; the view keeps them (they are not progress until a path starts). */
export interface PickerAnswers {
  readonly from: NumberLocation | null;
  readonly to: NumberLocation | null;
  readonly scenarioId?: string | null | undefined;
}

export interface PickerOptionView {
  /** A location id, or a scenario id for the `scenario` question. */
  readonly value: string;
  readonly label: string;
  /** How to tell this answer, for a place a person may not recognise; null when none is needed. */
  readonly hint: string | null;
  readonly checked: boolean;
}

export interface PickerQuestionView {
  readonly id: PickerQuestionId;
  readonly legend: string;
  /** How to tell the answer; null when the question needs none. */
  readonly hint: string | null;
  readonly options: readonly PickerOptionView[];
  /** One answer only: it is taken and shown, not asked. */
  readonly fixed: boolean;
}

export interface PickerApi {
  /** The questions to ask now, in order; a question with nothing to choose from is left out. */
  readonly questions: readonly PickerQuestionView[];
  /** The answers as the picker reads them: a single destination or path counts as chosen. */
  readonly answers: { readonly from: string | null; readonly to: string | null; readonly scenarioId: string | null };
  /** The path the answers lead to, once they name exactly one. */
  readonly match: Scenario | null;
  /** The match is the path already in progress. */
  readonly isCurrent: boolean;
  readonly texts: {
    readonly title: string;
    readonly intro: string;
    /** The match's title and description, or what is still to answer. */
    readonly result: { readonly title: string; readonly description: string } | { readonly pending: string };
    /** Said before switching away from a path with finished steps; null when nothing would be lost. */
    readonly switchWarning: string | null;
    readonly start: string;
  };
  /** The answers after choosing `value` for `question` (a new `from` clears what came after it). */
  answer(question: PickerQuestionId, value: string): PickerAnswers;
  /** Starts the matched path; false when the answers name none. */
  start(): boolean;
  getRootProps(): PartProps;
  getQuestionProps(question: PickerQuestionId): PartProps;
  getLegendProps(): PartProps;
  getQuestionHintProps(question: PickerQuestionId): PartProps;
  /** The answer of a question with one answer, shown as text. */
  getFixedAnswerProps(question: PickerQuestionId): PartProps;
  getOptionProps(question: PickerQuestionId, value: string): PartProps;
  getOptionHintProps(question: PickerQuestionId, value: string): PartProps;
  /** The radio itself: `onChange` reports the new answers through `onAnswersChange`. */
  getOptionInputProps(
    question: PickerQuestionId,
    value: string,
    options: { readonly id: string; readonly onAnswersChange: (answers: PickerAnswers) => void },
  ): PartProps;
  getResultProps(): PartProps;
  getSwitchWarningProps(): PartProps;
  getStartTriggerProps(options?: { readonly onStart?: ((scenarioId: string) => void) | undefined }): PartProps;
}

const unique = <T>(values: readonly T[]) => [...new Set(values)];

/**
 * The picker: at most three plain questions built from the paths the profile offers and their locations,
 * so a host's appear too. A question with one answer takes it and shows it.
 */
export function connectPicker(snapshot: PickerSnapshot, send: Send, env: ConnectEnv, given: PickerAnswers): PickerApi {
  const t = textWithProfile(snapshot, env);
  const { locations } = snapshot.knowledge;
  const scenarios = offeredScenarios(snapshot.knowledge.scenarios, snapshot.profile);
  const place = (id: string) => locations.find((l) => l.id === id);
  const label = (key: string | undefined, id: string) => (key === undefined ? id : t(key));
  const option = (value: string, label: string, checked: boolean, hintKey?: string): PickerOptionView => ({
    value,
    label,
    hint: hintKey === undefined ? null : t(hintKey),
    checked,
  });
  const fromOptions = unique(scenarios.map((s) => s.from));
  const from = given.from !== null && fromOptions.includes(given.from) ? given.from : null;
  const toOptions = from === null ? [] : unique(scenarios.filter((s) => s.from === from).map((s) => s.to));
  // With a single destination there is nothing to ask.
  const to = toOptions.length === 1 ? (toOptions[0] ?? null) : (toOptions.find((l) => l === given.to) ?? null);
  const matches = to === null ? [] : scenarios.filter((s) => s.from === from && s.to === to);
  const match = matches.length === 1 ? (matches[0] ?? null) : (matches.find((s) => s.id === given.scenarioId) ?? null);
  const answers = { from, to, scenarioId: match?.id ?? null };
  // The paths' own third question when they all answer the same one; else the host's paths by title.
  const choice = matches[0]?.choice;
  const sharedChoice = choice !== undefined && matches.every((s) => s.choice?.id === choice.id) ? choice : undefined;

  const questions: PickerQuestionView[] = [
    {
      id: 'from',
      legend: t('ui.picker.question.from'),
      hint: null,
      fixed: false,
      options: fromOptions.map((value) =>
        option(value, label(place(value)?.fromKey, value), value === from, place(value)?.hintKey),
      ),
    },
    {
      id: 'to',
      legend: t('ui.picker.question.to'),
      hint: null,
      fixed: toOptions.length === 1,
      options: toOptions.map((value) => option(value, label(place(value)?.toKey, value), value === to)),
    },
    {
      id: 'scenario',
      legend: t(sharedChoice?.questionKey ?? 'ui.picker.question.scenario'),
      hint: sharedChoice ? t(sharedChoice.hintKey) : null,
      fixed: false,
      options:
        matches.length > 1
          ? matches.map((s) =>
              option(s.id, t(sharedChoice ? (s.choice?.answerKey ?? s.titleKey) : s.titleKey), s.id === match?.id),
            )
          : [],
    },
  ];
  const current = snapshot.scenario;
  const isCurrent = match !== null && match.id === current?.id;
  const answer = (question: PickerQuestionId, value: string): PickerAnswers =>
    question === 'from'
      ? { from: value, to: null, scenarioId: null }
      : question === 'to'
        ? { from, to: value, scenarioId: null }
        : { from, to, scenarioId: value };
  const start = () => {
    if (!match) return false;
    send({ type: 'SELECT_SCENARIO', scenarioId: match.id });
    return true;
  };
  const resultId = `${env.id}-picker-result`;
  const questionHintId = (question: PickerQuestionId) => `${env.id}-${question}-hint`;
  const optionHintId = (question: PickerQuestionId, value: string) => `${env.id}-${question}-${value}-hint`;
  const viewOf = (question: PickerQuestionId) => questions.find((q) => q.id === question);
  const hintOf = (question: PickerQuestionId, value: string) =>
    viewOf(question)?.options.find((o) => o.value === value)?.hint ?? null;
  const checkedIn = (question: PickerQuestionId, value: string) =>
    questions.find((q) => q.id === question)?.options.some((o) => o.value === value && o.checked) === true;

  return {
    questions: questions.filter((q) => q.options.length > 0),
    answers,
    match,
    isCurrent,
    texts: {
      title: t('ui.picker.title'),
      intro: t('ui.picker.intro'),
      result: match
        ? { title: t(match.titleKey), description: t(match.descriptionKey) }
        : // Both places answered and still several paths: what is left is the third question.
          { pending: t(matches.length > 1 ? 'ui.picker.answerScenario' : 'ui.picker.answerBoth') },
      switchWarning:
        current && match && match.id !== current.id && snapshot.progress.done > 0
          ? t('ui.picker.switchWarning', { scenario: t(current.titleKey) })
          : null,
      start: t(isCurrent ? 'ui.picker.continue' : 'ui.picker.start'),
    },
    answer,
    start,
    getRootProps: () => ({ ...part('root'), 'data-state': match ? 'matched' : 'open' }),
    getQuestionProps: (question) => ({
      ...part('question'),
      'data-question': question,
      'data-fixed': dataFlag(viewOf(question)?.fixed === true),
      'aria-describedby': viewOf(question)?.hint ? questionHintId(question) : undefined,
    }),
    getLegendProps: () => part('legend'),
    getQuestionHintProps: (question) => ({ id: questionHintId(question), ...part('question-hint') }),
    getFixedAnswerProps: (question) => ({ ...part('fixed-answer'), 'data-question': question }),
    getOptionProps: (question, value) => ({
      ...part('option'),
      'data-state': checkedIn(question, value) ? 'checked' : 'unchecked',
    }),
    getOptionHintProps: (question, value) => ({ id: optionHintId(question, value), ...part('option-hint') }),
    getOptionInputProps: (question, value, { id, onAnswersChange }) => ({
      id,
      type: 'radio',
      name: `${env.id}-${question}`,
      value,
      checked: checkedIn(question, value),
      'aria-describedby': hintOf(question, value) === null ? undefined : optionHintId(question, value),
      onChange: (event?: AnyEvent) => {
        if (event?.defaultPrevented !== true) onAnswersChange(answer(question, value));
      },
    }),
    getResultProps: () => ({
      id: resultId,
      role: 'status',
      ...part('result'),
      'data-state': match ? 'matched' : 'open',
    }),
    getSwitchWarningProps: () => part('switch-warning'),
    getStartTriggerProps: ({ onStart } = {}) => ({
      type: 'button',
      disabled: !match,
      'aria-describedby': resultId,
      ...part('start-trigger'),
      'data-current': dataFlag(isCurrent),
      onClick: (event?: AnyEvent) => {
        if (event?.defaultPrevented === true || !match) return;
        start();
        onStart?.(match.id);
      },
    }),
  };
}

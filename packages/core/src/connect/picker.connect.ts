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
 * paths share the same two answers (a host's own path beside one of the library's).
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
  readonly checked: boolean;
}

export interface PickerQuestionView {
  readonly id: PickerQuestionId;
  readonly legend: string;
  readonly options: readonly PickerOptionView[];
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
  getOptionProps(question: PickerQuestionId, value: string): PartProps;
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

/** The picker: plain questions built from the catalogue's scenarios and locations, so a host's appear too. */
export function connectPicker(snapshot: PickerSnapshot, send: Send, env: ConnectEnv, given: PickerAnswers): PickerApi {
  const t = textWithProfile(snapshot, env);
  const { scenarios, locations } = snapshot.knowledge;
  const label = (id: string, side: 'from' | 'to') => {
    const place = locations.find((l) => l.id === id);
    return place ? t(side === 'from' ? place.fromKey : place.toKey) : id;
  };
  const fromOptions = unique(scenarios.map((s) => s.from));
  const from = given.from !== null && fromOptions.includes(given.from) ? given.from : null;
  const toOptions = from === null ? [] : unique(scenarios.filter((s) => s.from === from).map((s) => s.to));
  // With a single destination there is nothing to ask.
  const to = toOptions.length === 1 ? (toOptions[0] ?? null) : (toOptions.find((l) => l === given.to) ?? null);
  const matches = to === null ? [] : scenarios.filter((s) => s.from === from && s.to === to);
  const match = matches.length === 1 ? (matches[0] ?? null) : (matches.find((s) => s.id === given.scenarioId) ?? null);
  const answers = { from, to, scenarioId: match?.id ?? null };

  const questions: PickerQuestionView[] = [
    {
      id: 'from',
      legend: t('ui.picker.question.from'),
      options: fromOptions.map((value) => ({ value, label: label(value, 'from'), checked: value === from })),
    },
    {
      id: 'to',
      legend: t('ui.picker.question.to'),
      options: toOptions.map((value) => ({ value, label: label(value, 'to'), checked: value === to })),
    },
    {
      id: 'scenario',
      legend: t('ui.picker.question.scenario'),
      options:
        matches.length > 1
          ? matches.map((s) => ({ value: s.id, label: t(s.titleKey), checked: s.id === match?.id }))
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
    getQuestionProps: (question) => ({ ...part('question'), 'data-question': question }),
    getLegendProps: () => part('legend'),
    getOptionProps: (question, value) => ({
      ...part('option'),
      'data-state': checkedIn(question, value) ? 'checked' : 'unchecked',
    }),
    getOptionInputProps: (question, value, { id, onAnswersChange }) => ({
      id,
      type: 'radio',
      name: `${env.id}-${question}`,
      value,
      checked: checkedIn(question, value),
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

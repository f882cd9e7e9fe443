import type { NumberLocation } from '@wamigrate/core';
import { type ComponentPropsWithoutRef, forwardRef, useId, useMemo, useState } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { useProfileParams } from '../../migration/use-profile-params';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { anatomy, dataFlag } from '../../utils/data-attr';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import {
  type PickerQuestion,
  pickerOptions,
  QuestionProvider,
  ScenarioPickerProvider,
  useQuestion,
  useScenarioPicker,
} from './scenario-picker-context';

const SCOPE = 'scenario-picker';

export interface ScenarioPickerRootProps extends PrimitiveProps<'div'> {
  /** Starting answers, e.g. from the host's knowledge of where the number is. */
  readonly defaultFrom?: NumberLocation | undefined;
  readonly defaultTo?: NumberLocation | undefined;
}

export const ScenarioPickerRoot = forwardRef<HTMLDivElement, ScenarioPickerRootProps>(
  ({ defaultFrom, defaultTo, ...props }, ref) => {
    const { snapshot } = useMigration();
    const [answers, setAnswers] = useState({ from: defaultFrom ?? null, to: defaultTo ?? null });
    const result = useId();
    const state = useMemo(() => {
      const options = pickerOptions(snapshot.scenarios, answers.from);
      // With a single destination there is nothing to ask.
      const to =
        options.to.length === 1
          ? (options.to[0] ?? null)
          : options.to.includes(answers.to as NumberLocation)
            ? answers.to
            : null;
      const match = snapshot.scenarios.find((s) => s.from === answers.from && s.to === to) ?? null;
      return {
        from: answers.from,
        to,
        options,
        match,
        ids: { result },
        setAnswer: (question: PickerQuestion, location: NumberLocation) =>
          setAnswers((a) => (question === 'from' ? { from: location, to: null } : { ...a, to: location })),
      };
    }, [snapshot.scenarios, answers, result]);
    return (
      <ScenarioPickerProvider value={state}>
        <Primitive.div ref={ref} {...anatomy(SCOPE, 'root')} data-state={state.match ? 'matched' : 'open'} {...props} />
      </ScenarioPickerProvider>
    );
  },
);
ScenarioPickerRoot.displayName = 'ScenarioPicker.Root';

export interface ScenarioPickerQuestionProps extends PrimitiveProps<'fieldset'> {
  readonly question: PickerQuestion;
}

/** One plain question as a native radio group: a fieldset whose legend asks it. */
export const ScenarioPickerQuestion = forwardRef<HTMLFieldSetElement, ScenarioPickerQuestionProps>(
  ({ question, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const params = useProfileParams();
    const { options } = useScenarioPicker();
    if (options[question].length === 0) return null;
    return (
      <QuestionProvider value={question}>
        <Primitive.fieldset ref={ref} {...anatomy(SCOPE, 'question')} data-question={question} {...props}>
          <legend {...anatomy(SCOPE, 'legend')}>{t(`ui.picker.question.${question}`, params)}</legend>
          {children ?? options[question].map((location) => <ScenarioPickerOption key={location} location={location} />)}
        </Primitive.fieldset>
      </QuestionProvider>
    );
  },
);
ScenarioPickerQuestion.displayName = 'ScenarioPicker.Question';

export interface ScenarioPickerOptionProps extends ComponentPropsWithoutRef<'input'> {
  readonly location: NumberLocation;
}

/** A native radio with its label; arrow keys move between options as in any radio group. */
export const ScenarioPickerOption = forwardRef<HTMLInputElement, ScenarioPickerOptionProps>(
  ({ location, onChange, ...props }, ref) => {
    const { t } = useGuideI18n();
    const params = useProfileParams();
    const question = useQuestion();
    const picker = useScenarioPicker();
    const id = useId();
    const checked = picker[question] === location;
    const name = `${picker.ids.result}-${question}`;
    return (
      <div {...anatomy(SCOPE, 'option')} data-state={checked ? 'checked' : 'unchecked'}>
        <input
          ref={ref}
          id={id}
          type="radio"
          name={name}
          value={location}
          checked={checked}
          onChange={composeEventHandlers(onChange, () => picker.setAnswer(question, location))}
          {...props}
        />
        <label htmlFor={id}>{t(`ui.picker.location.${question}.${location}`, params)}</label>
      </div>
    );
  },
);
ScenarioPickerOption.displayName = 'ScenarioPicker.Option';

/** The path the answers name, described before the user commits to it; announced as it changes. */
export const ScenarioPickerResult = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>((props, ref) => {
  const { t } = useGuideI18n();
  const params = useProfileParams();
  const { match, ids } = useScenarioPicker();
  return (
    <Primitive.div
      ref={ref}
      id={ids.result}
      role="status"
      {...anatomy(SCOPE, 'result')}
      data-state={match ? 'matched' : 'open'}
      {...props}
    >
      {match ? (
        <>
          <strong>{t(match.titleKey, params)}</strong> <span>{t(match.descriptionKey, params)}</span>
        </>
      ) : (
        t('ui.picker.answerBoth')
      )}
    </Primitive.div>
  );
});
ScenarioPickerResult.displayName = 'ScenarioPicker.Result';

/** Starts the matched path. Switching from a path in progress keeps answers but not finished steps. */
export interface ScenarioPickerStartTriggerProps extends PrimitiveProps<'button'> {
  /** Called once the scenario is selected (also when the user keeps the current one). */
  readonly onStart?: ((scenarioId: string) => void) | undefined;
}

export const ScenarioPickerStartTrigger = forwardRef<HTMLButtonElement, ScenarioPickerStartTriggerProps>(
  ({ onClick, onStart, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { snapshot, send } = useMigration();
    const { match, ids } = useScenarioPicker();
    const isCurrent = match !== null && match.id === snapshot.scenario?.id;
    return (
      <Primitive.button
        ref={ref}
        type="button"
        disabled={!match}
        aria-describedby={ids.result}
        {...anatomy(SCOPE, 'start-trigger')}
        data-current={dataFlag(isCurrent)}
        onClick={composeEventHandlers(onClick, () => {
          if (!match) return;
          send({ type: 'SELECT_SCENARIO', scenarioId: match.id });
          onStart?.(match.id);
        })}
        {...props}
      >
        {children ?? t(isCurrent ? 'ui.picker.continue' : 'ui.picker.start')}
      </Primitive.button>
    );
  },
);
ScenarioPickerStartTrigger.displayName = 'ScenarioPicker.StartTrigger';

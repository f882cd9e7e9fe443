import type { NumberLocation } from '@wamigrate/core';
import type { PickerAnswers } from '@wamigrate/core/connect';
import { type ComponentPropsWithoutRef, forwardRef, useId, useMemo, useState } from 'react';
import { usePickerApi } from '../../migration/use-view-model';
import { mergeProps } from '../../utils/merge-props';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import {
  type PickerQuestion,
  QuestionProvider,
  ScenarioPickerProvider,
  useQuestion,
  useScenarioPicker,
} from './scenario-picker-context';

export interface ScenarioPickerRootProps extends PrimitiveProps<'div'> {
  /** Starting answers, e.g. from the host's knowledge of where the number is. */
  readonly defaultFrom?: NumberLocation | undefined;
  readonly defaultTo?: NumberLocation | undefined;
}

/** Keeps the answers (view state until a path starts) and gives the parts the core's picker over them. */
export const ScenarioPickerRoot = forwardRef<HTMLDivElement, ScenarioPickerRootProps>(
  ({ defaultFrom, defaultTo, ...props }, ref) => {
    const [answers, setAnswers] = useState<PickerAnswers>({ from: defaultFrom ?? null, to: defaultTo ?? null });
    const api = usePickerApi(useId(), answers);
    const state = useMemo(() => ({ api, setAnswers }), [api]);
    return (
      <ScenarioPickerProvider value={state}>
        <Primitive.div ref={ref} {...mergeProps(api.getRootProps(), props)} />
      </ScenarioPickerProvider>
    );
  },
);
ScenarioPickerRoot.displayName = 'ScenarioPicker.Root';

export interface ScenarioPickerQuestionProps extends PrimitiveProps<'fieldset'> {
  readonly question: PickerQuestion;
}

/**
 * One plain question as a native radio group, with its "how to tell" hint; a question with one answer shows
 * that answer as text instead of asking. Nothing while it has nothing to choose from.
 */
export const ScenarioPickerQuestion = forwardRef<HTMLFieldSetElement, ScenarioPickerQuestionProps>(
  ({ question, children, ...props }, ref) => {
    const { api } = useScenarioPicker();
    const view = api.questions.find((q) => q.id === question);
    if (!view) return null;
    const only = view.fixed ? view.options[0] : undefined;
    return (
      <QuestionProvider value={question}>
        <Primitive.fieldset ref={ref} {...mergeProps(api.getQuestionProps(question), props)}>
          <legend {...api.getLegendProps()}>{view.legend}</legend>
          {view.hint !== null && <p {...api.getQuestionHintProps(question)}>{view.hint}</p>}
          {only ? (
            <p {...api.getFixedAnswerProps(question)}>{only.label}</p>
          ) : (
            (children ?? view.options.map((option) => <ScenarioPickerOption key={option.value} value={option.value} />))
          )}
        </Primitive.fieldset>
      </QuestionProvider>
    );
  },
);
ScenarioPickerQuestion.displayName = 'ScenarioPicker.Question';

export interface ScenarioPickerOptionProps extends Omit<ComponentPropsWithoutRef<'input'>, 'value'> {
  /** A location id, or a scenario id in the `scenario` question. */
  readonly value: string;
  /** The label; default the core's name for the option. */
  readonly children?: ComponentPropsWithoutRef<'label'>['children'];
}

/** A native radio with its label; arrow keys move between options as in any radio group. */
export const ScenarioPickerOption = forwardRef<HTMLInputElement, ScenarioPickerOptionProps>(
  ({ value, children, ...props }, ref) => {
    const question = useQuestion();
    const { api, setAnswers } = useScenarioPicker();
    const generated = useId();
    // The label points at the input: a host's own id must be the one both use.
    const id = props.id ?? generated;
    const option = api.questions.find((q) => q.id === question)?.options.find((o) => o.value === value);
    return (
      <div {...api.getOptionProps(question, value)}>
        <input
          ref={ref}
          {...mergeProps(api.getOptionInputProps(question, value, { id, onAnswersChange: setAnswers }), props)}
        />
        <label htmlFor={id}>{children ?? option?.label ?? value}</label>
        {option?.hint != null && <p {...api.getOptionHintProps(question, value)}>{option.hint}</p>}
      </div>
    );
  },
);
ScenarioPickerOption.displayName = 'ScenarioPicker.Option';

/** The path the answers name, described before the user commits to it; announced as it changes. */
export const ScenarioPickerResult = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(({ children, ...props }, ref) => {
  const { api } = useScenarioPicker();
  const { result } = api.texts;
  return (
    <Primitive.div ref={ref} {...mergeProps(api.getResultProps(), props)}>
      {children ??
        ('pending' in result ? (
          result.pending
        ) : (
          <>
            <strong>{result.title}</strong> <span>{result.description}</span>
          </>
        ))}
    </Primitive.div>
  );
});
ScenarioPickerResult.displayName = 'ScenarioPicker.Result';

/** Choosing another path keeps typed answers but not finished steps: said before the user commits. */
export const ScenarioPickerSwitchWarning = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const { api } = useScenarioPicker();
    if (api.texts.switchWarning === null) return null;
    return (
      <Primitive.p ref={ref} {...mergeProps(api.getSwitchWarningProps(), props)}>
        {children ?? api.texts.switchWarning}
      </Primitive.p>
    );
  },
);
ScenarioPickerSwitchWarning.displayName = 'ScenarioPicker.SwitchWarning';

/** Starts the matched path. Switching from a path in progress keeps answers but not finished steps. */
export interface ScenarioPickerStartTriggerProps extends PrimitiveProps<'button'> {
  /** Called once the scenario is selected (also when the user keeps the current one). */
  readonly onStart?: ((scenarioId: string) => void) | undefined;
}

export const ScenarioPickerStartTrigger = forwardRef<HTMLButtonElement, ScenarioPickerStartTriggerProps>(
  ({ onStart, children, ...props }, ref) => {
    const { api } = useScenarioPicker();
    return (
      <Primitive.button ref={ref} {...mergeProps(api.getStartTriggerProps({ onStart }), props)}>
        {children ?? api.texts.start}
      </Primitive.button>
    );
  },
);
ScenarioPickerStartTrigger.displayName = 'ScenarioPicker.StartTrigger';

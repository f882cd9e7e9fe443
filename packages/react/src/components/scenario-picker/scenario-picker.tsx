import { pickerAnatomy } from '@wamigrate/core/connect';
import { forwardRef } from 'react';
import { useMigrationSelector } from '../../migration/migration-context';
import { Heading, type HeadingLevel } from '../../utils/heading';
import { useScenarioPicker } from './scenario-picker-context';
import {
  ScenarioPickerQuestion,
  ScenarioPickerResult,
  ScenarioPickerRoot,
  type ScenarioPickerRootProps,
  ScenarioPickerStartTrigger,
  ScenarioPickerSwitchWarning,
} from './scenario-picker-parts';

export interface ScenarioPickerProps extends ScenarioPickerRootProps {
  readonly headingLevel?: HeadingLevel | undefined;
  /** Called once the user starts a path. */
  readonly onStart?: ((scenarioId: string) => void) | undefined;
}

/**
 * Finds the user's path from plain questions: where is the number now, where should it go, and, when
 * several paths share those two answers, which of them it is.
 */
export const ScenarioPickerDefault = forwardRef<HTMLDivElement, ScenarioPickerProps>(
  ({ headingLevel = 2, onStart, ...props }, ref) => {
    // A host that fixed the scenario has already answered the questions.
    const fixed = useMigrationSelector((snapshot) => snapshot.scenarioFixed);
    if (fixed) return null;
    return (
      <ScenarioPickerRoot ref={ref} {...props}>
        <PickerIntro level={headingLevel} />
        <ScenarioPickerQuestion question="from" />
        <ScenarioPickerQuestion question="to" />
        <ScenarioPickerQuestion question="scenario" />
        <ScenarioPickerResult />
        <ScenarioPickerSwitchWarning />
        <ScenarioPickerStartTrigger onStart={onStart} />
      </ScenarioPickerRoot>
    );
  },
);
ScenarioPickerDefault.displayName = 'ScenarioPicker';

/** The title and what the questions are for. */
function PickerIntro({ level }: { readonly level: HeadingLevel }) {
  const { api } = useScenarioPicker();
  return (
    <>
      <Heading level={level} {...pickerAnatomy.attrs('heading')}>
        {api.texts.title}
      </Heading>
      <p {...pickerAnatomy.attrs('intro')}>{api.texts.intro}</p>
    </>
  );
}

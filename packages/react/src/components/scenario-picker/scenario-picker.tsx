import type { NumberLocation } from '@wamigrate/core';
import { forwardRef } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { useProfileParams } from '../../migration/use-profile-params';
import { anatomy } from '../../utils/data-attr';
import { Heading, type HeadingLevel } from '../../utils/heading';
import { useScenarioPicker } from './scenario-picker-context';
import {
  ScenarioPickerQuestion,
  ScenarioPickerResult,
  ScenarioPickerRoot,
  type ScenarioPickerRootProps,
  ScenarioPickerStartTrigger,
} from './scenario-picker-parts';

export interface ScenarioPickerProps extends ScenarioPickerRootProps {
  readonly headingLevel?: HeadingLevel | undefined;
  readonly defaultFrom?: NumberLocation | undefined;
  /** Called once the user starts a path. */
  readonly onStart?: ((scenarioId: string) => void) | undefined;
}

/** Finds the user's path from two plain questions: where is the number now, and where should it go. */
export const ScenarioPickerDefault = forwardRef<HTMLDivElement, ScenarioPickerProps>(
  ({ headingLevel = 2, onStart, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { snapshot } = useMigration();
    // A host that fixed the scenario has already answered the questions.
    if (snapshot.scenarioFixed) return null;
    return (
      <ScenarioPickerRoot ref={ref} {...props}>
        <Heading level={headingLevel} {...anatomy('scenario-picker', 'heading')}>
          {t('ui.picker.title')}
        </Heading>
        <p {...anatomy('scenario-picker', 'intro')}>{t('ui.picker.intro')}</p>
        <ScenarioPickerQuestion question="from" />
        <ScenarioPickerQuestion question="to" />
        <ScenarioPickerResult />
        <SwitchWarning />
        <ScenarioPickerStartTrigger onStart={onStart} />
      </ScenarioPickerRoot>
    );
  },
);
ScenarioPickerDefault.displayName = 'ScenarioPicker';

/** Choosing another path keeps typed answers but not finished steps: say so before the user commits. */
function SwitchWarning() {
  const { t } = useGuideI18n();
  const params = useProfileParams();
  const { snapshot } = useMigration();
  const { match } = useScenarioPicker();
  const current = snapshot.scenario;
  if (!current || !match || match.id === current.id || snapshot.progress.done === 0) return null;
  return (
    <p {...anatomy('scenario-picker', 'switch-warning')}>
      {t('ui.picker.switchWarning', { ...params, scenario: t(current.titleKey, params) })}
    </p>
  );
}

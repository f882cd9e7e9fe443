import { forwardRef } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { useProfileParams } from '../../migration/use-profile-params';
import { anatomy } from '../../utils/data-attr';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { SCOPE, stepData, useStepContext } from './stepper-context';

/** What the step is about. */
export const MigrationStepperDescription = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const params = useProfileParams();
    const step = useStepContext();
    return (
      <Primitive.p ref={ref} {...anatomy(SCOPE, 'description')} {...props}>
        {children ?? t(step.step.descriptionKey, params)}
      </Primitive.p>
    );
  },
);
MigrationStepperDescription.displayName = 'MigrationStepper.Description';

/** Who acts in the step, as a sentence. */
export const MigrationStepperActors = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const { t, locale } = useGuideI18n();
    const params = useProfileParams();
    const step = useStepContext();
    const names = step.step.actors.map((actor) => t(`actor.${actor}`, params));
    const actors = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
    return (
      <Primitive.p ref={ref} {...anatomy(SCOPE, 'actors')} data-actors={step.step.actors.join(' ')} {...props}>
        {children ?? t('ui.stepper.actors', { actors })}
      </Primitive.p>
    );
  },
);
MigrationStepperActors.displayName = 'MigrationStepper.Actors';

/** The step's warnings, each with its severity in words (not colour only) and as `data-severity`. */
export const MigrationStepperWarnings = forwardRef<HTMLUListElement, PrimitiveProps<'ul'>>(
  ({ children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const params = useProfileParams();
    const step = useStepContext();
    if (step.step.warnings.length === 0 && children === undefined) return null;
    return (
      <Primitive.ul ref={ref} {...anatomy(SCOPE, 'warnings')} {...props}>
        {children ??
          step.step.warnings.map((warning) => (
            <li key={warning.id} {...anatomy(SCOPE, 'warning')} data-severity={warning.severity}>
              {t(`ui.stepper.severity.${warning.severity}`, { message: t(warning.messageKey, params) })}
            </li>
          ))}
      </Primitive.ul>
    );
  },
);
MigrationStepperWarnings.displayName = 'MigrationStepper.Warnings';

/** What the user should expect to wait for. */
export const MigrationStepperWaits = forwardRef<HTMLUListElement, PrimitiveProps<'ul'>>(
  ({ children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const params = useProfileParams();
    const step = useStepContext();
    if (step.step.waits.length === 0 && children === undefined) return null;
    return (
      <Primitive.ul ref={ref} {...anatomy(SCOPE, 'waits')} {...props}>
        {children ??
          step.step.waits.map((wait) => (
            <li key={wait.id} {...anatomy(SCOPE, 'wait')}>
              {t('ui.stepper.wait', { message: t(wait.messageKey, params) })}
            </li>
          ))}
      </Primitive.ul>
    );
  },
);
MigrationStepperWaits.displayName = 'MigrationStepper.Waits';

/** How the step is completed, in the user's words. */
export const MigrationStepperHowToComplete = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const params = useProfileParams();
    const step = useStepContext();
    return (
      <Primitive.p ref={ref} {...anatomy(SCOPE, 'how-to-complete')} {...props}>
        {children ?? t(step.step.howToCompleteKey, params)}
      </Primitive.p>
    );
  },
);
MigrationStepperHowToComplete.displayName = 'MigrationStepper.HowToComplete';

/** The step's requirements not met yet, by title. Nothing once they are all met or the step is done. */
export const MigrationStepperRequirements = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const params = useProfileParams();
    const { snapshot } = useMigration();
    const step = useStepContext();
    const done = step.status === 'complete' || step.status === 'skipped';
    if ((done || step.unmetRequirements.length === 0) && children === undefined) return null;
    const unmet = snapshot.requirements.filter((r) => step.unmetRequirements.includes(r.requirement.id));
    return (
      <Primitive.div ref={ref} {...anatomy(SCOPE, 'requirements')} {...stepData(step)} {...props}>
        {children ?? (
          <>
            <p {...anatomy(SCOPE, 'requirements-label')}>{t('ui.stepper.unmet')}</p>
            <ul>
              {unmet.map((r) => (
                <li key={r.requirement.id} data-state={r.status}>
                  {t(r.requirement.titleKey, params)}
                </li>
              ))}
            </ul>
          </>
        )}
      </Primitive.div>
    );
  },
);
MigrationStepperRequirements.displayName = 'MigrationStepper.Requirements';

import { durationMessage, type MigrationEvent, type Rejection } from '@wamigrate/core';
import { forwardRef, useId, useRef } from 'react';
import type { Translate } from '../../i18n/i18n-context';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { useProfileParams } from '../../migration/use-profile-params';
import { anatomy, dataFlag } from '../../utils/data-attr';
import { Heading } from '../../utils/heading';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { COMPLETE_KEY, SCOPE, useArrivalFocus, useStepperContext } from './stepper-context';

/** Progress as text ("Step 2 of 4", "1 of 4 steps done") and a native `<progress>` named by that text. */
export const MigrationStepperProgress = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { snapshot } = useMigration();
    const doneId = useId();
    const { done, total } = snapshot.progress;
    const current = snapshot.steps.find((s) => s.isCurrent);
    return (
      <Primitive.div
        ref={ref}
        {...anatomy(SCOPE, 'progress')}
        data-state={snapshot.isComplete ? 'complete' : 'in-progress'}
        {...props}
      >
        {children ?? (
          <>
            {current && (
              <p {...anatomy(SCOPE, 'progress-step')}>{t('progress.steps', { current: current.index + 1, total })}</p>
            )}
            <progress
              {...anatomy(SCOPE, 'progress-bar')}
              value={done}
              max={Math.max(total, 1)}
              aria-labelledby={doneId}
            />
            <p id={doneId} {...anatomy(SCOPE, 'progress-done')}>
              {t('progress.done', { done, total })}
            </p>
          </>
        )}
      </Primitive.div>
    );
  },
);
MigrationStepperProgress.displayName = 'MigrationStepper.Progress';

const STEP_EVENTS: ReadonlySet<Rejection['eventType']> = new Set<MigrationEvent['type']>([
  'GO_TO_STEP',
  'COMPLETE_STEP',
  'SKIP_STEP',
  'REOPEN_STEP',
  'REQUEST_CODE',
]);

/** A rejection's text; `limit-reached` says how long is left. */
export function rejectionText(t: Translate, rejection: Rejection, params: Readonly<Record<string, string | number>>) {
  const values: Record<string, string | number> = { ...params };
  if (rejection.nextAllowedAt !== undefined) {
    const duration = durationMessage(rejection.nextAllowedAt - rejection.at);
    values.duration = t(duration.key, duration.values);
  }
  return t(`rejection.${rejection.reason}`, values);
}

/**
 * Why the engine refused a step action, in a polite live region that is always present (ARIA22); each new
 * rejection replaces the text node so it is read again.
 */
export const MigrationStepperRejection = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>((props, ref) => {
  const { t } = useGuideI18n();
  const params = useProfileParams();
  const { snapshot } = useMigration();
  const rejection = snapshot.rejection && STEP_EVENTS.has(snapshot.rejection.eventType) ? snapshot.rejection : null;
  const count = useRef({ rejection: null as Rejection | null, n: 0 });
  if (rejection && count.current.rejection !== rejection) count.current = { rejection, n: count.current.n + 1 };
  return (
    <Primitive.div
      ref={ref}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      {...anatomy(SCOPE, 'rejection')}
      data-state={rejection ? 'rejected' : 'idle'}
      data-reason={rejection?.reason}
      {...props}
    >
      {rejection && <span key={count.current.n}>{rejectionText(t, rejection, params)}</span>}
    </Primitive.div>
  );
});
MigrationStepperRejection.displayName = 'MigrationStepper.Rejection';

/** Shown when every step is done; its heading receives focus when the last step is finished. */
export const MigrationStepperCompletion = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { snapshot } = useMigration();
    const { headingLevel } = useStepperContext();
    const heading = useRef<HTMLHeadingElement | null>(null);
    const active = snapshot.isComplete && snapshot.currentStepId === null;
    useArrivalFocus(heading, COMPLETE_KEY, active);
    if (!snapshot.isComplete) return null;
    return (
      <Primitive.div ref={ref} {...anatomy(SCOPE, 'completion')} data-state="complete" {...props}>
        {children ?? (
          <>
            <Heading
              ref={heading}
              level={headingLevel}
              tabIndex={-1}
              data-wm-arrival={dataFlag(active)}
              {...anatomy(SCOPE, 'completion-heading')}
            >
              {t('ui.stepper.completion.title')}
            </Heading>
            <p>{t('ui.stepper.completion.body')}</p>
          </>
        )}
      </Primitive.div>
    );
  },
);
MigrationStepperCompletion.displayName = 'MigrationStepper.Completion';

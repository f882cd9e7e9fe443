import { durationMessage } from '@wamigrate/core';
import { forwardRef, useEffect, useId, useRef, useState } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { useProfileParams } from '../../migration/use-profile-params';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { anatomy, dataFlag } from '../../utils/data-attr';
import { Heading, subLevel } from '../../utils/heading';
import { LiveRegion, useLiveRegion } from '../../utils/live-region';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { SCOPE, useStepperContext } from './stepper-context';

/** How often the countdown re-reads the clock; the text changes once a minute. */
const TICK_MS = 1000;

export interface MigrationStepperVerificationCodeProps extends PrimitiveProps<'div'> {
  /** The clock the countdown reads; default: the root's `now`, else `Date.now`. */
  readonly now?: (() => number) | undefined;
}

/**
 * The time the countdown shows: re-read every second while a wait is running. The clock is read through a
 * ref, so a host passing a new `now` function on every render does not restart the interval each time.
 */
function useClockWhile(running: boolean, now: () => number, floor: number): number {
  const clock = useRef(now);
  clock.current = now;
  const [time, setTime] = useState(now);
  useEffect(() => {
    if (!running) return;
    setTime(clock.current());
    const id = setInterval(() => setTime(clock.current()), TICK_MS);
    return () => clearInterval(id);
  }, [running]);
  // The engine never lets time run backwards; neither does the countdown.
  return running ? Math.max(time, floor) : floor;
}

/**
 * Verification-code requests (3, then a cool-down per the provider's policy): requests left, a countdown
 * while blocked (not a live region: ticks are not announced), the policy's advice and "I requested a code".
 * Announces only when the limit is reached and when the wait ends. `data-state`: `available` | `blocked`.
 */
export const MigrationStepperVerificationCode = forwardRef<HTMLDivElement, MigrationStepperVerificationCodeProps>(
  ({ now: nowProp, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const params = useProfileParams();
    const { snapshot, send } = useMigration();
    const stepper = useStepperContext();
    const headingId = useId();
    const code = snapshot.verificationCode;
    const until = code.remaining === 0 ? code.nextAllowedAt : null;
    const time = useClockWhile(until !== null, nowProp ?? stepper.now, snapshot.now);
    const blocked = until !== null && time < until;
    const duration = blocked ? durationMessage(until - time) : null;
    const blockedText = duration
      ? t('policy.verificationCode.blocked', { duration: t(duration.key, duration.values) })
      : '';

    // The engine's snapshot is as old as its last event: once the wait is over, let it see the time.
    const over = until !== null && !blocked;
    useEffect(() => {
      if (over) send({ type: 'TICK' });
    }, [over, send]);

    const { announce, message } = useLiveRegion();
    const wasBlocked = useRef(blocked);
    // Only the change of state is announced, not each new minute; the text is read at that moment.
    // biome-ignore lint/correctness/useExhaustiveDependencies: blockedText and t change every minute
    useEffect(() => {
      if (wasBlocked.current === blocked) return;
      wasBlocked.current = blocked;
      announce(blocked ? blockedText : t('ui.stepper.code.waitOver'));
    }, [blocked, announce]);

    return (
      <Primitive.div
        ref={ref}
        role="group"
        aria-labelledby={headingId}
        {...anatomy(SCOPE, 'verification-code')}
        data-state={blocked ? 'blocked' : 'available'}
        data-disabled={dataFlag(!code.available)}
        {...props}
      >
        {children ?? (
          <>
            <Heading id={headingId} level={subLevel(stepper.headingLevel)} {...anatomy(SCOPE, 'code-heading')}>
              {t('ui.stepper.code.heading')}
            </Heading>
            <p {...anatomy(SCOPE, 'code-remaining')} data-state={blocked ? 'blocked' : 'available'}>
              {blocked ? blockedText : t('policy.verificationCode.remaining', { count: code.remaining })}
            </p>
            <p {...anatomy(SCOPE, 'code-advice')}>{t('policy.verificationCode.advice', params)}</p>
            <MigrationStepperRequestCodeTrigger disabled={blocked || !code.available} />
            <LiveRegion message={message} {...anatomy(SCOPE, 'code-announcer')} />
          </>
        )}
      </Primitive.div>
    );
  },
);
MigrationStepperVerificationCode.displayName = 'MigrationStepper.VerificationCode';

/** "I requested a code": records a request with the engine (the code itself is never asked for or stored). */
export const MigrationStepperRequestCodeTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ onClick, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { send } = useMigration();
    return (
      <Primitive.button
        ref={ref}
        type="button"
        {...anatomy(SCOPE, 'request-code-trigger')}
        onClick={composeEventHandlers(onClick, () => send({ type: 'REQUEST_CODE' }))}
        {...props}
      >
        {children ?? t('ui.stepper.code.request')}
      </Primitive.button>
    );
  },
);
MigrationStepperRequestCodeTrigger.displayName = 'MigrationStepper.RequestCodeTrigger';

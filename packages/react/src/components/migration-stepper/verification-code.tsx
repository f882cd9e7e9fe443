import type { VerificationCodeApi } from '@wamigrate/core/connect';
import { createContext, forwardRef, useContext, useEffect, useId, useRef, useState } from 'react';
import { useVerificationCodeApi } from '../../migration/use-view-model';
import { focusedFrom } from '../../utils/focused';
import { Heading, subLevel } from '../../utils/heading';
import { LiveRegion, useLiveRegion } from '../../utils/live-region';
import { mergeProps } from '../../utils/merge-props';
import { mergeRefs } from '../../utils/merge-refs';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { useOptionalStepperContext, useStepperContext } from './stepper-context';

/** How often the countdown re-reads the clock; the text changes once a minute. */
const TICK_MS = 1000;

export interface MigrationStepperVerificationCodeProps extends PrimitiveProps<'div'> {
  /** The clock the countdown reads; default: the root's `now`, else `Date.now`. */
  readonly now?: (() => number) | undefined;
}

/** The code's view model and the time the countdown shows, for the request button inside. */
interface CodeState {
  readonly api: VerificationCodeApi;
  readonly time: number;
  /** The explanation's id, when the box renders it: the button is described by it. */
  readonly explainId?: string | undefined;
}

const CodeContext = createContext<CodeState | null>(null);

/**
 * The time the countdown shows: re-read every second while a wait is running. The clock is read through a
 * ref, so a host passing a new `now` function on every render does not restart the interval each time.
 */
function useClockWhile(running: boolean, now: () => number): number {
  const clock = useRef(now);
  clock.current = now;
  const [time, setTime] = useState(now);
  useEffect(() => {
    if (!running) return;
    setTime(clock.current());
    const id = setInterval(() => setTime(clock.current()), TICK_MS);
    return () => clearInterval(id);
  }, [running]);
  return time;
}

/** The code's view model at the view's clock; tells the engine when the view's clock ends the wait. */
function useCode(now: () => number): CodeState {
  const api = useVerificationCodeApi(useId());
  const time = useClockWhile(api.blockedUntil !== null, now);
  // The engine's snapshot is as old as its last event: once the wait is over, let it see the time (once).
  const over = api.isWaitOver(time);
  const tick = useRef(api.tick);
  tick.current = api.tick;
  useEffect(() => {
    if (over) tick.current();
  }, [over]);
  return { api, time };
}

/**
 * Verification-code requests (3, then a cool-down per the provider's policy): requests left, a countdown
 * while blocked (not a live region: ticks are not announced), the policy's advice and "I requested a code".
 * Announces only when the limit is reached and when the wait ends. `data-state`: `available` | `blocked`.
 */
export const MigrationStepperVerificationCode = forwardRef<HTMLDivElement, MigrationStepperVerificationCodeProps>(
  ({ now, children, ...props }, ref) => {
    const stepper = useStepperContext();
    const headingId = useId();
    const code = useCode(now ?? stepper.now);
    const { api, time } = code;
    const blocked = api.isBlocked(time);

    const { announce, message } = useLiveRegion();
    const wasBlocked = useRef(blocked);
    const remaining = useRef<HTMLParagraphElement>(null);
    const box = useRef<HTMLDivElement>(null);
    // Only the change of state is announced, not each new minute; the text is read at that moment.
    // biome-ignore lint/correctness/useExhaustiveDependencies: the api and the time change every second
    useEffect(() => {
      if (wasBlocked.current === blocked) return;
      wasBlocked.current = blocked;
      // The request button is disabled under the keyboard: focus goes to the line that says until when,
      // which is then read; announcing it as well would say it twice.
      const active = box.current ? focusedFrom(box.current) : document.activeElement;
      const lost = active === null || active === document.body || box.current?.contains(active) === true;
      if (blocked && lost && remaining.current) {
        remaining.current.focus();
        return;
      }
      announce(blocked ? api.remainingText(time) : api.texts.waitOver);
    }, [blocked, announce]);

    return (
      <CodeContext.Provider
        value={children === undefined ? { ...code, explainId: String(api.getExplainProps().id) } : code}
      >
        <Primitive.div ref={mergeRefs(ref, box)} {...mergeProps(api.getRootProps(time, headingId), props)}>
          {children ?? (
            <>
              <Heading level={subLevel(stepper.headingLevel)} {...api.getHeadingProps(headingId)}>
                {api.texts.heading}
              </Heading>
              <p ref={remaining} {...api.getRemainingProps(time)}>
                {api.remainingText(time)}
              </p>
              <p {...api.getAdviceProps()}>{api.texts.advice}</p>
              <p {...api.getExplainProps()}>{api.texts.explain}</p>
              <MigrationStepperRequestCodeTrigger />
              <LiveRegion message={message} {...api.getAnnouncerProps()} />
            </>
          )}
        </Primitive.div>
      </CodeContext.Provider>
    );
  },
);
MigrationStepperVerificationCode.displayName = 'MigrationStepper.VerificationCode';

/**
 * "I requested a code": records a request with the engine (the code itself is never asked for or stored).
 * Disabled while the cool-down runs; inside `VerificationCode` it shares that part's clock, elsewhere it
 * keeps its own.
 */
export const MigrationStepperRequestCodeTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  (props, ref) => {
    const code = useContext(CodeContext);
    return code ? (
      <RequestCodeButton ref={ref} code={code} {...props} />
    ) : (
      <StandaloneRequestCodeTrigger ref={ref} {...props} />
    );
  },
);
MigrationStepperRequestCodeTrigger.displayName = 'MigrationStepper.RequestCodeTrigger';

const StandaloneRequestCodeTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>((props, ref) => {
  const code = useCode(useOptionalStepperContext()?.now ?? Date.now);
  return <RequestCodeButton ref={ref} code={code} {...props} />;
});

const RequestCodeButton = forwardRef<HTMLButtonElement, PrimitiveProps<'button'> & { readonly code: CodeState }>(
  ({ code: { api, time, explainId }, children, ...props }, ref) => (
    <Primitive.button ref={ref} {...mergeProps(api.getRequestTriggerProps(time, { describedBy: explainId }), props)}>
      {children ?? api.texts.request}
    </Primitive.button>
  ),
);

import type { CodeMethod } from '@wamigrate/core';
import { stepperAnatomy } from '@wamigrate/core/connect';
import { forwardRef, useId, useRef, useState } from 'react';
import { useLiveApi } from '../../migration/use-view-model';
import { focusedFrom } from '../../utils/focused';
import { Heading, subLevel } from '../../utils/heading';
import { mergeProps } from '../../utils/merge-props';
import { mergeRefs } from '../../utils/merge-refs';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { useFocusEffect } from '../../utils/use-focus-effect';
import { useStepperContext } from './stepper-context';

const part = stepperAnatomy.attrs;

/**
 * Live mode inside the code step (`hostActions`): one sentence for the sub-step and the control that sends
 * its call: start, the method and "send me the code", the one-time-code field, register, the status check,
 * and "is this your display name?". Calls on their way, retries and failures are announced politely; when a
 * control goes away after its call, focus moves to the next one instead of falling to the page.
 */
export const MigrationStepperLive = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>((props, ref) => {
  const id = useId();
  const api = useLiveApi(id);
  const { headingLevel } = useStepperContext();
  const root = useRef<HTMLDivElement | null>(null);
  const [method, setMethod] = useState<CodeMethod | null>(null);
  const [code, setCode] = useState('');
  const [number, setNumber] = useState('');
  const acted = useRef(false);
  const ids = { heading: `${id}-live`, code: `${id}-code`, hint: `${id}-code-hint`, number: `${id}-number` };
  const { texts, phase } = api;

  // A new sub-step after the person's own action: focus goes to its control (`data-primary`), unless the
  // person has since moved elsewhere on the page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the sub-step changes; it reads the DOM.
  useFocusEffect(() => {
    const box = root.current;
    if (!acted.current || !box) return;
    const active = focusedFrom(box);
    if (active && active !== box.ownerDocument.body && !box.contains(active)) return;
    const next =
      box.querySelector<HTMLElement>('[data-primary]') ??
      // Done: what is left is the step's own "mark as done".
      box.closest('[data-part="content"]')?.querySelector<HTMLElement>('[data-part="complete-trigger"]');
    next?.focus();
  }, [phase]);

  const act = () => {
    acted.current = true;
  };
  const trigger = (
    call: Parameters<typeof api.getTriggerProps>[0],
    options?: { method?: CodeMethod; primary?: boolean },
  ) =>
    mergeProps(api.getTriggerProps(call, options), {
      type: 'button' as const,
      onClick: act,
      'data-primary': options?.primary === false ? undefined : '',
    });

  return (
    <Primitive.div ref={mergeRefs(ref, root)} {...mergeProps(api.getRootProps(ids.heading), props)}>
      <Heading id={ids.heading} level={subLevel(headingLevel)} {...part('live-heading')}>
        {texts.heading}
      </Heading>
      <p {...part('live-intro')}>{texts.intro}</p>
      <p {...part('live-phase')}>{texts.phase}</p>
      {phase === 'start' && <button {...trigger('start')}>{texts.start}</button>}
      {phase === 'number' && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            act();
            api.start(number);
          }}
        >
          <label htmlFor={ids.number} {...part('live-number-label')}>
            {texts.numberLabel}
          </label>
          <input
            id={ids.number}
            data-primary=""
            type="tel"
            autoComplete="tel"
            value={number}
            onChange={(event) => setNumber(event.target.value)}
            {...part('live-number-input')}
          />
          <button {...mergeProps(api.getTriggerProps('start'), { type: 'submit' as const })}>{texts.start}</button>
        </form>
      )}
      {(phase === 'request-code' || phase === 'verify-code') && (
        <fieldset {...part('live-method')}>
          <legend>{texts.methodLegend}</legend>
          {api.methods.map((m) => (
            <label key={m}>
              <input
                type="radio"
                name={`${id}-method`}
                value={m}
                checked={(method ?? api.method) === m}
                onChange={() => setMethod(m)}
              />
              {texts.method(m)}
            </label>
          ))}
        </fieldset>
      )}
      {(phase === 'request-code' || phase === 'verify-code') && (
        <button {...trigger('request-code', { method: method ?? api.method, primary: phase === 'request-code' })}>
          {texts.request}
        </button>
      )}
      {texts.requestBlocked && (phase === 'request-code' || phase === 'verify-code') && (
        <p {...part('live-note')}>{texts.requestBlocked}</p>
      )}
      {phase === 'verify-code' && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            act();
            api.verify(code);
            // The code leaves the page's memory too, once sent.
            setCode('');
          }}
        >
          <label htmlFor={ids.code} {...part('live-code-label')}>
            {texts.codeLabel}
          </label>
          <p id={ids.hint} {...part('live-code-hint')}>
            {texts.codeHint}
          </p>
          <input
            data-primary=""
            {...api.getCodeInputProps({ id: ids.code, describedBy: ids.hint })}
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
          <button {...mergeProps(api.getTriggerProps('verify-code'), { type: 'submit' as const })}>
            {texts.verify}
          </button>
        </form>
      )}
      {phase === 'register' && <button {...trigger('register')}>{texts.register}</button>}
      {phase === 'status' && <button {...trigger('status')}>{texts.status}</button>}
      {texts.notConnected && <p {...part('live-note')}>{texts.notConnected}</p>}
      {phase === 'confirm-name' && (
        <div {...part('live-note')}>
          <button {...trigger('confirm-yes')}>{texts.confirmYes}</button>
          <button {...trigger('confirm-no', { primary: false })}>{texts.confirmNo}</button>
        </div>
      )}
      {texts.nameWrong && <p {...part('live-note')}>{texts.nameWrong}</p>}
      {api.failure?.entryId && (
        <button type="button" {...part('live-entry-trigger')} onClick={api.openEntry}>
          {texts.openEntry}
        </button>
      )}
      <p {...api.getAnnouncerProps()}>{texts.announcement}</p>
    </Primitive.div>
  );
});
MigrationStepperLive.displayName = 'MigrationStepper.Live';

import type { SupportRequestKind } from '@wamigrate/core';
import { stepperAnatomy } from '@wamigrate/core/connect';
import { forwardRef, useId } from 'react';
import { useSupportRequestApi } from '../../migration/use-view-model';
import { Fold } from '../../utils/fold';
import { Heading, subLevel } from '../../utils/heading';
import { LiveRegion, useLiveRegion } from '../../utils/live-region';
import { mergeProps } from '../../utils/merge-props';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { useStepContext, useStepperContext } from './stepper-context';

const part = stepperAnatomy.attrs;

async function writeClipboard(text: string): Promise<boolean> {
  try {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard?.writeText) return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The support request a step asks the user to send, prepared by the core: subject and body as read-only
 * text to copy, and a mailto: link. Where the number is not stored on this device, says it must be typed in.
 */
export const MigrationStepperSupportRequest = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>((props, ref) => {
  const { step } = useStepContext();
  // Only a step that prepares a request has one.
  return step.supportRequest ? <SupportRequest ref={ref} kind={step.supportRequest} {...props} /> : null;
});
MigrationStepperSupportRequest.displayName = 'MigrationStepper.SupportRequest';

const SupportRequest = forwardRef<HTMLDivElement, PrimitiveProps<'div'> & { readonly kind: SupportRequestKind }>(
  ({ kind, children, ...props }, ref) => {
    const api = useSupportRequestApi(useId(), kind);
    const { headingLevel } = useStepperContext();
    const { announce, message } = useLiveRegion();
    const { texts, ids } = api;
    const copy = async (text: string) => announce((await writeClipboard(text)) ? texts.copied : texts.copyFailed);
    // A request to the business's current BSP is an example to adapt, one click away; ours is the step's task.
    const folded = api.recipient === 'current-bsp';
    const body = (
      <>
        {texts.numberNote && <p {...part('support-number-note')}>{texts.numberNote}</p>}
        <label htmlFor={ids.subject}>{texts.subjectLabel}</label>
        <input id={ids.subject} type="text" readOnly value={api.subject} {...part('support-subject')} />
        <button type="button" {...part('copy-subject')} onClick={() => void copy(api.subject)}>
          {texts.copySubject}
        </button>
        <label htmlFor={ids.body}>{texts.bodyLabel}</label>
        <textarea id={ids.body} readOnly rows={8} value={api.body} {...part('support-body')} />
        <button type="button" {...part('copy-body')} onClick={() => void copy(api.body)}>
          {texts.copyBody}
        </button>
        <LiveRegion message={message} data-wm-sr-only={undefined} {...part('copy-status')} />
        <a href={api.mailto} {...part('support-mailto')}>
          {texts.mailto}
        </a>
        {api.contactPage && (
          <a href={api.contactPage} {...part('support-contact')}>
            {texts.contactPage}
          </a>
        )}
      </>
    );
    return (
      <Primitive.div ref={ref} {...mergeProps(api.getRootProps(), props)}>
        {children ??
          (folded ? (
            <Fold
              {...part('support-fold')}
              summary={
                <summary id={ids.heading} {...part('support-heading')}>
                  {texts.heading}
                </summary>
              }
            >
              {body}
            </Fold>
          ) : (
            <>
              <Heading id={ids.heading} level={subLevel(headingLevel)} {...part('support-heading')}>
                {texts.heading}
              </Heading>
              {body}
            </>
          ))}
      </Primitive.div>
    );
  },
);
SupportRequest.displayName = 'MigrationStepper.SupportRequestBody';

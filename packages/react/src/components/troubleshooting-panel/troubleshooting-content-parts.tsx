import { troubleshootingAnatomy } from '@wamigrate/core/connect';
import { forwardRef, type ReactNode, Suspense, useEffect, useReducer } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { mergeProps } from '../../utils/merge-props';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { useTroubleshootingEntry, useTroubleshootingPanel } from './troubleshooting-panel-context';

const part = troubleshootingAnatomy.attrs;

/**
 * Whether the entries' details (cause, actions, wait, escalation) are in the guide's texts: suspends while
 * they are fetched (a bundle fetches them once the panel has rendered); false if they could not be. A part
 * reads none of its entry's texts before: each is put into words once, the first time it is read.
 */
function useDetailsHere(): boolean {
  const state = useGuideI18n().details();
  if (typeof state !== 'string') throw state;
  return state === 'ready';
}

/** An open entry's line while the details are fetched. */
export function DetailsLoading() {
  const { api } = useTroubleshootingPanel();
  return <p {...api.getDetailsStatusProps()}>{api.texts.detailsLoading}</p>;
}

/**
 * The entry's details once they are here: put Cause, Tell, ActionsLabel, Actions, Wait and Escalation inside.
 * Meanwhile a line says they are loading; if they could not be fetched, a line says so (announced) with a
 * button that fetches them again. What stands outside, the reported error, shows at once.
 */
export function TroubleshootingPanelDetails({ children }: { readonly children?: ReactNode }) {
  return (
    <Suspense fallback={<DetailsLoading />}>
      <DetailsOrFailure>{children}</DetailsOrFailure>
    </Suspense>
  );
}
TroubleshootingPanelDetails.displayName = 'TroubleshootingPanel.Details';

function DetailsOrFailure({ children }: { readonly children?: ReactNode }) {
  const { api, announce } = useTroubleshootingPanel();
  const { ids } = useTroubleshootingEntry();
  const { retryDetails } = useGuideI18n();
  const [, tryAgain] = useReducer((tries: number) => tries + 1, 0);
  const here = useDetailsHere();
  const failed = api.texts.detailsFailed;
  useEffect(() => {
    if (!here) announce(failed);
  }, [here, announce, failed]);
  if (here) return children;
  return (
    <>
      <p {...part('details-status')}>{failed}</p>
      <button
        type="button"
        {...part('details-retry')}
        onClick={(event) => {
          // The button gives way to the loading line: focus waits on the entry's own button (in the
          // element's shadow root too).
          const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
          root.getElementById(ids.trigger)?.focus();
          retryDetails();
          tryAgain();
        }}
      >
        {api.texts.detailsRetry}
      </button>
    </>
  );
}

export const TroubleshootingPanelCause = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const here = useDetailsHere();
    const { api } = useTroubleshootingPanel();
    const entry = useTroubleshootingEntry();
    if (!here) return null;
    const { cause } = entry;
    return (
      <Primitive.p ref={ref} {...mergeProps(api.getCauseProps(), props)}>
        {children ?? cause}
      </Primitive.p>
    );
  },
);
TroubleshootingPanelCause.displayName = 'TroubleshootingPanel.Cause';

/** How to tell this cause from the others of its code; nothing for a code with one cause. */
export const TroubleshootingPanelTell = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const here = useDetailsHere();
    const entry = useTroubleshootingEntry();
    if (!here) return null;
    const { tell } = entry;
    if (tell === null && children === undefined) return null;
    return (
      <Primitive.p ref={ref} {...mergeProps(part('tell'), props)}>
        {children ?? tell}
      </Primitive.p>
    );
  },
);
TroubleshootingPanelTell.displayName = 'TroubleshootingPanel.Tell';

/** "What to do": names the ordered list of actions. */
export const TroubleshootingPanelActionsLabel = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const here = useDetailsHere();
    const { api } = useTroubleshootingPanel();
    const entry = useTroubleshootingEntry();
    if (!here) return null;
    const { ids, actions } = entry;
    if (actions.length === 0) return null;
    return (
      <Primitive.p ref={ref} {...mergeProps(api.getActionsLabelProps({ id: ids.actions }), props)}>
        {children ?? api.texts.actions}
      </Primitive.p>
    );
  },
);
TroubleshootingPanelActionsLabel.displayName = 'TroubleshootingPanel.ActionsLabel';

/** The actions, in order, as an ordered list labelled by `ActionsLabel`. */
export const TroubleshootingPanelActions = forwardRef<HTMLOListElement, PrimitiveProps<'ol'>>(
  ({ children, ...props }, ref) => {
    const here = useDetailsHere();
    const { api } = useTroubleshootingPanel();
    const entry = useTroubleshootingEntry();
    if (!here) return null;
    const { ids, actions } = entry;
    if (actions.length === 0) return null;
    return (
      <Primitive.ol ref={ref} {...mergeProps(api.getActionsProps({ labelledBy: ids.actions }), props)}>
        {children ??
          actions.map((action) => (
            <li key={action.key} {...part('action')}>
              {action.text}
            </li>
          ))}
      </Primitive.ol>
    );
  },
);
TroubleshootingPanelActions.displayName = 'TroubleshootingPanel.Actions';

/** How long to wait, from a fixed fact or the profile's policy; nothing for an entry without a wait. */
export const TroubleshootingPanelWait = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const here = useDetailsHere();
    const { api } = useTroubleshootingPanel();
    const entry = useTroubleshootingEntry();
    if (!here) return null;
    const { id, wait } = entry;
    if (wait === null) return null;
    return (
      <Primitive.p ref={ref} {...mergeProps(api.getWaitProps(id), props)}>
        {children ?? wait.text}
      </Primitive.p>
    );
  },
);
TroubleshootingPanelWait.displayName = 'TroubleshootingPanel.Wait';

/**
 * Who can help next, said once: the entry's sentence names whom to contact, and a link follows when it is
 * the provider's support and the profile gives a way to reach it.
 */
export const TroubleshootingPanelEscalation = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const here = useDetailsHere();
    const { api } = useTroubleshootingPanel();
    const entry = useTroubleshootingEntry();
    if (!here) return null;
    const { id, escalation } = entry;
    if (escalation === null) return null;
    const { href, linkText, text } = escalation;
    return (
      <Primitive.p ref={ref} {...mergeProps(api.getEscalationProps(id), props)}>
        {children ?? (
          <>
            {text}
            {href && (
              <>
                {' '}
                <a href={href} {...part('escalation-target')}>
                  {linkText}
                </a>
              </>
            )}
          </>
        )}
      </Primitive.p>
    );
  },
);
TroubleshootingPanelEscalation.displayName = 'TroubleshootingPanel.Escalation';

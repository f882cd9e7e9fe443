import { troubleshootingAnatomy } from '@wamigrate/core/connect';
import { forwardRef } from 'react';
import { mergeProps } from '../../utils/merge-props';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { useTroubleshootingEntry, useTroubleshootingPanel } from './troubleshooting-panel-context';

const part = troubleshootingAnatomy.attrs;

export const TroubleshootingPanelCause = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const { api } = useTroubleshootingPanel();
    const { cause } = useTroubleshootingEntry();
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
    const { tell } = useTroubleshootingEntry();
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
    const { api } = useTroubleshootingPanel();
    const { ids, actions } = useTroubleshootingEntry();
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
    const { api } = useTroubleshootingPanel();
    const { ids, actions } = useTroubleshootingEntry();
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
    const { api } = useTroubleshootingPanel();
    const { id, wait } = useTroubleshootingEntry();
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
    const { api } = useTroubleshootingPanel();
    const { id, escalation } = useTroubleshootingEntry();
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

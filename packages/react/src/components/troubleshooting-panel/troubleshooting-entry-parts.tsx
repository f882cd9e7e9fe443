import type { TroubleshootingEntry } from '@wamigrate/core';
import { type ComponentPropsWithoutRef, forwardRef, type Ref, useCallback, useId, useMemo } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useProfileParams } from '../../migration/use-profile-params';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { anatomy, dataFlag } from '../../utils/data-attr';
import { type HeadingLevel, HeadingPrimitive, subLevel } from '../../utils/heading';
import { mergeRefs } from '../../utils/merge-refs';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import type { PanelEntry } from './search';
import {
  TroubleshootingEntryProvider,
  useTroubleshootingEntry,
  useTroubleshootingPanel,
} from './troubleshooting-panel-context';
import { entryTitle } from './use-panel-state';

const SCOPE = 'troubleshooting-panel';
const state = (open: boolean) => (open ? 'open' : 'closed');

/** A stable merged ref, so React does not detach and re-attach it on every render. */
function useMergedRef<T>(theirs: Ref<T> | undefined, ours: (node: T | null) => void) {
  return useMemo(() => mergeRefs(ours, theirs), [theirs, ours]);
}

export interface TroubleshootingPanelEntryProps extends PrimitiveProps<'li'> {
  readonly entry: TroubleshootingEntry;
  /** Why the engine suggests it, when it does (`item.applicable` of a list). */
  readonly applicable?: PanelEntry['applicable'];
  /** The code it is shown for (a reported code, or the one searched for the unknown-code entry). */
  readonly code?: string | undefined;
}

/** One accordion item; open when it is the engine's `openEntryId`. */
export const TroubleshootingPanelEntry = forwardRef<HTMLLIElement, TroubleshootingPanelEntryProps>(
  ({ entry, applicable, code, ...props }, ref) => {
    const panel = useTroubleshootingPanel();
    const open = panel.openEntryId === entry.id;
    const suggested = applicable !== undefined && applicable.reason !== 'opened';
    const trigger = useId();
    const content = useId();
    const actions = useId();
    const value = useMemo(
      () => ({ entry, applicable, code, open, suggested, ids: { trigger, content, actions } }),
      [entry, applicable, code, open, suggested, trigger, content, actions],
    );
    const { register } = panel;
    const merged = useMergedRef(
      ref,
      useCallback((node: HTMLLIElement | null) => register(entry.id, 'entry', node), [register, entry.id]),
    );
    return (
      <TroubleshootingEntryProvider value={value}>
        <Primitive.li
          ref={merged}
          {...anatomy(SCOPE, 'entry')}
          data-state={state(open)}
          data-entry-id={entry.id}
          data-suggested={dataFlag(suggested)}
          data-reason={suggested ? applicable?.reason : undefined}
          {...props}
        />
      </TroubleshootingEntryProvider>
    );
  },
);
TroubleshootingPanelEntry.displayName = 'TroubleshootingPanel.Entry';

export interface TroubleshootingPanelEntryHeadingProps extends ComponentPropsWithoutRef<'h3'> {
  readonly asChild?: boolean | undefined;
  /** Default: two levels below the panel's title. */
  readonly level?: HeadingLevel | undefined;
}

/** The accordion header: a heading that holds only the trigger (APG accordion). */
export const TroubleshootingPanelEntryHeading = forwardRef<HTMLHeadingElement, TroubleshootingPanelEntryHeadingProps>(
  ({ asChild, level, ...props }, ref) => {
    const { headingLevel } = useTroubleshootingPanel();
    const { open } = useTroubleshootingEntry();
    return (
      <HeadingPrimitive
        ref={ref}
        asChild={asChild}
        level={level ?? subLevel(subLevel(headingLevel))}
        {...anatomy(SCOPE, 'entry-heading')}
        data-state={state(open)}
        {...props}
      />
    );
  },
);
TroubleshootingPanelEntryHeading.displayName = 'TroubleshootingPanel.EntryHeading';

/** Opens or closes the entry through the engine; Enter and Space work as on any native button. */
export const TroubleshootingPanelEntryTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ onClick, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const params = useProfileParams();
    const { toggle, register } = useTroubleshootingPanel();
    const item = useTroubleshootingEntry();
    const { entry, open, ids } = item;
    const merged = useMergedRef(
      ref,
      useCallback((node: HTMLButtonElement | null) => register(entry.id, 'trigger', node), [register, entry.id]),
    );
    return (
      <Primitive.button
        ref={merged}
        type="button"
        id={ids.trigger}
        aria-expanded={open}
        aria-controls={ids.content}
        {...anatomy(SCOPE, 'entry-trigger')}
        data-state={state(open)}
        onClick={composeEventHandlers(onClick, () => toggle(entry.id))}
        {...props}
      >
        {children ?? entryTitle(t, params, item)}
      </Primitive.button>
    );
  },
);
TroubleshootingPanelEntryTrigger.displayName = 'TroubleshootingPanel.EntryTrigger';

/** The entry's panel: a region labelled by its trigger, hidden while closed. */
export const TroubleshootingPanelEntryContent = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>((props, ref) => {
  const { open, ids } = useTroubleshootingEntry();
  return (
    <Primitive.div
      ref={ref}
      id={ids.content}
      role="region"
      aria-labelledby={ids.trigger}
      hidden={!open}
      {...anatomy(SCOPE, 'entry-content')}
      data-state={state(open)}
      {...props}
    />
  );
});
TroubleshootingPanelEntryContent.displayName = 'TroubleshootingPanel.EntryContent';

/** The reported code and Meta's `details`, as plain text, with the dismiss button. Only for a reported error. */
export const TroubleshootingPanelErrorDetails = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { applicable } = useTroubleshootingEntry();
    if (applicable?.reason !== 'error-code' || applicable.code === undefined) return null;
    const { code, details } = applicable;
    return (
      <Primitive.div ref={ref} {...anatomy(SCOPE, 'error-details')} data-code={code} {...props}>
        {children ?? (
          <>
            <p {...anatomy(SCOPE, 'error-code')}>{t('ui.troubleshooting.errorCode', { code })}</p>
            {details !== undefined && (
              <p {...anatomy(SCOPE, 'error-message')}>{t('ui.troubleshooting.errorDetails', { details })}</p>
            )}
            <TroubleshootingPanelDismissTrigger />
          </>
        )}
      </Primitive.div>
    );
  },
);
TroubleshootingPanelErrorDetails.displayName = 'TroubleshootingPanel.ErrorDetails';

/** Tells the engine the reported error is dealt with; focus goes back to the entry's button. */
export const TroubleshootingPanelDismissTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ onClick, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { dismiss } = useTroubleshootingPanel();
    const { entry, applicable } = useTroubleshootingEntry();
    const code = applicable?.code;
    if (applicable?.reason !== 'error-code' || code === undefined) return null;
    return (
      <Primitive.button
        ref={ref}
        type="button"
        aria-label={t('ui.troubleshooting.dismissLabel', { code })}
        {...anatomy(SCOPE, 'dismiss-trigger')}
        onClick={composeEventHandlers(onClick, () => dismiss(entry.id, code))}
        {...props}
      >
        {children ?? t('ui.troubleshooting.dismiss')}
      </Primitive.button>
    );
  },
);
TroubleshootingPanelDismissTrigger.displayName = 'TroubleshootingPanel.DismissTrigger';

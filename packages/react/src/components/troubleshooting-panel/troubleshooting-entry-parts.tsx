import { troubleshootingAnatomy } from '@wamigrate/core/connect';
import { type ComponentPropsWithoutRef, forwardRef, type Ref, Suspense, useCallback, useId, useMemo } from 'react';
import { type HeadingLevel, HeadingPrimitive, subLevel } from '../../utils/heading';
import { mergeProps } from '../../utils/merge-props';
import { mergeRefs } from '../../utils/merge-refs';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { DetailsLoading } from './troubleshooting-content-parts';
import {
  TroubleshootingEntryProvider,
  type TroubleshootingEntryState,
  useTroubleshootingEntry,
  useTroubleshootingPanel,
} from './troubleshooting-panel-context';

const part = troubleshootingAnatomy.attrs;

/** A stable merged ref, so React does not detach and re-attach it on every render. */
function useMergedRef<T>(theirs: Ref<T> | undefined, ours: (node: T | null) => void) {
  return useMemo(() => mergeRefs(ours, theirs), [theirs, ours]);
}

export interface TroubleshootingPanelEntryProps extends PrimitiveProps<'li'> {
  /** An entry of the engine's catalogue (`item.id` of a list), or its unknown-code entry. */
  readonly entryId: string;
}

/** One accordion item; open when it is the engine's `openEntryId`. Nothing for an id the engine does not know. */
export const TroubleshootingPanelEntry = forwardRef<HTMLLIElement, TroubleshootingPanelEntryProps>(
  ({ entryId, ...props }, ref) => {
    const { api, register } = useTroubleshootingPanel();
    const view = api.entry(entryId);
    const trigger = useId();
    const content = useId();
    const actions = useId();
    const value = useMemo(
      // Its descriptors copied, not spread: what only an open entry shows is worked out when first read.
      () =>
        view
          ? (Object.defineProperties(
              { ids: { trigger, content, actions } },
              Object.getOwnPropertyDescriptors(view),
            ) as TroubleshootingEntryState)
          : null,
      [view, trigger, content, actions],
    );
    const merged = useMergedRef(
      ref,
      useCallback((node: HTMLLIElement | null) => register(entryId, 'entry', node), [register, entryId]),
    );
    if (!value) return null;
    return (
      <TroubleshootingEntryProvider value={value}>
        <Primitive.li ref={merged} {...mergeProps(api.getEntryProps(entryId), props)} />
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
    const { api, headingLevel } = useTroubleshootingPanel();
    const { id } = useTroubleshootingEntry();
    return (
      <HeadingPrimitive
        ref={ref}
        asChild={asChild}
        level={level ?? subLevel(subLevel(headingLevel))}
        {...mergeProps(api.getEntryHeadingProps(id), props)}
      />
    );
  },
);
TroubleshootingPanelEntryHeading.displayName = 'TroubleshootingPanel.EntryHeading';

/** Opens or closes the entry through the engine; Enter and Space work as on any native button. */
export const TroubleshootingPanelEntryTrigger = forwardRef<HTMLButtonElement, PrimitiveProps<'button'>>(
  ({ children, ...props }, ref) => {
    const { api, register, willToggle } = useTroubleshootingPanel();
    const { id, ids, title } = useTroubleshootingEntry();
    const merged = useMergedRef(
      ref,
      useCallback((node: HTMLButtonElement | null) => register(id, 'trigger', node), [register, id]),
    );
    return (
      <Primitive.button
        ref={merged}
        {...mergeProps(api.getEntryTriggerProps(id, ids, { onToggle: () => willToggle(id) }), props)}
      >
        {children ?? title}
      </Primitive.button>
    );
  },
);
TroubleshootingPanelEntryTrigger.displayName = 'TroubleshootingPanel.EntryTrigger';

/**
 * The entry's panel: a region labelled by its trigger, hidden and empty while closed (the panel lists the
 * whole catalogue, and a closed entry's cause and actions are never read); what is inside renders when open.
 */
export const TroubleshootingPanelEntryContent = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ children, ...props }, ref) => {
    const { api } = useTroubleshootingPanel();
    const { id, ids, open } = useTroubleshootingEntry();
    return (
      <Primitive.div ref={ref} {...mergeProps(api.getEntryContentProps(id, ids), props)}>
        {open ? <Suspense fallback={<DetailsLoading />}>{children}</Suspense> : null}
      </Primitive.div>
    );
  },
);
TroubleshootingPanelEntryContent.displayName = 'TroubleshootingPanel.EntryContent';

/**
 * The reported code, Meta's `details` and its `fbtrace_id` for support, as plain text, with the dismiss button.
 * Only for a reported error.
 */
export const TroubleshootingPanelErrorDetails = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ children, ...props }, ref) => {
    const { api } = useTroubleshootingPanel();
    const { id, error } = useTroubleshootingEntry();
    if (error === null) return null;
    return (
      <Primitive.div ref={ref} {...mergeProps(api.getErrorDetailsProps(id), props)}>
        {children ?? (
          <>
            <p {...part('error-code')}>{error.codeText}</p>
            {error.details !== null && <p {...part('error-message')}>{error.details}</p>}
            {error.trace !== null && <p {...part('error-trace')}>{error.trace}</p>}
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
  ({ children, ...props }, ref) => {
    const { api, willDismiss } = useTroubleshootingPanel();
    const { id, error } = useTroubleshootingEntry();
    if (error === null) return null;
    return (
      <Primitive.button
        ref={ref}
        {...mergeProps(api.getDismissTriggerProps(id, { onDismiss: () => willDismiss(id) }), props)}
      >
        {children ?? error.dismiss}
      </Primitive.button>
    );
  },
);
TroubleshootingPanelDismissTrigger.displayName = 'TroubleshootingPanel.DismissTrigger';

import { type ChangeEvent, type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { type HeadingLevel, HeadingPrimitive, subLevel } from '../../utils/heading';
import { mergeProps } from '../../utils/merge-props';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { TroubleshootingEntryDefault } from './entry-default';
import {
  type PanelEntry,
  type PanelListKind,
  TroubleshootingPanelProvider,
  useTroubleshootingPanel,
} from './troubleshooting-panel-context';
import { type PanelStateOptions, usePanelState } from './use-panel-state';

export interface TroubleshootingPanelRootProps extends PrimitiveProps<'div'>, Omit<PanelStateOptions, 'headingLevel'> {
  /** The level of the panel's title; lists and entries use the levels below it. Default 2. */
  readonly headingLevel?: HeadingLevel | undefined;
}

/** A region labelled by `TroubleshootingPanel.Title`; a host without a Title passes its own `aria-label`. */
export const TroubleshootingPanelRoot = forwardRef<HTMLDivElement, TroubleshootingPanelRootProps>(
  ({ defaultQuery, headingLevel = 2, ...props }, ref) => {
    const state = usePanelState({ defaultQuery, headingLevel });
    const { api, ids } = state;
    return (
      <TroubleshootingPanelProvider value={state}>
        <Primitive.div
          ref={ref}
          {...mergeProps(api.getRootProps({ titleId: ids.title, labelled: props['aria-label'] !== undefined }), props)}
        />
      </TroubleshootingPanelProvider>
    );
  },
);
TroubleshootingPanelRoot.displayName = 'TroubleshootingPanel.Root';

type HeadingPartProps = ComponentPropsWithoutRef<'h2'> & { readonly asChild?: boolean | undefined };

export const TroubleshootingPanelTitle = forwardRef<HTMLHeadingElement, HeadingPartProps>(
  ({ asChild, children, ...props }, ref) => {
    const { api, ids, headingLevel } = useTroubleshootingPanel();
    return (
      <HeadingPrimitive
        ref={ref}
        asChild={asChild}
        level={headingLevel}
        {...mergeProps(api.getTitleProps({ id: ids.title }), props)}
      >
        {children ?? api.texts.title}
      </HeadingPrimitive>
    );
  },
);
TroubleshootingPanelTitle.displayName = 'TroubleshootingPanel.Title';

export const TroubleshootingPanelSearchLabel = forwardRef<HTMLLabelElement, ComponentPropsWithoutRef<'label'>>(
  ({ children, ...props }, ref) => {
    const { api, ids } = useTroubleshootingPanel();
    return (
      // htmlFor is also written out so linters see the label's control; the spread's (the host's) wins.
      <label ref={ref} htmlFor={ids.search} {...mergeProps(api.getSearchLabelProps({ htmlFor: ids.search }), props)}>
        {children ?? api.texts.searchLabel}
      </label>
    );
  },
);
TroubleshootingPanelSearchLabel.displayName = 'TroubleshootingPanel.SearchLabel';

export type TroubleshootingPanelSearchProps = ComponentPropsWithoutRef<'input'> & {
  readonly asChild?: boolean | undefined;
};

/** A native search field: a symptom in the user's words, or an error code with or without `#`. */
export const TroubleshootingPanelSearch = forwardRef<HTMLInputElement, TroubleshootingPanelSearchProps>(
  ({ asChild, onChange, ...props }, ref) => {
    const { api, ids, setQuery } = useTroubleshootingPanel();
    return (
      <Primitive.input
        ref={ref}
        asChild={asChild}
        {...mergeProps(api.getSearchProps({ id: ids.search }), { autoComplete: 'off', spellCheck: false, ...props })}
        // The query is the view's state: the core reads it, React keeps it as typed.
        onChange={composeEventHandlers(onChange, (event: ChangeEvent<HTMLInputElement>) =>
          setQuery(event.currentTarget.value),
        )}
      />
    );
  },
);
TroubleshootingPanelSearch.displayName = 'TroubleshootingPanel.Search';

/** What the search found, as a status message: a count, nothing, or the unknown code. */
export const TroubleshootingPanelStatus = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const { api } = useTroubleshootingPanel();
    return (
      <Primitive.p ref={ref} {...mergeProps(api.getStatusProps(), props)}>
        {children ?? api.texts.status}
      </Primitive.p>
    );
  },
);
TroubleshootingPanelStatus.displayName = 'TroubleshootingPanel.Status';

export interface TroubleshootingPanelListHeadingProps extends HeadingPartProps {
  readonly kind: PanelListKind;
}

/** "Suggested for your situation", or "All problems" / "Other problems" / "Search results". Hidden with its list. */
export const TroubleshootingPanelListHeading = forwardRef<HTMLHeadingElement, TroubleshootingPanelListHeadingProps>(
  ({ kind, asChild, children, ...props }, ref) => {
    const { api, headingLevel } = useTroubleshootingPanel();
    if (api[kind].length === 0) return null;
    return (
      <HeadingPrimitive
        ref={ref}
        asChild={asChild}
        level={subLevel(headingLevel)}
        {...mergeProps(api.getListHeadingProps(kind), props)}
      >
        {children ?? api.texts.listHeading[kind]}
      </HeadingPrimitive>
    );
  },
);
TroubleshootingPanelListHeading.displayName = 'TroubleshootingPanel.ListHeading';

export interface TroubleshootingPanelListProps extends Omit<PrimitiveProps<'ul'>, 'children'> {
  readonly kind: PanelListKind;
  /** Renders each entry; default `<TroubleshootingPanel.Entry>` with its default content. */
  readonly children?: ((item: PanelEntry) => ReactNode) | undefined;
}

/** The engine's suggestions, or the other entries of its catalogue; nothing when empty. */
export const TroubleshootingPanelList = forwardRef<HTMLUListElement, TroubleshootingPanelListProps>(
  ({ kind, children, ...props }, ref) => {
    const { api } = useTroubleshootingPanel();
    const items = api[kind];
    if (items.length === 0) return null;
    return (
      <Primitive.ul ref={ref} {...mergeProps(api.getListProps(kind), props)}>
        {items.map((item) => (children ? children(item) : <TroubleshootingEntryDefault key={item.id} item={item} />))}
      </Primitive.ul>
    );
  },
);
TroubleshootingPanelList.displayName = 'TroubleshootingPanel.List';

/** The polite live region that says when an error opened an entry. Render it once, always. */
export const TroubleshootingPanelAnnouncer = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  (props, ref) => {
    const { api, announcement } = useTroubleshootingPanel();
    // As `LiveRegion`: the region exists before the first message; a new child makes a repeat be read again.
    return (
      <div ref={ref} {...mergeProps(api.getAnnouncerProps(), props)}>
        <span key={announcement.id}>{announcement.text}</span>
      </div>
    );
  },
);
TroubleshootingPanelAnnouncer.displayName = 'TroubleshootingPanel.Announcer';

import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { anatomy, dataFlag } from '../../utils/data-attr';
import { type HeadingLevel, HeadingPrimitive, subLevel } from '../../utils/heading';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { TroubleshootingEntryDefault } from './entry-default';
import type { PanelEntry } from './search';
import {
  type PanelListKind,
  TroubleshootingPanelProvider,
  useTroubleshootingPanel,
} from './troubleshooting-panel-context';
import { type PanelStateOptions, usePanelState } from './use-panel-state';

const SCOPE = 'troubleshooting-panel';

export interface TroubleshootingPanelRootProps extends PrimitiveProps<'div'>, Omit<PanelStateOptions, 'headingLevel'> {
  /** The level of the panel's title; lists and entries use the levels below it. Default 2. */
  readonly headingLevel?: HeadingLevel | undefined;
}

/** A region labelled by `TroubleshootingPanel.Title`; a host without a Title passes its own `aria-label`. */
export const TroubleshootingPanelRoot = forwardRef<HTMLDivElement, TroubleshootingPanelRootProps>(
  ({ entries, defaultQuery, headingLevel = 2, ...props }, ref) => {
    const state = usePanelState({ entries, defaultQuery, headingLevel });
    return (
      <TroubleshootingPanelProvider value={state}>
        <Primitive.div
          ref={ref}
          role="region"
          // A host's aria-label wins: aria-labelledby would otherwise take precedence over it.
          aria-labelledby={props['aria-label'] === undefined ? state.ids.title : undefined}
          {...anatomy(SCOPE, 'root')}
          data-searching={dataFlag(state.query.trim() !== '')}
          data-has-suggestions={dataFlag(state.suggested.length > 0)}
          {...props}
        />
      </TroubleshootingPanelProvider>
    );
  },
);
TroubleshootingPanelRoot.displayName = 'TroubleshootingPanel.Root';

type HeadingPartProps = ComponentPropsWithoutRef<'h2'> & { readonly asChild?: boolean | undefined };

export const TroubleshootingPanelTitle = forwardRef<HTMLHeadingElement, HeadingPartProps>(
  ({ asChild, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { ids, headingLevel } = useTroubleshootingPanel();
    return (
      <HeadingPrimitive
        ref={ref}
        asChild={asChild}
        level={headingLevel}
        id={ids.title}
        {...anatomy(SCOPE, 'title')}
        {...props}
      >
        {children ?? t('ui.troubleshooting.title')}
      </HeadingPrimitive>
    );
  },
);
TroubleshootingPanelTitle.displayName = 'TroubleshootingPanel.Title';

export const TroubleshootingPanelSearchLabel = forwardRef<HTMLLabelElement, ComponentPropsWithoutRef<'label'>>(
  ({ children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { ids } = useTroubleshootingPanel();
    return (
      <label ref={ref} htmlFor={ids.search} {...anatomy(SCOPE, 'search-label')} {...props}>
        {children ?? t('ui.troubleshooting.searchLabel')}
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
    const { ids, query, setQuery } = useTroubleshootingPanel();
    return (
      <Primitive.input
        ref={ref}
        asChild={asChild}
        id={ids.search}
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={query}
        {...anatomy(SCOPE, 'search')}
        onChange={composeEventHandlers(onChange, (event: { currentTarget: HTMLInputElement }) =>
          setQuery(event.currentTarget.value),
        )}
        {...props}
      />
    );
  },
);
TroubleshootingPanelSearch.displayName = 'TroubleshootingPanel.Search';

/** What the search found, as a status message: a count, nothing, or the unknown code. */
export const TroubleshootingPanelStatus = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>((props, ref) => {
  const { t } = useGuideI18n();
  const { query, suggested, other, unknownCode } = useTroubleshootingPanel();
  const count = suggested.length + other.length;
  const text =
    query.trim() === ''
      ? ''
      : unknownCode !== null
        ? t('ui.troubleshooting.unknownCode', { code: unknownCode })
        : count === 0
          ? t('ui.troubleshooting.noResults', { query: query.trim() })
          : t('ui.troubleshooting.results', { count });
  return (
    <Primitive.p ref={ref} role="status" {...anatomy(SCOPE, 'status')} data-empty={dataFlag(count === 0)} {...props}>
      {text}
    </Primitive.p>
  );
});
TroubleshootingPanelStatus.displayName = 'TroubleshootingPanel.Status';

export interface TroubleshootingPanelListHeadingProps extends HeadingPartProps {
  readonly kind: PanelListKind;
}

/** "Suggested for your situation", or "All problems" / "Other problems" / "Search results". Hidden with its list. */
export const TroubleshootingPanelListHeading = forwardRef<HTMLHeadingElement, TroubleshootingPanelListHeadingProps>(
  ({ kind, asChild, children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const panel = useTroubleshootingPanel();
    if (panel[kind].length === 0) return null;
    const key =
      kind === 'suggested'
        ? 'suggested'
        : panel.query.trim() !== ''
          ? 'searchResults'
          : panel.suggested.length > 0
            ? 'other'
            : 'all';
    return (
      <HeadingPrimitive
        ref={ref}
        asChild={asChild}
        level={subLevel(panel.headingLevel)}
        {...anatomy(SCOPE, 'list-heading')}
        data-kind={kind}
        {...props}
      >
        {children ?? t(`ui.troubleshooting.${key}`)}
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

/** The engine's suggestions, or the other entries; nothing when empty. */
export const TroubleshootingPanelList = forwardRef<HTMLUListElement, TroubleshootingPanelListProps>(
  ({ kind, children, ...props }, ref) => {
    const panel = useTroubleshootingPanel();
    const items = panel[kind];
    if (items.length === 0) return null;
    return (
      <Primitive.ul ref={ref} {...anatomy(SCOPE, 'list')} data-kind={kind} {...props}>
        {items.map((item) =>
          children ? children(item) : <TroubleshootingEntryDefault key={item.entry.id} item={item} />,
        )}
      </Primitive.ul>
    );
  },
);
TroubleshootingPanelList.displayName = 'TroubleshootingPanel.List';

/** The polite live region that says when an error opened an entry. Render it once, always. */
export const TroubleshootingPanelAnnouncer = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  (props, ref) => {
    const { announcement } = useTroubleshootingPanel();
    // As `LiveRegion`: the region exists before the first message; a new child makes a repeat be read again.
    return (
      <div
        ref={ref}
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-wm-sr-only=""
        {...anatomy(SCOPE, 'announcer')}
        {...props}
      >
        <span key={announcement.id}>{announcement.text}</span>
      </div>
    );
  },
);
TroubleshootingPanelAnnouncer.displayName = 'TroubleshootingPanel.Announcer';

import type { EntryListKind, EntryView, TroubleshootingApi } from '@wamigrate/core/connect';
import { createStrictContext } from '../../utils/create-context';
import type { HeadingLevel } from '../../utils/heading';
import type { Announcement } from '../../utils/live-region';

export type PanelListKind = EntryListKind;

/** One entry as the panel lists it: the core's view (the entry, why it is suggested, its code, its texts). */
export type PanelEntry = EntryView;

/**
 * The panel: the core's view model (lists, texts, the unknown code, prop getters) beside what only a DOM
 * view has (the query as typed, nodes to scroll to or focus, the live announcement).
 */
export interface TroubleshootingPanelState {
  readonly api: TroubleshootingApi;
  readonly query: string;
  readonly setQuery: (query: string) => void;
  /** Called as the user opens or closes an entry: an opening by hand is not announced. */
  readonly willToggle: (entryId: string) => void;
  /** Called as the user dismisses a reported error: focus then goes back to the entry's own button. */
  readonly willDismiss: (entryId: string) => void;
  /** The entry whose error was just dismissed, until focus is back on it: a fold holding it opens. */
  readonly revealed: string | null;
  /** Entries register their node and trigger, to be scrolled to or focused. */
  readonly register: (entryId: string, part: 'entry' | 'trigger', node: HTMLElement | null) => void;
  readonly announcement: Announcement;
  /** Says something through the panel's live region. */
  readonly announce: (text: string) => void;
  readonly headingLevel: HeadingLevel;
  readonly ids: { readonly title: string; readonly search: string };
}

export const [TroubleshootingPanelProvider, useTroubleshootingPanel] = createStrictContext<TroubleshootingPanelState>(
  'useTroubleshootingPanel',
  'TroubleshootingPanel.Root',
);

export interface TroubleshootingEntryState extends EntryView {
  readonly ids: { readonly trigger: string; readonly content: string; readonly actions: string };
}

export const [TroubleshootingEntryProvider, useTroubleshootingEntry] = createStrictContext<TroubleshootingEntryState>(
  'useTroubleshootingEntry',
  'TroubleshootingPanel.Entry',
);

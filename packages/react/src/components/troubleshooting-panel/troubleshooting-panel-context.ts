import type { TroubleshootingEntry } from '@wamigrate/core';
import { createStrictContext } from '../../utils/create-context';
import type { HeadingLevel } from '../../utils/heading';
import type { Announcement } from '../../utils/live-region';
import type { PanelEntry } from './search';

export type PanelListKind = 'suggested' | 'other';

export interface TroubleshootingPanelState {
  readonly query: string;
  readonly setQuery: (query: string) => void;
  /** The code the query names when no entry knows it: the unknown-code entry is shown for it. */
  readonly unknownCode: string | null;
  /** Entries the engine says apply now (errors, limits, failed requirements), filtered by the query. */
  readonly suggested: readonly PanelEntry[];
  /** The other entries that match the query (all of them without one). */
  readonly other: readonly PanelEntry[];
  readonly openEntryId: string | null;
  readonly toggle: (entryId: string) => void;
  readonly dismiss: (entryId: string, code: string) => void;
  /** Entries register their node and trigger, to be scrolled to or focused. */
  readonly register: (entryId: string, part: 'entry' | 'trigger', node: HTMLElement | null) => void;
  readonly announcement: Announcement;
  readonly headingLevel: HeadingLevel;
  readonly ids: { readonly title: string; readonly search: string };
}

export const [TroubleshootingPanelProvider, useTroubleshootingPanel] = createStrictContext<TroubleshootingPanelState>(
  'useTroubleshootingPanel',
  'TroubleshootingPanel.Root',
);

export interface TroubleshootingEntryState extends PanelEntry {
  readonly entry: TroubleshootingEntry;
  readonly open: boolean;
  readonly suggested: boolean;
  readonly ids: { readonly trigger: string; readonly content: string; readonly actions: string };
}

export const [TroubleshootingEntryProvider, useTroubleshootingEntry] = createStrictContext<TroubleshootingEntryState>(
  'useTroubleshootingEntry',
  'TroubleshootingPanel.Entry',
);

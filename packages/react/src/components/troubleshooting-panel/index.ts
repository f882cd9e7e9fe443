import { TroubleshootingEntryDefault } from './entry-default';
import {
  TroubleshootingPanelActions,
  TroubleshootingPanelActionsLabel,
  TroubleshootingPanelCause,
  TroubleshootingPanelDetails,
  TroubleshootingPanelEscalation,
  TroubleshootingPanelWait,
} from './troubleshooting-content-parts';
import {
  TroubleshootingPanelDismissTrigger,
  TroubleshootingPanelEntry,
  TroubleshootingPanelEntryContent,
  TroubleshootingPanelEntryHeading,
  TroubleshootingPanelEntryTrigger,
  TroubleshootingPanelErrorDetails,
} from './troubleshooting-entry-parts';
import { TroubleshootingPanelDefault } from './troubleshooting-panel';
import {
  TroubleshootingPanelAnnouncer,
  TroubleshootingPanelList,
  TroubleshootingPanelListHeading,
  TroubleshootingPanelRoot,
  TroubleshootingPanelSearch,
  TroubleshootingPanelSearchLabel,
  TroubleshootingPanelStatus,
  TroubleshootingPanelTitle,
} from './troubleshooting-panel-parts';

export {
  TroubleshootingPanelActions,
  TroubleshootingPanelActionsLabel,
  TroubleshootingPanelCause,
  TroubleshootingPanelDetails,
  TroubleshootingPanelEscalation,
  TroubleshootingPanelTell,
  TroubleshootingPanelWait,
} from './troubleshooting-content-parts';
export {
  TroubleshootingPanelDismissTrigger,
  TroubleshootingPanelEntry,
  TroubleshootingPanelEntryContent,
  TroubleshootingPanelEntryHeading,
  type TroubleshootingPanelEntryHeadingProps,
  type TroubleshootingPanelEntryProps,
  TroubleshootingPanelEntryTrigger,
  TroubleshootingPanelErrorDetails,
} from './troubleshooting-entry-parts';
export type { TroubleshootingPanelProps } from './troubleshooting-panel';
export {
  type PanelEntry,
  type PanelListKind,
  type TroubleshootingEntryState,
  type TroubleshootingPanelState,
  useTroubleshootingEntry,
  useTroubleshootingPanel,
} from './troubleshooting-panel-context';
export {
  TroubleshootingPanelAnnouncer,
  TroubleshootingPanelList,
  TroubleshootingPanelListHeading,
  type TroubleshootingPanelListHeadingProps,
  type TroubleshootingPanelListProps,
  TroubleshootingPanelRoot,
  type TroubleshootingPanelRootProps,
  TroubleshootingPanelSearch,
  TroubleshootingPanelSearchLabel,
  type TroubleshootingPanelSearchProps,
  TroubleshootingPanelStatus,
  TroubleshootingPanelTitle,
} from './troubleshooting-panel-parts';
export { TroubleshootingEntryDefault };

/**
 * `<TroubleshootingPanel />` whole, or rebuilt from `.Root`, `.Title`, `.SearchLabel`, `.Search`, `.Status`,
 * `.ListHeading`, `.List`, `.Entry` (`.EntryHeading`, `.EntryTrigger`, `.EntryContent`, `.ErrorDetails`,
 * `.DismissTrigger`, `.Cause`, `.ActionsLabel`, `.Actions`, `.Wait`, `.Escalation`) and `.Announcer`.
 */
export const TroubleshootingPanel = Object.assign(TroubleshootingPanelDefault, {
  Root: TroubleshootingPanelRoot,
  Title: TroubleshootingPanelTitle,
  SearchLabel: TroubleshootingPanelSearchLabel,
  Search: TroubleshootingPanelSearch,
  Status: TroubleshootingPanelStatus,
  ListHeading: TroubleshootingPanelListHeading,
  List: TroubleshootingPanelList,
  Entry: TroubleshootingPanelEntry,
  EntryDefault: TroubleshootingEntryDefault,
  EntryHeading: TroubleshootingPanelEntryHeading,
  EntryTrigger: TroubleshootingPanelEntryTrigger,
  EntryContent: TroubleshootingPanelEntryContent,
  ErrorDetails: TroubleshootingPanelErrorDetails,
  DismissTrigger: TroubleshootingPanelDismissTrigger,
  Cause: TroubleshootingPanelCause,
  Details: TroubleshootingPanelDetails,
  ActionsLabel: TroubleshootingPanelActionsLabel,
  Actions: TroubleshootingPanelActions,
  Wait: TroubleshootingPanelWait,
  Escalation: TroubleshootingPanelEscalation,
  Announcer: TroubleshootingPanelAnnouncer,
});

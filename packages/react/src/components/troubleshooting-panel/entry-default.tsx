import type { PanelEntry } from './search';
import {
  TroubleshootingPanelActions,
  TroubleshootingPanelActionsLabel,
  TroubleshootingPanelCause,
  TroubleshootingPanelEscalation,
  TroubleshootingPanelWait,
} from './troubleshooting-content-parts';
import {
  TroubleshootingPanelEntry,
  TroubleshootingPanelEntryContent,
  TroubleshootingPanelEntryHeading,
  TroubleshootingPanelEntryTrigger,
  TroubleshootingPanelErrorDetails,
} from './troubleshooting-entry-parts';

/** One entry as the default panel shows it: the error first, then cause, actions, wait and who can help. */
export function TroubleshootingEntryDefault({ item }: { readonly item: PanelEntry }) {
  return (
    <TroubleshootingPanelEntry entry={item.entry} applicable={item.applicable} code={item.code}>
      <TroubleshootingPanelEntryHeading>
        <TroubleshootingPanelEntryTrigger />
      </TroubleshootingPanelEntryHeading>
      <TroubleshootingPanelEntryContent>
        <TroubleshootingPanelErrorDetails />
        <TroubleshootingPanelCause />
        <TroubleshootingPanelActionsLabel />
        <TroubleshootingPanelActions />
        <TroubleshootingPanelWait />
        <TroubleshootingPanelEscalation />
      </TroubleshootingPanelEntryContent>
    </TroubleshootingPanelEntry>
  );
}

import {
  TroubleshootingPanelActions,
  TroubleshootingPanelActionsLabel,
  TroubleshootingPanelCause,
  TroubleshootingPanelDetails,
  TroubleshootingPanelEscalation,
  TroubleshootingPanelTell,
  TroubleshootingPanelWait,
} from './troubleshooting-content-parts';
import {
  TroubleshootingPanelEntry,
  TroubleshootingPanelEntryContent,
  TroubleshootingPanelEntryHeading,
  TroubleshootingPanelEntryTrigger,
  TroubleshootingPanelErrorDetails,
} from './troubleshooting-entry-parts';
import type { PanelEntry } from './troubleshooting-panel-context';

/** One entry as the default panel shows it: the error first, then cause, actions, wait and who can help. */
export function TroubleshootingEntryDefault({ item }: { readonly item: PanelEntry }) {
  return (
    <TroubleshootingPanelEntry entryId={item.id}>
      <TroubleshootingPanelEntryHeading>
        <TroubleshootingPanelEntryTrigger />
      </TroubleshootingPanelEntryHeading>
      <TroubleshootingPanelEntryContent>
        <TroubleshootingPanelErrorDetails />
        <TroubleshootingPanelDetails>
          <TroubleshootingPanelCause />
          <TroubleshootingPanelTell />
          <TroubleshootingPanelActionsLabel />
          <TroubleshootingPanelActions />
          <TroubleshootingPanelWait />
          <TroubleshootingPanelEscalation />
        </TroubleshootingPanelDetails>
      </TroubleshootingPanelEntryContent>
    </TroubleshootingPanelEntry>
  );
}

import { troubleshootingAnatomy } from '@wamigrate/core/connect';
import { forwardRef } from 'react';
import { useTroubleshootingPanel } from './troubleshooting-panel-context';
import {
  TroubleshootingPanelAnnouncer,
  TroubleshootingPanelList,
  TroubleshootingPanelListHeading,
  TroubleshootingPanelRoot,
  type TroubleshootingPanelRootProps,
  TroubleshootingPanelSearch,
  TroubleshootingPanelSearchLabel,
  TroubleshootingPanelStatus,
  TroubleshootingPanelTitle,
} from './troubleshooting-panel-parts';

export type TroubleshootingPanelProps = TroubleshootingPanelRootProps;

/**
 * Help for a symptom or an error code: the engine's suggestions first, then every entry of its catalogue,
 * filtered by a search field. An error reported to the engine opens its entry here by itself.
 */
export const TroubleshootingPanelDefault = forwardRef<HTMLDivElement, TroubleshootingPanelProps>((props, ref) => (
  <TroubleshootingPanelRoot ref={ref} {...props}>
    <TroubleshootingPanelTitle />
    <PanelIntro />
    <div {...troubleshootingAnatomy.attrs('search-field')}>
      <TroubleshootingPanelSearchLabel />
      <TroubleshootingPanelSearch />
    </div>
    <TroubleshootingPanelStatus />
    <TroubleshootingPanelListHeading kind="suggested" />
    <TroubleshootingPanelList kind="suggested" />
    <TroubleshootingPanelListHeading kind="other" />
    <TroubleshootingPanelList kind="other" />
    <TroubleshootingPanelAnnouncer />
  </TroubleshootingPanelRoot>
));
TroubleshootingPanelDefault.displayName = 'TroubleshootingPanel';

/** How to search: in one's own words or by the code. */
function PanelIntro() {
  const { api } = useTroubleshootingPanel();
  return <p {...troubleshootingAnatomy.attrs('intro')}>{api.texts.intro}</p>;
}

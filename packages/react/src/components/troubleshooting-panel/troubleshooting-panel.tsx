import { troubleshootingAnatomy } from '@wamigrate/core/connect';
import { forwardRef } from 'react';
import { Fold } from '../../utils/fold';
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
    <OtherTopics />
    <TroubleshootingPanelAnnouncer />
  </TroubleshootingPanelRoot>
));
TroubleshootingPanelDefault.displayName = 'TroubleshootingPanel';

/**
 * The rest of the catalogue: folded under one line while nothing is searched (the panel asks first and
 * suggests), listed when a search lists them. The fold is the person's to open and close; an entry opened
 * inside it (by a reported error or a link), or one whose error was just marked as solved, opens it too.
 * Its list, most of the panel's markup, is rendered the first time it opens.
 */
function OtherTopics() {
  const { api, revealed } = useTroubleshootingPanel();
  if (api.searching || api.other.length === 0) {
    return (
      <>
        <TroubleshootingPanelListHeading kind="other" />
        <TroubleshootingPanelList kind="other" />
      </>
    );
  }
  return (
    <>
      <TroubleshootingPanelListHeading kind="other" />
      <Fold
        openWhen={api.other.some((entry) => entry.open || entry.id === revealed)}
        {...troubleshootingAnatomy.attrs('fold')}
        summary={<summary {...troubleshootingAnatomy.attrs('fold-summary')}>{api.texts.allTopics}</summary>}
      >
        <TroubleshootingPanelList kind="other" />
      </Fold>
    </>
  );
}

/** How to search: in one's own words or by the code. */
function PanelIntro() {
  const { api } = useTroubleshootingPanel();
  return <p {...troubleshootingAnatomy.attrs('intro')}>{api.texts.intro}</p>;
}

import { forwardRef } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { anatomy } from '../../utils/data-attr';
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
 * Help for a symptom or an error code: the engine's suggestions first, then every entry, filtered by a
 * search field. An error reported to the engine opens its entry here by itself.
 */
export const TroubleshootingPanelDefault = forwardRef<HTMLDivElement, TroubleshootingPanelProps>((props, ref) => {
  const { t } = useGuideI18n();
  return (
    <TroubleshootingPanelRoot ref={ref} {...props}>
      <TroubleshootingPanelTitle />
      <p {...anatomy('troubleshooting-panel', 'intro')}>{t('ui.troubleshooting.intro')}</p>
      <div {...anatomy('troubleshooting-panel', 'search-field')}>
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
  );
});
TroubleshootingPanelDefault.displayName = 'TroubleshootingPanel';

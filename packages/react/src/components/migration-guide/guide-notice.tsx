import { guideAnatomy } from '@wamigrate/core/connect';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigrationEngine, useMigrationSelector } from '../../migration/migration-context';

/**
 * Saved progress that could not be used or saved is not the user's error, but they must know: a status
 * message (not an alert, which would interrupt) with a way to dismiss it.
 */
export function GuideNotice() {
  const { t } = useGuideI18n();
  const { send } = useMigrationEngine();
  const notice = useMigrationSelector((s) => s.notice);
  return (
    <div role="status" {...guideAnatomy.attrs('notice')} data-state={notice ? 'open' : 'closed'}>
      {notice && (
        <>
          <p>{t(`notice.${notice.kind}.${notice.reason}`)}</p>
          <button type="button" onClick={() => send({ type: 'DISMISS_NOTICE' })}>
            {t('ui.guide.dismissNotice')}
          </button>
        </>
      )}
    </div>
  );
}

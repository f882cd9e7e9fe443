import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { anatomy } from '../../utils/data-attr';

/**
 * Saved progress that could not be used or saved is not the user's error, but they must know: a status
 * message (not an alert, which would interrupt) with a way to dismiss it.
 */
export function GuideNotice() {
  const { t } = useGuideI18n();
  const { snapshot, send } = useMigration();
  const notice = snapshot.notice;
  return (
    <div role="status" {...anatomy('migration-guide', 'notice')} data-state={notice ? 'open' : 'closed'}>
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

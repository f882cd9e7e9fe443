import type { GuideApi } from '@wamigrate/core/connect';
import { mergeProps } from '../../utils/merge-props';

/** The element's own `type`, narrower than the view model's, for JSX's button typing. */
const BUTTON = { type: 'button' } as const;

/**
 * Saved progress that could not be used or saved is not the user's error, but they must know: a status
 * message (not an alert, which would interrupt) with a way to dismiss it.
 */
export function GuideNotice({ api }: { readonly api: GuideApi }) {
  const { notice } = api;
  return (
    <div {...api.getNoticeProps()}>
      {notice && (
        <>
          <p>{notice.text}</p>
          <button {...mergeProps(api.getDismissNoticeProps(), BUTTON)}>{notice.dismiss}</button>
        </>
      )}
    </div>
  );
}

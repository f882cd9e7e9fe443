import { buildSupportRequest } from '@wamigrate/core';
import { forwardRef, useId, useMemo } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { useProfileParams } from '../../migration/use-profile-params';
import { anatomy } from '../../utils/data-attr';
import { Heading, subLevel } from '../../utils/heading';
import { LiveRegion, useLiveRegion } from '../../utils/live-region';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { SCOPE, useStepContext, useStepperContext } from './stepper-context';

/** Only http(s) links from a host's profile become links. */
const webUrl = (url: string | undefined) => (url && /^https?:\/\//iu.test(url) ? url : undefined);

async function writeClipboard(text: string): Promise<boolean> {
  try {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard?.writeText) return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The support request a step asks the user to send, prepared by the core: subject and body as read-only
 * text to copy, and a mailto: link. Where the number is not stored on this device, says it must be typed in.
 */
export const MigrationStepperSupportRequest = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>(
  ({ children, ...props }, ref) => {
    const { t, locale } = useGuideI18n();
    const params = useProfileParams();
    const { snapshot } = useMigration();
    const { headingLevel } = useStepperContext();
    const step = useStepContext();
    const id = useId();
    const { announce, message } = useLiveRegion();
    const kind = step.step.supportRequest;
    const placeholder = t('ui.stepper.support.placeholder');
    const number = snapshot.phoneNumberE164;
    const request = useMemo(
      () =>
        kind &&
        buildSupportRequest({
          kind,
          profile: snapshot.profile,
          phoneNumberE164: number ?? placeholder,
          locale,
          // The core passes i18next options; ours takes the interpolation values only.
          t: (key, options) =>
            t(
              key,
              Object.fromEntries(
                Object.entries(options).filter((e): e is [string, string | number] =>
                  ['string', 'number'].includes(typeof e[1]),
                ),
              ),
            ),
        }),
      [kind, snapshot.profile, number, placeholder, locale, t],
    );
    if (!kind || !request) return null;
    const copy = async (text: string) =>
      announce(t((await writeClipboard(text)) ? 'ui.stepper.support.copied' : 'ui.stepper.support.copyFailed'));
    const contactPage = webUrl(snapshot.profile.supportUrl);
    const numberNote = number
      ? null
      : t(snapshot.phoneNumberRemembered ? 'ui.stepper.support.numberRemembered' : 'ui.stepper.support.noNumber', {
          placeholder,
        });
    return (
      <Primitive.div
        ref={ref}
        role="group"
        aria-labelledby={`${id}-heading`}
        {...anatomy(SCOPE, 'support-request')}
        data-kind={kind}
        data-state={number ? 'ready' : 'needs-number'}
        {...props}
      >
        {children ?? (
          <>
            <Heading id={`${id}-heading`} level={subLevel(headingLevel)} {...anatomy(SCOPE, 'support-heading')}>
              {t('ui.stepper.support.heading', params)}
            </Heading>
            {numberNote && <p {...anatomy(SCOPE, 'support-number-note')}>{numberNote}</p>}
            <label htmlFor={`${id}-subject`}>{t('ui.stepper.support.subject')}</label>
            <input
              id={`${id}-subject`}
              type="text"
              readOnly
              value={request.subject}
              {...anatomy(SCOPE, 'support-subject')}
            />
            <button type="button" {...anatomy(SCOPE, 'copy-subject')} onClick={() => void copy(request.subject)}>
              {t('ui.stepper.support.copySubject')}
            </button>
            <label htmlFor={`${id}-body`}>{t('ui.stepper.support.body')}</label>
            <textarea id={`${id}-body`} readOnly rows={8} value={request.body} {...anatomy(SCOPE, 'support-body')} />
            <button type="button" {...anatomy(SCOPE, 'copy-body')} onClick={() => void copy(request.body)}>
              {t('ui.stepper.support.copyBody')}
            </button>
            <LiveRegion message={message} data-wm-sr-only={undefined} {...anatomy(SCOPE, 'copy-status')} />
            <a href={request.mailto} {...anatomy(SCOPE, 'support-mailto')}>
              {t(snapshot.profile.supportEmail ? 'ui.stepper.support.mailtoTo' : 'ui.stepper.support.mailto', params)}
            </a>
            {contactPage && (
              <a href={contactPage} {...anatomy(SCOPE, 'support-contact')}>
                {t('ui.stepper.support.contactPage', params)}
              </a>
            )}
          </>
        )}
      </Primitive.div>
    );
  },
);
MigrationStepperSupportRequest.displayName = 'MigrationStepper.SupportRequest';

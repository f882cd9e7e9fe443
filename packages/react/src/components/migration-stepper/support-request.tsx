import { buildSupportRequest } from '@wamigrate/core';
import { stepperAnatomy, textWithProfile } from '@wamigrate/core/connect';
import { forwardRef, useId, useMemo } from 'react';
import { useGuideI18n } from '../../i18n/i18n-context';
import { useMigrationSelector } from '../../migration/migration-context';
import { useConnectEnv } from '../../migration/use-view-model';
import { Heading, subLevel } from '../../utils/heading';
import { LiveRegion, useLiveRegion } from '../../utils/live-region';
import { mergeProps } from '../../utils/merge-props';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { useStepContext, useStepperContext } from './stepper-context';

const part = stepperAnatomy.attrs;

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
    const { t: translate, locale } = useGuideI18n();
    const id = useId();
    const env = useConnectEnv(id);
    // Only what the request shows: a keystroke elsewhere does not rebuild it.
    const profile = useMigrationSelector((s) => s.profile);
    const number = useMigrationSelector((s) => s.phoneNumberE164);
    const remembered = useMigrationSelector((s) => s.phoneNumberRemembered);
    const t = useMemo(() => textWithProfile({ profile }, env), [profile, env]);
    const { headingLevel } = useStepperContext();
    const { step } = useStepContext();
    const { announce, message } = useLiveRegion();
    const kind = step.supportRequest;
    const placeholder = t('ui.stepper.support.placeholder');
    const request = useMemo(
      () =>
        kind &&
        buildSupportRequest({
          kind,
          profile,
          phoneNumberE164: number ?? placeholder,
          locale,
          // The core passes i18next options; ours takes the interpolation values only.
          t: (key, options) =>
            translate(
              key,
              Object.fromEntries(
                Object.entries(options).filter((e): e is [string, string | number] =>
                  ['string', 'number'].includes(typeof e[1]),
                ),
              ),
            ),
        }),
      [kind, profile, number, placeholder, locale, translate],
    );
    if (!kind || !request) return null;
    const copy = async (text: string) =>
      announce(t((await writeClipboard(text)) ? 'ui.stepper.support.copied' : 'ui.stepper.support.copyFailed'));
    const contactPage = webUrl(profile.supportUrl);
    const numberNote = number
      ? null
      : t(remembered ? 'ui.stepper.support.numberRemembered' : 'ui.stepper.support.noNumber', { placeholder });
    const rootProps = {
      role: 'group',
      'aria-labelledby': `${id}-heading`,
      ...part('support-request'),
      'data-kind': kind,
      'data-state': number ? 'ready' : 'needs-number',
    };
    return (
      <Primitive.div ref={ref} {...mergeProps(rootProps, props)}>
        {children ?? (
          <>
            <Heading id={`${id}-heading`} level={subLevel(headingLevel)} {...part('support-heading')}>
              {t('ui.stepper.support.heading')}
            </Heading>
            {numberNote && <p {...part('support-number-note')}>{numberNote}</p>}
            <label htmlFor={`${id}-subject`}>{t('ui.stepper.support.subject')}</label>
            <input id={`${id}-subject`} type="text" readOnly value={request.subject} {...part('support-subject')} />
            <button type="button" {...part('copy-subject')} onClick={() => void copy(request.subject)}>
              {t('ui.stepper.support.copySubject')}
            </button>
            <label htmlFor={`${id}-body`}>{t('ui.stepper.support.body')}</label>
            <textarea id={`${id}-body`} readOnly rows={8} value={request.body} {...part('support-body')} />
            <button type="button" {...part('copy-body')} onClick={() => void copy(request.body)}>
              {t('ui.stepper.support.copyBody')}
            </button>
            <LiveRegion message={message} data-wm-sr-only={undefined} {...part('copy-status')} />
            <a href={request.mailto} {...part('support-mailto')}>
              {t(profile.supportEmail ? 'ui.stepper.support.mailtoTo' : 'ui.stepper.support.mailto')}
            </a>
            {contactPage && (
              <a href={contactPage} {...part('support-contact')}>
                {t('ui.stepper.support.contactPage')}
              </a>
            )}
          </>
        )}
      </Primitive.div>
    );
  },
);
MigrationStepperSupportRequest.displayName = 'MigrationStepper.SupportRequest';

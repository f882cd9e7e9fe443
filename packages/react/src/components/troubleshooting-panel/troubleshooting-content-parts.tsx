import { durationMessage, type ProviderProfile, type TroubleshootingEntry } from '@wamigrate/core';
import { forwardRef } from 'react';
import { type MessageValues, type Translate, useGuideI18n } from '../../i18n/i18n-context';
import { useMigration } from '../../migration/migration-context';
import { useProfileParams } from '../../migration/use-profile-params';
import { anatomy } from '../../utils/data-attr';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { useTroubleshootingEntry } from './troubleshooting-panel-context';

const SCOPE = 'troubleshooting-panel';

/** The entry's own values: the profile's, and the code the unknown-code entry names. */
function useEntryValues(): MessageValues {
  const { t } = useGuideI18n();
  const params = useProfileParams();
  const { code } = useTroubleshootingEntry();
  return { ...params, code: code ?? t('ui.troubleshooting.noCode') };
}

export const TroubleshootingPanelCause = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const values = useEntryValues();
    const { entry } = useTroubleshootingEntry();
    return (
      <Primitive.p ref={ref} {...anatomy(SCOPE, 'cause')} {...props}>
        {children ?? t(entry.causeKey, values)}
      </Primitive.p>
    );
  },
);
TroubleshootingPanelCause.displayName = 'TroubleshootingPanel.Cause';

/** "What to do": names the ordered list of actions. */
export const TroubleshootingPanelActionsLabel = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { ids, entry } = useTroubleshootingEntry();
    if (entry.actionKeys.length === 0) return null;
    return (
      <Primitive.p ref={ref} id={ids.actions} {...anatomy(SCOPE, 'actions-label')} {...props}>
        {children ?? t('ui.troubleshooting.actions')}
      </Primitive.p>
    );
  },
);
TroubleshootingPanelActionsLabel.displayName = 'TroubleshootingPanel.ActionsLabel';

/** The actions, in order, as an ordered list labelled by `ActionsLabel`. */
export const TroubleshootingPanelActions = forwardRef<HTMLOListElement, PrimitiveProps<'ol'>>(
  ({ children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const values = useEntryValues();
    const { entry, ids } = useTroubleshootingEntry();
    if (entry.actionKeys.length === 0) return null;
    return (
      <Primitive.ol ref={ref} aria-labelledby={ids.actions} {...anatomy(SCOPE, 'actions')} {...props}>
        {children ??
          entry.actionKeys.map((key) => (
            <li key={key} {...anatomy(SCOPE, 'action')}>
              {t(key, values)}
            </li>
          ))}
      </Primitive.ol>
    );
  },
);
TroubleshootingPanelActions.displayName = 'TroubleshootingPanel.Actions';

/** The wait's values: `{{duration}}` from a fixed wait or from the profile's policy, translated. */
export function waitValues(
  wait: NonNullable<TroubleshootingEntry['wait']>,
  profile: ProviderProfile,
  t: Translate,
): MessageValues {
  const periods = {
    'verification-code': profile.verificationCodePolicy.periodMs,
    registration: profile.registrationPolicy.periodMs,
  } as const;
  const ms = wait.durationMs ?? (wait.policy ? periods[wait.policy] : undefined);
  if (ms === undefined) return {};
  const duration = durationMessage(ms);
  return { duration: t(duration.key, duration.values) };
}

export const TroubleshootingPanelWait = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { snapshot } = useMigration();
    const values = useEntryValues();
    const { entry } = useTroubleshootingEntry();
    if (!entry.wait) return null;
    return (
      <Primitive.p ref={ref} {...anatomy(SCOPE, 'wait')} data-policy={entry.wait.policy} {...props}>
        {children ?? t(entry.wait.messageKey, { ...values, ...waitValues(entry.wait, snapshot.profile, t) })}
      </Primitive.p>
    );
  },
);
TroubleshootingPanelWait.displayName = 'TroubleshootingPanel.Wait';

const PROVIDER_TARGETS: ReadonlySet<string> = new Set(['provider-support', 'meta-via-provider']);

/** Where the provider's support can be reached: its web page, else its address; only http(s) pages. */
export function supportHref(profile: ProviderProfile): string | undefined {
  if (profile.supportUrl && /^https?:\/\//iu.test(profile.supportUrl)) return profile.supportUrl;
  if (profile.supportEmail && /^[^\s@:/?#]+@[^\s@:/?#]+$/u.test(profile.supportEmail)) {
    return `mailto:${profile.supportEmail}`;
  }
  return undefined;
}

/** Who can help next, as a link when it is the provider's support and the profile gives a way to reach it. */
export const TroubleshootingPanelEscalation = forwardRef<HTMLParagraphElement, PrimitiveProps<'p'>>(
  ({ children, ...props }, ref) => {
    const { t } = useGuideI18n();
    const { snapshot } = useMigration();
    const values = useEntryValues();
    const { entry } = useTroubleshootingEntry();
    const escalation = entry.escalation;
    if (!escalation) return null;
    const target = t(`escalation.${escalation.to}`, values);
    const href = PROVIDER_TARGETS.has(escalation.to) ? supportHref(snapshot.profile) : undefined;
    return (
      <Primitive.p ref={ref} {...anatomy(SCOPE, 'escalation')} data-to={escalation.to} {...props}>
        {children ?? (
          <>
            <strong {...anatomy(SCOPE, 'escalation-target')}>{href ? <a href={href}>{target}</a> : target}</strong>{' '}
            {t(escalation.messageKey, values)}
          </>
        )}
      </Primitive.p>
    );
  },
);
TroubleshootingPanelEscalation.displayName = 'TroubleshootingPanel.Escalation';

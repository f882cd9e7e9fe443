import type { Locale, ProviderProfile } from '../knowledge/types';
import { localize } from '../locale';
import { REGISTRATION_POLICY, VERIFICATION_CODE_POLICY_SEED } from '../rules/attempt-policy';
import { hoursOf } from '../rules/duration';
import { isEmailAddress } from '../validation/text';

/**
 * The seed's provider (Z1). Its support team's address is not in the seed, so the profile names only the
 * help centre the article lives in; a host that knows the address sets `supportEmail`.
 */
export const zendeskProfile: ProviderProfile = {
  id: 'zendesk',
  name: 'Zendesk',
  supportName: { en: 'Zendesk Customer Support', ja: 'Zendeskカスタマーサポート' },
  supportUrl: 'https://support.zendesk.com/',
  adminCentre: { en: 'Admin Center', ja: '管理センター' },
  channelSetupGuide: {
    en: 'Adding a WhatsApp channel to the Agent Workspace',
    ja: 'エージェントワークスペースへのWhatsAppチャネルの追加',
  },
  verificationCodePolicy: VERIFICATION_CODE_POLICY_SEED,
  registrationPolicy: REGISTRATION_POLICY,
};

/** A host's own profile: everything but the policies is the host's to say; policies default to the seed's. */
export function defineProviderProfile(
  profile: Omit<ProviderProfile, 'verificationCodePolicy' | 'registrationPolicy'> &
    Partial<Pick<ProviderProfile, 'verificationCodePolicy' | 'registrationPolicy'>>,
): ProviderProfile {
  return {
    verificationCodePolicy: VERIFICATION_CODE_POLICY_SEED,
    registrationPolicy: REGISTRATION_POLICY,
    ...profile,
  };
}

/** The interpolation values every message may use: {{provider}}, {{support}}, {{adminCentre}}, ... */
export function profileMessageParams(profile: ProviderProfile, locale: Locale): ProfileMessageParams {
  return {
    provider: localize(profile.name, locale),
    support: localize(profile.supportName, locale),
    adminCentre: localize(profile.adminCentre, locale),
    channelSetupGuide: localize(profile.channelSetupGuide, locale),
    codeLimit: profile.verificationCodePolicy.limit,
    codeWaitHours: hoursOf(profile.verificationCodePolicy.periodMs),
    registrationLimit: profile.registrationPolicy.limit,
  };
}

export interface ProfileMessageParams {
  readonly provider: string;
  readonly support: string;
  readonly adminCentre: string;
  readonly channelSetupGuide: string;
  /** The profile's code-request limit and cool-down, so no message hard-codes "3" or "8 hours". */
  readonly codeLimit: number;
  readonly codeWaitHours: number;
  readonly registrationLimit: number;
}

/** The provider's contact page, when the profile gives a web page: only http(s) links leave the guide. */
export function supportPage(profile: ProviderProfile): string | undefined {
  const url = profile.supportUrl;
  return url && /^https?:\/\//iu.test(url) ? url : undefined;
}

/** The provider's support address, when the profile gives one that is an address and nothing more. */
export const supportAddress = (profile: ProviderProfile): string | undefined =>
  isEmailAddress(profile.supportEmail) ? profile.supportEmail : undefined;

/** Where the provider's support can be reached: its web page, else its address. */
export function supportHref(profile: ProviderProfile): string | undefined {
  const page = supportPage(profile);
  if (page) return page;
  const address = supportAddress(profile);
  return address === undefined ? undefined : `mailto:${address}`;
}

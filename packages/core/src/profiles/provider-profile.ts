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

const POLICY_MODES: readonly unknown[] = ['cooldown', 'moving-window'];
const isPolicy = (value: unknown): value is ProviderProfile['registrationPolicy'] => {
  const p = value as Partial<ProviderProfile['registrationPolicy']> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    typeof p.id === 'string' &&
    POLICY_MODES.includes(p.mode) &&
    Number.isSafeInteger(p.limit) &&
    (p.limit as number) > 0 &&
    typeof p.periodMs === 'number' &&
    Number.isFinite(p.periodMs) &&
    p.periodMs > 0
  );
};
const isLocalizedText = (text: unknown) =>
  typeof text === 'string' ||
  (typeof text === 'object' && text !== null && typeof (text as { en?: unknown }).en === 'string');

/** The texts every message may interpolate: a profile without one would break the guide's sentences. */
const PROFILE_TEXTS = ['name', 'supportName', 'adminCentre', 'channelSetupGuide'] as const;

/**
 * A profile as a host passes it from plain JavaScript or a CMS's JSON: policies left out or malformed are
 * the seed's; a profile without an id or one of its texts is not used (the seed's provider is). `problems`
 * says what was wrong, for a warning; the guide itself never breaks on a profile.
 */
export function readProviderProfile(value: unknown): {
  readonly profile: ProviderProfile;
  readonly problems: string[];
} {
  if (typeof value !== 'object' || value === null) {
    return { profile: zendeskProfile, problems: ['the provider profile is not an object; using Zendesk'] };
  }
  const given = value as Partial<Record<keyof ProviderProfile, unknown>>;
  const missing = PROFILE_TEXTS.filter((key) => !isLocalizedText(given[key]));
  if (typeof given.id !== 'string' || missing.length > 0) {
    const what = typeof given.id !== 'string' ? ['id', ...missing] : missing;
    return { profile: zendeskProfile, problems: [`the provider profile has no ${what.join(', ')}; using Zendesk`] };
  }
  const problems: string[] = [];
  const policy = (key: 'verificationCodePolicy' | 'registrationPolicy', seed: ProviderProfile[typeof key]) => {
    if (given[key] === undefined) return seed;
    if (isPolicy(given[key])) return given[key];
    problems.push(`the provider profile's ${key} is not a policy; using the seed's`);
    return seed;
  };
  const profile: ProviderProfile = {
    ...(value as ProviderProfile),
    verificationCodePolicy: policy('verificationCodePolicy', VERIFICATION_CODE_POLICY_SEED),
    registrationPolicy: policy('registrationPolicy', REGISTRATION_POLICY),
  };
  return { profile, problems };
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

import { localize } from '../locale';
import type { Locale, LocalizedText, ProviderProfile, Sourced } from './types';

/**
 * Where a step sends the person, as links: Meta's places with a sourced address, and the provider's own
 * (its admin centre, its setup article) from the profile. Each has a `place.<id>` text, the link's words,
 * and may say where to click once there.
 */
export interface Place extends Sourced {
  readonly id: string;
  readonly messageKey: string;
  /**
   * The address: fixed for Meta's places, the profile's (in the reader's language) for the provider's;
   * undefined when unknown. The stepper links only https addresses, whoever wrote the place.
   */
  readonly href: (profile: ProviderProfile, locale: Locale) => string | undefined;
  /** Where to click once there, in the reader's language: Meta's as a message key. */
  readonly pathKey?: string;
  /** ... the provider's in its profile's words. */
  readonly profilePath?: (profile: ProviderProfile, locale: Locale) => string | undefined;
}

const inLocale = (text: LocalizedText | undefined, locale: Locale) =>
  text === undefined ? undefined : localize(text, locale);

const place = (
  id: string,
  sources: Place['sources'],
  href: Place['href'],
  where: Pick<Place, 'pathKey' | 'profilePath'> = {},
): Place => ({ id, sources, messageKey: `place.${id}`, href, ...where });

/** Meta's address as the seed gives it (Z1, 主な用語); WhatsApp Manager and the settings are inside. */
const BUSINESS_MANAGER = () => 'https://business.facebook.com/';

export const PLACES = {
  metaBusinessManager: place('meta-business-manager', ['Z1'], BUSINESS_MANAGER),
  // Turning two-step verification off is only in WhatsApp Manager; Meta then emails a link (M5, M6, M11).
  twoStepVerificationSetting: place('two-step-verification-setting', ['Z1', 'M5', 'M6', 'M11'], BUSINESS_MANAGER, {
    pathKey: 'placePath.two-step-verification-setting',
  }),
  providerAdminCentre: place(
    'provider-admin-centre',
    ['Z1'],
    (profile, locale) => inLocale(profile.adminCentreUrl, locale),
    {
      profilePath: (profile, locale) => inLocale(profile.adminCentrePath, locale),
    },
  ),
  providerSetupGuide: place('provider-setup-guide', ['Z1'], (profile, locale) =>
    inLocale(profile.channelSetupGuideUrl, locale),
  ),
} as const;

import type { ProviderProfile, Sourced } from './types';

/**
 * Where a step sends the person, as links: Meta's places with a sourced address, and the provider's own
 * (its admin centre, its setup article) from the profile. Each has a `place.<id>` text, the link's words.
 */
export interface Place extends Sourced {
  readonly id: string;
  readonly messageKey: string;
  /**
   * The address: fixed for Meta's places, the profile's for the provider's; undefined when unknown. The
   * stepper links only https addresses, whoever wrote the place.
   */
  readonly href: (profile: ProviderProfile) => string | undefined;
}

const place = (id: string, sources: Place['sources'], href: Place['href']): Place => ({
  id,
  sources,
  messageKey: `place.${id}`,
  href,
});

export const PLACES = {
  // The seed gives Business Manager's address (Z1, 主な用語).
  metaBusinessManager: place('meta-business-manager', ['Z1'], () => 'https://business.facebook.com/'),
  providerAdminCentre: place('provider-admin-centre', ['Z1'], (profile) => profile.adminCentreUrl),
  providerSetupGuide: place('provider-setup-guide', ['Z1'], (profile) => profile.channelSetupGuideUrl),
} as const;

import { defineLocation } from './define';
import type { NumberLocationRecord } from './types';

/**
 * Where a number can be now and where it can go: the seed's four places (Z1), then the places of Meta's
 * other paths (DOMAIN.md §1.1, §8.3). A place a person may not recognise carries a "how to tell" hint.
 */
export const NUMBER_LOCATIONS: readonly NumberLocationRecord[] = [
  defineLocation('other-bsp', ['Z1', 'M2'], { hint: true }),
  // Seed: numbers added to the provider are WhatsApp Business API numbers (Z1, glossary note).
  defineLocation('this-provider', ['Z1'], { hint: true }),
  // Seed: a provider-hosted WABA cannot be reached from Business Manager; existing customers only (Z1).
  defineLocation('provider-hosted-waba', ['Z1'], { hint: true }),
  defineLocation('self-hosted-waba', ['Z1']),
  defineLocation('whatsapp-business-app', ['M14', 'M28'], { hint: true }),
  defineLocation('multi-partner-solution', ['M11', 'M12', 'K3'], { hint: true }),
];

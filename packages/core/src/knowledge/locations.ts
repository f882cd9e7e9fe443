import { defineLocation } from './define';
import type { NumberLocationRecord } from './types';

/** The places the seed's three paths start from and lead to (Z1). */
export const NUMBER_LOCATIONS: readonly NumberLocationRecord[] = [
  defineLocation('other-bsp', ['Z1']),
  defineLocation('this-provider', ['Z1']),
  defineLocation('provider-hosted-waba', ['Z1']),
  defineLocation('self-hosted-waba', ['Z1']),
];

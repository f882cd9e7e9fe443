import { defineCarryOverItem as item } from './define';
import type { CarryOverItem } from './types';

/** C1-C5: every provider that writes about it says so (DOMAIN.md §6.3). */
const KEPT_BY_ALL = ['M1', 'M2', 'Z1', 'D1', 'D2', 'B1', 'BL1', 'IN1', 'A1'] as const;

/**
 * What moves with the number and what stays behind (DOMAIN.md §1.4, §1.5, §1.6, §6.3 C1-C12; the seed's
 * opening paragraph, Z1). Kept items first, in the seed's order.
 */
export const CARRY_OVER_ITEMS: readonly CarryOverItem[] = [
  // Kept (C1-C5, C8 is told with C5)
  item('display-name', true, KEPT_BY_ALL),
  item('quality-rating', true, KEPT_BY_ALL),
  // Per business portfolio since Oct 7 2025 (M26)
  item('messaging-limit', true, [...KEPT_BY_ALL, 'M26']),
  item('official-business-account', true, [...KEPT_BY_ALL, 'D3']),
  // The 250 cap is for unverified portfolios (M27)
  item('approved-templates', true, [...KEPT_BY_ALL, 'M3', 'M11', 'M16', 'M27']),
  // C10; M2: not for numbers coming from the On-Premises API (said in the detail)
  item('media-and-message-ids', true, ['M1', 'M2', 'D2', 'D6']),
  // Not kept (C6, C7, C9, C11)
  item('template-quality-ratings', false, ['M1', 'M2', 'D1', 'D2']),
  item('low-quality-or-unapproved-templates', false, ['M1', 'M2', 'D1', 'D2', 'B1']),
  // Z2 says so for any move; Meta states it only for On-Premises sources (M2)
  item('message-history', false, ['Z2', 'M2', 'D1', 'D2', 'B1', 'MC1']),
  // Only 360dialog states it (D1, D2); nothing found that says catalogs move
  item('catalogs', false, ['D1', 'D2']),
  // C12. false: nothing about billing moves. What was delivered before the move stays billed to the old
  // side and the new WABA is billed from the move on, through its own payment method or credit line
  // (M1, M2, M3, Z2). `true` would suggest the old billing arrangement continues after the move.
  item('billing', false, ['M1', 'M2', 'M3', 'B1', 'RA1', 'Z2']),
];

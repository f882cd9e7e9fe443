/** The knowledge's closed sets of words, each declared once; the types derive from these lists. */

/** Who acts in a step; each has an `actor.<id>` text. `provider` is the portal's own system, `provider-support` its people. */
export const ACTORS = ['business', 'current-bsp', 'provider', 'provider-support', 'meta'] as const;
export type Actor = (typeof ACTORS)[number];

export const REQUIREMENT_GROUPS = ['number', 'access', 'meta-rules', 'billing'] as const;
export type RequirementGroup = (typeof REQUIREMENT_GROUPS)[number];

/** Who can help next; each has an `escalation.<id>` text. */
export const ESCALATION_TARGETS = [
  'provider-support',
  'current-bsp',
  'meta-via-provider',
  'meta-direct-support',
] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

/** The support requests a step can prepare; each has `supportRequest.<kind>.subject` and `.body`. */
export const SUPPORT_REQUEST_KINDS = [
  'leave-provider',
  'disable-two-step-verification',
  'current-bsp-two-step-off',
] as const;
export type SupportRequestKind = (typeof SUPPORT_REQUEST_KINDS)[number];

/** Who a request goes to: the provider that embeds the guide (its support), or the business's current BSP. */
export const SUPPORT_REQUEST_RECIPIENT: Readonly<Record<SupportRequestKind, 'provider' | 'current-bsp'>> = {
  'leave-provider': 'provider',
  'disable-two-step-verification': 'provider',
  'current-bsp-two-step-off': 'current-bsp',
};

import { defineScenario, defineStep, defineWait as wait, defineWarning as warning } from './define';
import type { Scenario, Step } from './types';

/** Checked before anything is changed: the seed's requirements and Meta's preconditions. */
const PREPARATION_REQUIREMENTS = [
  'phone-number',
  'receive-verification-code',
  'international-reception',
  'ivr-disabled',
  'provider-admin',
  'meta-business-admin',
  'display-name-approved',
  'not-on-whatsapp-app',
  'not-test-number',
  'not-banned',
] as const;

const checkRequirements: Step = defineStep({
  id: 'check-requirements',
  actors: ['business'],
  prerequisites: [],
  requirements: PREPARATION_REQUIREMENTS,
  warnings: [],
  waits: [],
  sources: ['Z1', 'M1', 'M2', 'M5'],
});

/** "Code delivery may take a few minutes" (M1): no bound is published. */
const codeDelivery = wait('code-delivery', ['M1']);
const sameIdentity = ['same-business-manager', 'same-display-name'] as const;

/** The business confirms a change made by someone else; the confirmation is the requirement. */
const twoStepOffBy = (id: string, actor: 'current-bsp' | 'provider-support', after: string): Step =>
  defineStep({
    id,
    actors: [actor],
    prerequisites: [after],
    requirements: ['two-step-verification-off'],
    warnings: [],
    waits: [wait('until-two-step-off-confirmed', ['Z1'])],
    sources: ['Z1', 'M1', 'M6'],
  });

const verifyNumberWorks = (after: string): Step =>
  defineStep({
    id: 'verify-number-works',
    actors: ['business'],
    prerequisites: [after],
    requirements: [],
    warnings: [],
    waits: [wait('template-duplication', ['M2', 'M1'])],
    optional: true,
    sources: ['M1', 'M2', 'M16', 'D7', 'CW1'],
  });

/** Another BSP -> this provider (seed: 「WhatsAppの電話番号を別のBSPからZendeskへ移転する」). */
const bspToProvider = defineScenario({
  id: 'bsp-to-provider',
  from: 'other-bsp',
  to: 'this-provider',
  sources: ['Z1'],
  steps: [
    checkRequirements,
    twoStepOffBy('current-bsp-disables-two-step', 'current-bsp', 'check-requirements'),
    defineStep({
      id: 'add-whatsapp-channel',
      actors: ['business', 'meta'],
      prerequisites: ['current-bsp-disables-two-step'],
      requirements: sameIdentity,
      warnings: [warning('identity-must-match', 'caution', ['Z1'])],
      waits: [codeDelivery],
      verificationCode: true,
      sources: ['Z1', 'M2'],
    }),
    verifyNumberWorks('add-whatsapp-channel'),
  ],
});

/** This provider -> another BSP (seed: 「WhatsAppの電話番号をZendeskから別のBSPへ移転する」). */
const providerToBsp = defineScenario({
  id: 'provider-to-bsp',
  from: 'this-provider',
  to: 'other-bsp',
  sources: ['Z1'],
  steps: [
    checkRequirements,
    defineStep({
      id: 'request-migration-away',
      actors: ['business'],
      prerequisites: ['check-requirements'],
      requirements: ['phone-number'],
      warnings: [],
      waits: [],
      supportRequest: 'leave-provider',
      sources: ['Z1'],
    }),
    twoStepOffBy('provider-disables-two-step', 'provider-support', 'request-migration-away'),
    defineStep({
      id: 'connect-new-bsp',
      actors: ['business', 'meta'],
      prerequisites: ['provider-disables-two-step'],
      requirements: sameIdentity,
      warnings: [warning('identity-must-match', 'caution', ['Z1', 'M3'])],
      waits: [codeDelivery],
      verificationCode: true,
      sources: ['Z1', 'M2', 'D5'],
    }),
  ],
});

/** Provider-hosted WABA -> self-hosted WABA (seed: 「ZendeskホスティングWABAからセルフホスティングWABAへ移転する」). */
const hostedToSelfHosted = defineScenario({
  id: 'hosted-to-self-hosted',
  from: 'provider-hosted-waba',
  to: 'self-hosted-waba',
  sources: ['Z1'],
  steps: [
    checkRequirements,
    defineStep({
      id: 'request-two-step-off',
      actors: ['business'],
      prerequisites: ['check-requirements'],
      requirements: ['phone-number'],
      warnings: [],
      waits: [],
      supportRequest: 'disable-two-step-verification',
      sources: ['Z1'],
    }),
    twoStepOffBy('provider-disables-two-step', 'provider-support', 'request-two-step-off'),
    defineStep({
      id: 'remove-integration',
      actors: ['business'],
      prerequisites: ['provider-disables-two-step'],
      requirements: [],
      warnings: [warning('number-goes-offline', 'danger', ['Z1'])],
      waits: [],
      requiresConfirmation: true,
      ownConfirmationTexts: true,
      sources: ['Z1'],
    }),
    defineStep({
      id: 'add-whatsapp-channel',
      actors: ['business', 'meta'],
      prerequisites: ['remove-integration'],
      requirements: sameIdentity,
      warnings: [warning('briefly-unavailable', 'caution', ['Z1']), warning('identity-must-match', 'caution', ['Z1'])],
      waits: [codeDelivery],
      verificationCode: true,
      sources: ['Z1', 'M2'],
    }),
    verifyNumberWorks('add-whatsapp-channel'),
  ],
});

/** The seed's three scenarios, in the seed's order. */
export const SCENARIOS: readonly Scenario[] = [bspToProvider, providerToBsp, hostedToSelfHosted];

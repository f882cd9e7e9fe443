import { MINUTE } from '../rules/time';
import { AFTER_MOVE_TASKS } from './after-move';
import {
  defineCarryOverItem as carryOverItem,
  defineScenario,
  defineStep,
  defineWait as wait,
  defineWarning as warning,
} from './define';
import { PLACES } from './places';
import type { Scenario, Step } from './types';

/**
 * "Before you start": what makes the number eligible at all, checked before anything is changed (Z1, M1, M5).
 * The seed's other requirements sit in the step that needs them: see `codeStep`.
 */
const PREPARATION_REQUIREMENTS = [
  'phone-number',
  'display-name-approved',
  'not-on-whatsapp-app',
  'not-test-number',
  'not-banned',
] as const;

/** Where Meta sends the code: the number must receive it (Z1, M5) and an admin must act (Z1, D3, BL1). */
const CODE_STEP_REQUIREMENTS = [
  'receive-verification-code',
  'international-reception',
  'ivr-disabled',
  'provider-admin',
  'meta-business-admin',
] as const;

/** Where a person adds the channel: the provider's admin centre and its setup article. */
const PROVIDER_PLACES = [PLACES.providerAdminCentre, PLACES.providerSetupGuide];

/** The step in which Meta sends the verification code, with the requirements of receiving it first. */
const codeStep = (input: Parameters<typeof defineStep>[0]): Step =>
  defineStep({
    places: PROVIDER_PLACES,
    terms: ['business-manager', 'waba', 'verification-code', 'display-name'],
    ...input,
    requirements: [...CODE_STEP_REQUIREMENTS, ...(input.requirements ?? [])],
    verificationCode: true,
  });

/** The first step of every path: its requirements, checked before anything is changed. */
const checkRequirementsOf = (requirements: readonly string[], sources: Step['sources']): Step =>
  defineStep({ id: 'check-requirements', requirements, sources });

const checkRequirements: Step = checkRequirementsOf(PREPARATION_REQUIREMENTS, ['Z1', 'M1', 'M2', 'M5']);

/** "Code delivery may take a few minutes" (M1): no bound is published. */
const codeDelivery = wait('code-delivery', ['M1']);
const sameIdentity = ['same-business-manager', 'same-display-name'] as const;

/**
 * The business confirms a change made by someone else; the confirmation is the requirement. Asking the
 * current BSP comes with a request the business can send it (Z1).
 */
const twoStepOffBy = (id: string, actors: Step['actors'], after: string): Step =>
  defineStep({
    id,
    actors,
    // Another BSP's WABA may still be the business's own: then it need not wait for anyone (M5, M6).
    ...(actors.includes('current-bsp')
      ? { supportRequest: 'current-bsp-two-step-off' as const, places: [PLACES.twoStepVerificationSetting] }
      : {}),
    terms: ['bsp', 'two-step-verification-pin'],
    prerequisites: [after],
    requirements: ['two-step-verification-off'],
    warnings: [],
    waits: [wait('until-two-step-off-confirmed', ['Z1'])],
    sources: ['Z1', 'M1', 'M6'],
  });

/** The last check; templates are copied only where the number moves to another WABA (M1, M2, M11). */
const verifyNumberWorks = (after: string, { copiesTemplates = true } = {}): Step =>
  defineStep({
    id: 'verify-number-works',
    actors: ['business'],
    prerequisites: [after],
    requirements: [],
    warnings: [],
    waits: copiesTemplates ? [wait('template-duplication', ['M2', 'M1'])] : [],
    optional: true,
    sources: ['M1', 'M2', 'M16', 'D7', 'CW1'],
  });

/** The after-move tasks by id: a path that keeps its WABA or has no old one lists only what applies. */
const afterMove = (...ids: string[]) => AFTER_MOVE_TASKS.filter((task) => ids.includes(task.id));

/** Another BSP -> this provider (seed: 「WhatsAppの電話番号を別のBSPからZendeskへ移転する」). */
const bspToProvider = defineScenario({
  id: 'bsp-to-provider',
  troubleshooting: [
    'too-many-code-requests',
    'e2388001-two-step-verification-on',
    'display-name-mismatch',
    'e2388103-different-business-manager',
    'e2388103-display-name-not-approved',
    'ivr-blocks-verification-call',
    'banned-by-meta',
  ],
  from: 'other-bsp',
  to: 'this-provider',
  question: 'same-portfolio',
  sources: ['Z1'],
  steps: [
    checkRequirements,
    twoStepOffBy('current-bsp-disables-two-step', ['business', 'current-bsp'], 'check-requirements'),
    codeStep({
      id: 'add-whatsapp-channel',
      actors: ['business', 'meta'],
      prerequisites: ['current-bsp-disables-two-step'],
      requirements: sameIdentity,
      warnings: [warning('identity-must-match', 'caution', ['Z1'])],
      waits: [codeDelivery],
      sources: ['Z1', 'M2'],
    }),
    verifyNumberWorks('add-whatsapp-channel'),
  ],
});

/** This provider -> another BSP (seed: 「WhatsAppの電話番号をZendeskから別のBSPへ移転する」). */
const providerToBsp = defineScenario({
  id: 'provider-to-bsp',
  troubleshooting: [
    'e2388001-two-step-verification-on',
    'too-many-code-requests',
    'e2388103-different-business-manager',
    'e2388103-display-name-not-approved',
  ],
  from: 'this-provider',
  to: 'other-bsp',
  sources: ['Z1'],
  steps: [
    checkRequirements,
    defineStep({
      id: 'request-migration-away',
      terms: ['bsp'],
      actors: ['business'],
      prerequisites: ['check-requirements'],
      requirements: ['phone-number'],
      warnings: [],
      waits: [],
      supportRequest: 'leave-provider',
      sources: ['Z1'],
    }),
    twoStepOffBy('provider-disables-two-step', ['provider-support'], 'request-migration-away'),
    codeStep({
      id: 'connect-new-bsp',
      places: [],
      actors: ['business', 'meta'],
      prerequisites: ['provider-disables-two-step'],
      // The seed states the typed identity rule only for the move in (Z1); Meta's rule holds here (M3).
      warnings: [warning('same-business', 'caution', ['M3'])],
      waits: [codeDelivery],
      sources: ['Z1', 'M2', 'D5'],
    }),
  ],
});

/** Provider-hosted WABA -> self-hosted WABA (seed: 「ZendeskホスティングWABAからセルフホスティングWABAへ移転する」). */
const hostedToSelfHosted = defineScenario({
  id: 'hosted-to-self-hosted',
  troubleshooting: [
    'e2388001-two-step-verification-on',
    'too-many-code-requests',
    'e2388012-number-already-added',
    'e2388103-display-name-not-approved',
  ],
  from: 'provider-hosted-waba',
  to: 'self-hosted-waba',
  sources: ['Z1'],
  steps: [
    checkRequirements,
    defineStep({
      id: 'request-two-step-off',
      terms: ['waba', 'provider-hosted-waba', 'self-hosted-waba', 'two-step-verification-pin'],
      actors: ['business'],
      prerequisites: ['check-requirements'],
      requirements: ['phone-number'],
      warnings: [],
      waits: [],
      supportRequest: 'disable-two-step-verification',
      sources: ['Z1'],
    }),
    twoStepOffBy('provider-disables-two-step', ['provider-support'], 'request-two-step-off'),
    defineStep({
      id: 'remove-integration',
      places: [PLACES.providerAdminCentre],
      actors: ['business'],
      prerequisites: ['provider-disables-two-step'],
      requirements: [],
      warnings: [warning('number-goes-offline', 'danger', ['Z1'])],
      waits: [],
      requiresConfirmation: true,
      ownConfirmationTexts: true,
      sources: ['Z1'],
    }),
    codeStep({
      id: 'add-whatsapp-channel',
      actors: ['business', 'meta'],
      prerequisites: ['remove-integration'],
      // Z1's "may be briefly unavailable" is in the path's description: said before the path starts.
      waits: [codeDelivery],
      sources: ['Z1', 'M2'],
    }),
    verifyNumberWorks('add-whatsapp-channel'),
  ],
});

// --- Meta's other paths (DOMAIN.md §1.1, §8.3) ---

/** Leaving a provider also means its bill: settle it first (D5, K1), end the subscription after (D5). */
const endOldSubscription = (after: string): Step =>
  defineStep({
    id: 'end-old-subscription',
    actors: ['business', 'current-bsp'],
    prerequisites: [after],
    sources: ['D5', 'M1', 'M2'],
  });

const LEAVING_REQUIREMENTS = [
  ...PREPARATION_REQUIREMENTS,
  'business-verified',
  'old-provider-invoices-settled',
] as const;

/** Business app -> API, keeping the app (coexistence): the owner confirms in the app (M28, TX1, GS3, M30, D8). */
const appCoexistence = defineScenario({
  id: 'app-coexistence',
  afterMove: afterMove('test-messages'),
  troubleshooting: ['phone-number-limit-reached', 'banned-by-meta'],
  from: 'whatsapp-business-app',
  to: 'this-provider',
  question: 'keep-app',
  sources: ['M28', 'TX1', 'GS3', 'M30', 'D8', 'M9'],
  carryOver: [
    carryOverItem('app-keeps-working', true, ['M28', 'TX1']),
    carryOverItem('chat-history-shared', true, ['M28']),
    carryOverItem('one-portfolio-only', false, ['D8']),
  ],
  steps: [
    checkRequirementsOf(
      [
        'phone-number',
        'business-app-version',
        'app-payment-methods-removed',
        'provider-admin',
        'meta-business-admin',
        'not-banned',
      ],
      ['M28', 'TX1', 'GS3', 'Z1'],
    ),
    defineStep({
      id: 'connect-business-app',
      terms: ['business-manager', 'embedded-signup'],
      places: PROVIDER_PLACES,
      actors: ['business', 'meta'],
      prerequisites: ['check-requirements'],
      warnings: [
        warning('coexistence-throughput', 'caution', ['M30']),
        warning('coexistence-one-portfolio', 'caution', ['D8']),
      ],
      sources: ['M28', 'M9', 'TX1'],
    }),
    verifyNumberWorks('connect-business-app', { copiesTemplates: false }),
  ],
});

/** Business app -> API as a full move: the app account is deleted and its chats with it (M14, M10, M5). */
const appFullMove = defineScenario({
  id: 'app-full-move',
  afterMove: afterMove('two-step-verification-on', 'test-messages'),
  troubleshooting: [
    'number-on-whatsapp-app',
    'too-many-code-requests',
    'ivr-blocks-verification-call',
    'e133015-recently-deleted',
  ],
  from: 'whatsapp-business-app',
  to: 'this-provider',
  question: 'keep-app',
  sources: ['M14', 'M10', 'M5'],
  carryOver: [carryOverItem('same-number', true, ['M14']), carryOverItem('app-chats', false, ['M14'])],
  steps: [
    checkRequirementsOf(
      // An app number has no WABA yet: Meta's WABA-to-WABA conditions (display name approved) do not apply.
      PREPARATION_REQUIREMENTS.filter((id) => id !== 'not-on-whatsapp-app' && id !== 'display-name-approved'),
      ['M14', 'M5', 'Z1'],
    ),
    defineStep({
      id: 'delete-app-account',
      prerequisites: ['check-requirements'],
      warnings: [warning('app-chats-lost', 'danger', ['M14'])],
      waits: [wait('number-released', ['M14', 'M10'], { maxMs: 3 * MINUTE })],
      requiresConfirmation: true,
      ownConfirmationTexts: true,
      sources: ['M14', 'M10', 'M5'],
    }),
    codeStep({
      id: 'add-app-number',
      actors: ['business', 'meta'],
      prerequisites: ['delete-app-account'],
      waits: [codeDelivery],
      sources: ['M14', 'M9', 'Z1'],
    }),
    verifyNumberWorks('add-app-number', { copiesTemplates: false }),
  ],
});

/**
 * Another business portfolio is not a migration: the number is removed and added again, its templates
 * re-created and its display name reviewed again (K4, K1, D8).
 */
const changePortfolio = defineScenario({
  id: 'change-portfolio',
  afterMove: afterMove('update-ids', 'test-messages'),
  troubleshooting: [
    'e133015-recently-deleted',
    'phone-number-limit-reached',
    'too-many-code-requests',
    'e2388012-number-already-added',
    'e131037-display-name-approval-needed',
  ],
  from: 'other-bsp',
  to: 'this-provider',
  question: 'same-portfolio',
  sources: ['K4', 'K1', 'D8', 'M20'],
  // Not a migration: nothing is promised to move but the number itself (K4).
  carryOver: [
    carryOverItem('same-number', true, ['K4']),
    carryOverItem('templates-recreated', false, ['K4']),
    carryOverItem('display-name-reviewed-again', false, ['K4', 'M20']),
    carryOverItem('messaging-limit-new-portfolio', false, ['M26']),
  ],
  steps: [
    checkRequirementsOf(
      [...PREPARATION_REQUIREMENTS.filter((id) => id !== 'display-name-approved'), 'old-provider-invoices-settled'],
      ['K4', 'K1', 'Z1', 'M5'],
    ),
    defineStep({ id: 'note-templates', prerequisites: ['check-requirements'], sources: ['K4', 'M16'] }),
    defineStep({
      id: 'remove-number-from-old-waba',
      actors: ['business', 'current-bsp'],
      prerequisites: ['note-templates'],
      warnings: [warning('number-stops-sending', 'danger', ['K4'])],
      waits: [wait('after-removal', ['K4'], { minMs: 5 * MINUTE })],
      requiresConfirmation: true,
      ownConfirmationTexts: true,
      sources: ['K4', 'K1'],
    }),
    codeStep({
      id: 'connect-in-new-portfolio',
      actors: ['business', 'meta'],
      prerequisites: ['remove-number-from-old-waba'],
      waits: [codeDelivery],
      sources: ['K4', 'M2', 'M9'],
    }),
    defineStep({
      id: 'recreate-templates',
      prerequisites: ['connect-in-new-portfolio'],
      waits: [wait('template-review', ['K4'])],
      sources: ['K4', 'M20'],
    }),
    endOldSubscription('recreate-templates'),
  ],
});

/**
 * Another provider -> this provider through this provider's Embedded Signup (M2, M9): the same move as the
 * seed's, written for a portal whose setup is Meta's sign-up window; a profile offers it with `paths`.
 */
const embeddedSignupMigration = defineScenario({
  id: 'embedded-signup-migration',
  troubleshooting: [
    'e2388001-two-step-verification-on',
    'too-many-code-requests',
    'e2388012-number-already-added',
    'e2388103-display-name-not-approved',
    'e2388103-different-business-manager',
    'e2388103-no-payment-account',
    'e2388103-webhooks-not-set-up',
    'e2388019-template-limit',
  ],
  from: 'other-bsp',
  to: 'this-provider',
  question: 'same-portfolio',
  replaces: 'bsp-to-provider',
  sources: ['M2', 'M9', 'M1', 'D5'],
  steps: [
    checkRequirementsOf(LEAVING_REQUIREMENTS, ['M2', 'M1', 'Z1', 'D5']),
    twoStepOffBy('current-bsp-disables-two-step', ['business', 'current-bsp'], 'check-requirements'),
    codeStep({
      id: 'run-embedded-signup',
      actors: ['business', 'meta'],
      prerequisites: ['current-bsp-disables-two-step'],
      requirements: ['same-display-name'],
      warnings: [warning('same-business', 'caution', ['M3'])],
      waits: [codeDelivery],
      sources: ['M2', 'M9', 'BR1'],
    }),
    defineStep({
      id: 'provider-completes-setup',
      actors: ['provider'],
      prerequisites: ['run-embedded-signup'],
      sources: ['M2', 'M1'],
    }),
    verifyNumberWorks('provider-completes-setup'),
    endOldSubscription('verify-number-works'),
  ],
});

/**
 * The programmatic migration the portal runs through the API (M1, DOMAIN.md §8.4): for a portal that owns
 * the destination WABA. Its live half (the calls themselves) belongs to live mode.
 */
const programmaticMigration = defineScenario({
  id: 'programmatic-migration',
  troubleshooting: [
    // DOMAIN §8.4, in the order of the calls
    'e2388001-two-step-verification-on',
    'e2388012-number-already-added',
    'e200000-cannot-add-number',
    'e136024-request-code-error',
    'e136025-code-not-accepted',
    'e133005-pin-mismatch',
    'e131009-invalid-pin-format',
    'e133015-recently-deleted',
    'e133016-registration-limit',
    'e131000-something-went-wrong',
    'e190-access-token-invalid',
    'e4-rate-limit',
  ],
  from: 'other-bsp',
  to: 'this-provider',
  question: 'same-portfolio',
  replaces: 'bsp-to-provider',
  sources: ['M1', 'M4', 'M22', 'M23', 'M24', 'M25'],
  steps: [
    checkRequirementsOf([...LEAVING_REQUIREMENTS, 'destination-waba-ready'], ['M1', 'Z1', 'D5']),
    twoStepOffBy('current-bsp-disables-two-step', ['business', 'current-bsp'], 'check-requirements'),
    defineStep({
      id: 'provider-starts-migration',
      actors: ['provider', 'meta'],
      prerequisites: ['current-bsp-disables-two-step'],
      sources: ['M1', 'M22'],
    }),
    codeStep({
      id: 'enter-verification-code',
      actors: ['business', 'meta'],
      prerequisites: ['provider-starts-migration'],
      waits: [codeDelivery],
      sources: ['M1', 'M23', 'M24', 'M8'],
    }),
    defineStep({
      id: 'provider-registers-number',
      actors: ['provider', 'meta'],
      prerequisites: ['enter-verification-code'],
      sources: ['M1', 'M4', 'M25'],
    }),
    verifyNumberWorks('provider-registers-number'),
    endOldSubscription('verify-number-works'),
  ],
});

/**
 * The WABA itself changes partner (M13): the number is not re-verified, but messaging stops until the 1st
 * of the month after the new partner shares its credit line.
 */
const wabaReshare = defineScenario({
  id: 'waba-reshare',
  afterMove: afterMove('test-messages'),
  troubleshooting: ['e131042-payment-issue', 'e2388103-no-payment-account'],
  from: 'other-bsp',
  to: 'this-provider',
  question: 'same-portfolio',
  sources: ['M13'],
  carryOver: [carryOverItem('same-waba', true, ['M13']), carryOverItem('reshare-messaging-pause', false, ['M13'])],
  steps: [
    checkRequirementsOf(
      [
        'owns-waba',
        'meta-business-admin',
        'provider-admin',
        'credit-line-currency-matches',
        'old-provider-invoices-settled',
        'not-banned',
      ],
      ['M13', 'D5', 'Z1'],
    ),
    defineStep({
      id: 'reshare-waba',
      terms: ['business-manager', 'waba', 'embedded-signup'],
      places: [PLACES.metaBusinessManager, PLACES.providerAdminCentre],
      actors: ['business', 'meta'],
      prerequisites: ['check-requirements'],
      warnings: [warning('reshare-blackout', 'danger', ['M13']), warning('credit-line-dates', 'caution', ['M13'])],
      requiresConfirmation: true,
      ownConfirmationTexts: true,
      sources: ['M13', 'M9'],
    }),
    defineStep({
      id: 'provider-shares-credit-line',
      actors: ['provider'],
      prerequisites: ['reshare-waba'],
      waits: [wait('until-next-month', ['M13'])],
      sources: ['M13'],
    }),
    verifyNumberWorks('provider-shares-credit-line', { copiesTemplates: false }),
    endOldSubscription('verify-number-works'),
  ],
});

/** Off a Multi-Partner Solution (M11, M12, K3): the owner accepts a request; no re-verification, no downtime. */
const mpsMigration = defineScenario({
  id: 'mps-migration',
  troubleshooting: ['e2388103-messaging-for-not-approved', 'e131042-payment-issue'],
  from: 'multi-partner-solution',
  to: 'this-provider',
  sources: ['M11', 'M12', 'K3'],
  steps: [
    checkRequirementsOf(
      ['meta-business-admin', 'provider-admin', 'old-provider-invoices-settled'],
      ['M11', 'M12', 'D5'],
    ),
    defineStep({
      id: 'provider-requests-migration',
      actors: ['provider'],
      prerequisites: ['check-requirements'],
      sources: ['M11', 'M12', 'K3'],
    }),
    defineStep({
      id: 'accept-migration-request',
      terms: ['business-manager', 'waba'],
      places: [PLACES.metaBusinessManager],
      prerequisites: ['provider-requests-migration'],
      sources: ['M11', 'M12', 'K3'],
    }),
    verifyNumberWorks('accept-migration-request'),
    endOldSubscription('verify-number-works'),
  ],
});

/**
 * Every path: the seed's three first, in the seed's order, then Meta's others. A path with `replaces` is
 * offered only by a profile that names it (`ProviderProfile.paths`).
 */
export const SCENARIOS: readonly Scenario[] = [
  bspToProvider,
  providerToBsp,
  hostedToSelfHosted,
  wabaReshare,
  changePortfolio,
  appCoexistence,
  appFullMove,
  mpsMigration,
  embeddedSignupMigration,
  programmaticMigration,
];

import { HOUR, MINUTE } from '../rules/time';
import { defineTroubleshootingEntry, type TroubleshootingEntryInput } from './define';
import type { TroubleshootingEntry } from './types';

export const TOO_MANY_CODE_REQUESTS_ENTRY_ID = 'too-many-code-requests';
export const REGISTRATION_LIMIT_ENTRY_ID = 'e133016-registration-limit';
export const UNKNOWN_ERROR_ENTRY_ID = 'unknown-error';

const entry = (id: string, options: Omit<TroubleshootingEntryInput, 'id'>): TroubleshootingEntry =>
  defineTroubleshootingEntry({ id, ...options });

/** Every code from `first` to `last`, both included: Meta's "200-299" permission codes (M3). */
const codeRange = (first: number, last: number): number[] =>
  Array.from({ length: last - first + 1 }, (_, i) => first + i);

/**
 * Opened for an error code no entry knows. The code is kept and shown: its title interpolates `{{code}}`.
 * Meta advises acting on the code and the error's `details`, not its title (M3).
 */
export const UNKNOWN_ERROR_ENTRY: TroubleshootingEntry = entry(UNKNOWN_ERROR_ENTRY_ID, {
  actions: ['note-error', 'check-requirements', 'retry-later'],
  escalation: 'provider-support',
  sources: ['M3'],
});

/**
 * The seed's troubleshooting cases (Z1), the cases of DOMAIN.md §6.5 and the Meta and provider error codes
 * of §5 and §8.1 that a migration can meet, each code with an entry of its own. A code with several causes
 * has one entry per cause (2388001, 2388103, 131031), listed with the most likely cause in a migration
 * first: a panel that opens a code shows them in this order.
 */
export const TROUBLESHOOTING_ENTRIES: readonly TroubleshootingEntry[] = [
  // --- Cases without an error code (seed, Embedded Signup screens) ---
  // Seed: at most 3 code requests, then wait about 8 h (Z1); Meta's ES text says about 12 h (M10).
  entry(TOO_MANY_CODE_REQUESTS_ENTRY_ID, {
    // The portal's server counts requests from every tab and device of the business too.
    serverCodes: ['code-limit-reached'],
    actions: ['wait-for-delivery', 'limit-requests', 'retry-after-wait', 'check-requirements'],
    wait: { policy: 'verification-code' },
    escalation: 'provider-support',
    relatedRequirements: ['receive-verification-code', 'international-reception', 'ivr-disabled'],
    sources: ['Z1', 'M10', 'M7', 'M1'],
  }),
  entry('banned-by-meta', {
    actions: ['find-reason', 'appeal', 'wait-for-decision'],
    escalation: 'meta-via-provider',
    relatedRequirements: ['not-banned'],
    sources: ['Z1', 'M5', 'M10'],
  }),
  // Seed: the same Business Manager ID and display name as at the current BSP, or the migration fails.
  entry('display-name-mismatch', {
    actions: ['find-current-name', 'enter-same-name', 'use-same-business-manager', 'change-later'],
    escalation: 'current-bsp',
    relatedRequirements: ['same-display-name'],
    sources: ['Z1', 'BR1', 'M2', 'M3'],
  }),
  entry('number-on-whatsapp-app', {
    actions: ['check-app', 'delete-account', 'retry'],
    wait: { durationMs: 3 * MINUTE },
    relatedRequirements: ['not-on-whatsapp-app'],
    escalation: 'provider-support',
    sources: ['M14', 'M10', 'M5'],
  }),
  entry('ivr-blocks-verification-call', {
    actions: ['turn-off-ivr', 'route-to-person', 'allow-callers', 'accept-international'],
    escalation: 'meta-via-provider',
    relatedRequirements: ['ivr-disabled', 'international-reception', 'receive-verification-code'],
    sources: ['M5', 'Z1', 'T1', 'W2'],
  }),
  entry('phone-number-limit-reached', {
    actions: ['remove-unused', 'verify-business', 'retry'],
    escalation: 'meta-direct-support',
    sources: ['M5', 'M10'],
  }),

  // --- Migration errors (2388xxx) ---
  entry('e2388001-two-step-verification-on', {
    codes: [2388001],
    // Meta's error_user_title for this cause (M3, translated from the PT mirror: DOMAIN §5).
    userTitles: ['Please make sure two-step authentication is disabled'],
    actions: ['ask-current-bsp', 'turn-off-yourself', 'confirm-email', 'retry'],
    escalation: 'current-bsp',
    relatedRequirements: ['two-step-verification-off'],
    sources: ['M3', 'M1', 'M5', 'M6', 'Z1', 'D5'],
  }),
  entry('e2388001-confirm-ownership', {
    codes: [2388001],
    // Meta's error_user_title for this cause (M3, translated from the PT mirror: DOMAIN §5).
    userTitles: ['Please confirm ownership of the phone number'],
    actions: ['request-code', 'enter-code', 'continue'],
    relatedRequirements: ['receive-verification-code'],
    escalation: 'provider-support',
    sources: ['M3', 'M1', 'M7'],
  }),
  entry('e2388012-number-already-added', {
    codes: [2388012],
    // The portal's server found the number already in the destination, moved there by no one it knows of.
    serverCodes: ['already-in-account'],
    actions: ['check-number', 'select-existing'],
    escalation: 'provider-support',
    sources: ['M3', 'M10'],
  }),
  entry('e2388091-not-being-migrated', {
    codes: [2388091, 2388093],
    actions: ['check-number', 'add-normally'],
    escalation: 'provider-support',
    sources: ['M3'],
  }),
  // 2388103 has nine causes: the seed's identity rule first, Meta's generic error last.
  entry('e2388103-different-business-manager', {
    codes: [2388103],
    // Meta's error_user_title for this cause (M3, DOMAIN §5).
    userTitles: ['This phone number belongs to a different Business Manager account'],
    actions: ['find-current-id', 'restart-with-same-id', 'check-admin'],
    escalation: 'current-bsp',
    relatedRequirements: ['same-business-manager'],
    sources: ['M3', 'Z1', 'B1', 'D2'],
  }),
  entry('e2388103-display-name-not-approved', {
    codes: [2388103],
    // Meta's error_user_title for this cause (M3, DOMAIN §5).
    userTitles: ['Verified name must be present and approved'],
    actions: ['check-status', 'wait-for-review', 'approve-at-current-bsp', 'retry'],
    escalation: 'current-bsp',
    // The seed: a display name that differs from the one at the current BSP makes the move fail (Z1).
    relatedRequirements: ['display-name-approved', 'same-display-name'],
    sources: ['M3', 'M1', 'M2', 'M20', 'BL1', 'T4', 'Z1'],
  }),
  entry('e2388103-no-payment-account', {
    codes: [2388103],
    // Meta's error_user_title for this cause (M3, DOMAIN §5).
    userTitles: ['Your WhatsApp account does not have a payment account'],
    actions: ['check-payment', 'ask-credit-line', 'retry'],
    escalation: 'provider-support',
    sources: ['M3', 'M1', 'M2', 'Z2'],
  }),
  entry('e2388103-messaging-for-not-approved', {
    codes: [2388103],
    // Meta's error_user_title for this cause (M3, DOMAIN §5).
    userTitles: ["Your WhatsApp account's 'Messaging for' request must be approved"],
    actions: ['sign-in-admin', 'accept-request', 'retry'],
    relatedRequirements: ['meta-business-admin'],
    escalation: 'provider-support',
    sources: ['M3', 'M1', 'D3'],
  }),
  entry('e2388103-destination-waba-not-approved', {
    codes: [2388103],
    // Meta's error_user_title for this cause (M3, DOMAIN §5).
    userTitles: ['Your WhatsApp account needs to be approved'],
    actions: ['complete-verification', 'check-review', 'retry'],
    escalation: 'provider-support',
    sources: ['M3', 'M1', 'M2'],
  }),
  entry('e2388103-source-waba-not-set-up', {
    codes: [2388103],
    // Meta's error_user_title for this cause (M3, DOMAIN §5).
    userTitles: ['WhatsApp account the number is registered to is not set up correctly'],
    actions: ['ask-current-bsp', 'obo-transfer', 'retry'],
    escalation: 'current-bsp',
    sources: ['M3', 'M1', 'M18'],
  }),
  entry('e2388103-webhooks-not-set-up', {
    codes: [2388103],
    // Meta's error_user_title for this cause (M3, DOMAIN §5).
    userTitles: ['Unable to migrate phone number'],
    actions: ['subscribe-webhooks', 'ask-destination', 'retry'],
    escalation: 'provider-support',
    sources: ['M3', 'M1', 'M2'],
  }),
  entry('e2388103-add-number-directly', {
    codes: [2388103],
    // Meta's error_user_title for this cause (M3, DOMAIN §5).
    userTitles: ['Add this phone number to your WhatsApp account'],
    actions: ['add-normally', 'verify-code'],
    escalation: 'provider-support',
    sources: ['M3'],
  }),
  entry('e2388103-migration-error', {
    codes: [2388103],
    // Meta's error_user_title for this cause (M3, DOMAIN §5).
    userTitles: ['An error occurred while migrating the phone number'],
    actions: ['retry-later', 'check-requirements'],
    escalation: 'provider-support',
    sources: ['M3'],
  }),
  // Duplicated templates fill the destination WABA only as far as its template limit allows: 250 for an
  // unverified business portfolio, more for a verified one with an approved display name (M27, DOMAIN §8.2).
  entry('e2388019-template-limit', {
    codes: [2388019],
    actions: ['find-missing', 'remove-unused', 'verify-business', 'recreate'],
    escalation: 'provider-support',
    sources: ['M3', 'M27', 'M1', 'B1', 'M16'],
  }),
  // Adding the number to the destination WABA (POST /{waba}/phone_numbers): not eligible, cap, ban (M22, §8.4).
  entry('e200000-cannot-add-number', {
    codes: [200000],
    actions: ['check-eligible', 'check-limit', 'check-ban', 'retry'],
    escalation: 'provider-support',
    relatedRequirements: ['not-on-whatsapp-app', 'not-test-number', 'not-banned'],
    sources: ['M22', 'M5', 'M10', 'M1'],
  }),
  // The retirement of the On-Behalf-Of model (M18): only Meta can act, through support (M3).
  entry('e2593079-waba-tagged-for-other-solution', {
    codes: [2593079],
    actions: ['note-error', 'contact-support', 'retry'],
    escalation: 'meta-via-provider',
    sources: ['M3', 'M18'],
  }),
  entry('e2593085-invalid-waba-for-obo-mobility', {
    codes: [2593085],
    actions: ['check-owner', 'accept-request', 'contact-support'],
    escalation: 'meta-via-provider',
    sources: ['M3', 'M18'],
  }),

  // --- Registration and two-step verification (133xxx) ---
  entry('e133000-incomplete-deregistration', {
    codes: [133000],
    actions: ['deregister-again', 'register', 'mind-limit'],
    escalation: 'provider-support',
    sources: ['M3', 'M4'],
  }),
  entry('e133005-pin-mismatch', {
    codes: [133005],
    actions: ['turn-off-two-step', 'use-current-pin', 'reset-pin', 'avoid-guessing'],
    escalation: 'current-bsp',
    relatedRequirements: ['two-step-verification-off'],
    sources: ['M3', 'M4', 'M5'],
  }),
  entry('e133006-reverification-needed', {
    codes: [133006],
    actions: ['request-code', 'enter-code', 'register-again'],
    relatedRequirements: ['receive-verification-code'],
    escalation: 'provider-support',
    sources: ['M3'],
  }),
  entry('e133008-too-many-pin-guesses', {
    codes: [133008],
    actions: ['stop', 'check-wait', 'find-pin'],
    escalation: 'current-bsp',
    relatedRequirements: ['two-step-verification-off'],
    wait: 'untimed',
    sources: ['M3'],
  }),
  entry('e133009-pin-guessed-too-fast', {
    codes: [133009],
    actions: ['check-details', 'retry-once'],
    escalation: 'provider-support',
    sources: ['M3'],
  }),
  entry('e133010-not-registered', {
    codes: [133010],
    actions: ['finish-registration', 'retry'],
    escalation: 'provider-support',
    sources: ['M3', 'M1', 'M4'],
  }),
  entry('e133015-recently-deleted', {
    codes: [133015],
    actions: ['dont-retry-now', 'retry-after-wait'],
    wait: { durationMs: 5 * MINUTE },
    escalation: 'provider-support',
    sources: ['M3'],
  }),
  // Meta: 10 register (or deregister) calls per number in a moving 72-hour window; over it, 72 h blocked (M4).
  entry(REGISTRATION_LIMIT_ENTRY_ID, {
    codes: [133016],
    serverCodes: ['registration-limit-reached'],
    actions: ['stop', 'prepare', 'retry-once'],
    wait: { durationMs: 72 * HOUR },
    escalation: 'provider-support',
    sources: ['M3', 'M4'],
  }),
  entry('e136024-request-code-error', {
    codes: [136024],
    actions: ['read-details', 'check-number', 'try-other-method', 'wait-before-retry'],
    escalation: 'provider-support',
    relatedRequirements: ['receive-verification-code', 'international-reception'],
    wait: 'untimed',
    sources: ['M7', 'M3', 'M5', 'Z1'],
  }),
  // verify_code: a code is valid about 10 minutes and once; after repeated failures, a new one (M24, M8).
  entry('e136025-code-not-accepted', {
    codes: [136025],
    actions: ['check-code', 'dont-guess', 'request-new', 'enter-new'],
    escalation: 'provider-support',
    sources: ['M24', 'M8', 'Z1'],
  }),
  // register: the PIN is exactly 6 digits (M25); it is the current two-step PIN, or becomes it (M4).
  entry('e131009-invalid-pin-format', {
    codes: [131009],
    actions: ['check-pin', 'know-pin', 'retry-once'],
    escalation: 'provider-support',
    sources: ['M25', 'M4'],
  }),
  // register: an unknown error; retry with back-off (M25), minding the 72-hour limit (M4).
  entry('e131000-something-went-wrong', {
    codes: [131000],
    actions: ['wait', 'retry-once', 'mind-limit'],
    wait: 'untimed',
    escalation: 'provider-support',
    sources: ['M25', 'M4'],
  }),
  entry('e133004-server-unavailable', {
    codes: [133004],
    actions: ['check-status', 'wait', 'retry'],
    wait: 'untimed',
    escalation: 'provider-support',
    sources: ['M3'],
  }),

  // --- Account state (131xxx, 368, 2494100) ---
  entry('e131031-request-not-verified', {
    codes: [131031],
    actions: ['check-pin', 'turn-off-two-step', 'retry'],
    escalation: 'current-bsp',
    relatedRequirements: ['two-step-verification-off'],
    sources: ['M3'],
  }),
  // 131031 and 368 both mean a WABA restricted or disabled for policy violations (M3, DOMAIN.md §1.16).
  entry('e131031-account-locked', {
    codes: [131031, 368],
    actions: ['find-reason', 'appeal', 'pause-migration'],
    escalation: 'meta-via-provider',
    relatedRequirements: ['not-banned'],
    sources: ['M3', 'M5', 'M10', 'Z1'],
  }),
  entry('e131042-payment-issue', {
    codes: [131042],
    actions: ['check-payment', 'check-credit-line', 'accept-request', 'retry'],
    escalation: 'provider-support',
    sources: ['M3', 'M13', 'M2'],
  }),
  entry('e2494100-maintenance-mode', {
    codes: [2494100],
    actions: ['wait', 'retry'],
    escalation: 'provider-support',
    wait: 'untimed',
    sources: ['M3'],
  }),
  // Sending fails because the number's registration is wrong: register it, then send again (M3, M4).
  entry('e131045-incorrect-certificate', {
    codes: [131045],
    actions: ['register', 'mind-limit', 'retry'],
    escalation: 'provider-support',
    sources: ['M3', 'M4'],
  }),
  entry('e131037-display-name-approval-needed', {
    codes: [131037],
    actions: ['check-status', 'wait-for-review', 'change-name', 'retry'],
    escalation: 'provider-support',
    sources: ['M3', 'M20'],
  }),

  // --- The request itself and the portal's access to Meta (M3) ---
  // Code 100 alone, and the entry an unknown subcode under 100 (a 2388xxx no entry knows) falls back to.
  entry('e100-invalid-parameter', {
    codes: [100],
    actions: ['read-details', 'check-number', 'note-error', 'retry'],
    escalation: 'provider-support',
    sources: ['M3', 'M22', 'M23', 'M24', 'M25'],
  }),
  entry('e33-number-deleted', {
    codes: [33],
    actions: ['check-number', 'add-again', 'retry'],
    escalation: 'provider-support',
    sources: ['M3'],
  }),
  // The token and the app's permissions are the portal's configuration: the business cannot fix them (§8.4).
  entry('e190-access-token-invalid', {
    codes: [0, 190],
    actions: ['dont-retry', 'contact-support', 'retry-later'],
    escalation: 'provider-support',
    sources: ['M3'],
  }),
  entry('e10-permission-missing', {
    codes: [10, ...codeRange(200, 299)],
    actions: ['dont-retry', 'contact-support', 'retry-later'],
    escalation: 'provider-support',
    sources: ['M3', 'M1'],
  }),
  // App (4) and WABA (80007) rate limits: back off (M3); Graph rate limits apply to a migration (M1).
  entry('e4-rate-limit', {
    codes: [4, 80007],
    actions: ['stop', 'wait', 'retry-once'],
    wait: 'untimed',
    escalation: 'provider-support',
    sources: ['M3', 'M1'],
  }),

  // --- Refusals of the portal's own server (@wamigrate/server), read as `portal:<code>`: nothing reached Meta ---
  // Its record of who started the move is gone (a restart, an expiry). Starting again is safe: a number
  // already in the destination answers 2388012 and its id is reused (§8.4 step 1; M1, M3).
  entry('portal-move-not-started', {
    serverCodes: ['not-started'],
    actions: ['start-again', 'codes-still-count'],
    escalation: 'provider-support',
    sources: ['M1', 'M3'],
  }),
  // Signed out, or signed in as someone other than who started the move: only they may go on (§8.4: the
  // calls are the business's, made with the portal's token).
  entry('portal-not-allowed', {
    serverCodes: ['unauthorized', 'forbidden', 'not-owner', 'cross-origin'],
    actions: ['sign-in-again', 'same-account'],
    escalation: 'provider-support',
    sources: ['M1'],
  }),
  // The limits could not be checked, so nothing was sent: Meta's limits are counted before each call (§8.4).
  entry('portal-limits-unavailable', {
    serverCodes: ['store-unavailable'],
    actions: ['nothing-sent', 'retry-later'],
    escalation: 'provider-support',
    sources: ['M1', 'M4'],
  }),
  // Starting again and again in a short while: the portal protects the rate limits it shares (4, 80007; M3).
  entry('portal-start-limit', {
    serverCodes: ['start-limit-reached'],
    actions: ['wait', 'retry-once'],
    escalation: 'provider-support',
    sources: ['M3'],
  }),
  entry('portal-server-error', {
    serverCodes: ['internal', 'bad-request', 'code-malformed', 'too-large', 'not-found', 'method-not-allowed'],
    actions: ['check-status', 'retry-later'],
    escalation: 'provider-support',
    sources: ['M1'],
  }),

  // --- Twilio's codes, reported as bare codes ---
  entry('e63059-number-moved-to-other-waba', {
    codes: [63059],
    actions: ['find-new-id', 'update-everywhere', 'retry'],
    escalation: 'provider-support',
    sources: ['T3'],
  }),
  // One display-name change in flight per number (HTTP 409, T4); a pending change also blocks a migration (M3).
  entry('e63128-name-change-in-progress', {
    codes: [63128],
    actions: ['dont-resubmit', 'wait-for-review', 'submit-after'],
    wait: 'untimed',
    escalation: 'provider-support',
    sources: ['T4', 'M3', 'M20'],
  }),
];

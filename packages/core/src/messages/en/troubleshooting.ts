import type { MessageTree } from '../types';

/** Each entry's title and symptom, which the panel lists and a search reads; the rest is in troubleshooting-details. */
export const troubleshooting = {
  troubleshooting: {
    'too-many-code-requests': {
      title: 'You requested the verification code too many times',
      symptom: "The verification code doesn't arrive, even after several requests",
    },
    'banned-by-meta': {
      title: 'Your number or account is blocked by Meta',
      symptom: 'Meta says your phone number, WhatsApp Business account or Business Manager is blocked or banned',
    },
    'display-name-mismatch': {
      title: "The display name doesn't match",
      symptom: 'The migration fails after you enter your display name',
    },
    'number-on-whatsapp-app': {
      title: 'The number is registered to a WhatsApp account',
      symptom: "You're told the number is already registered to a WhatsApp account",
    },
    'ivr-blocks-verification-call': {
      title: "The verification call can't reach you",
      symptom: 'You chose a voice call, but nobody receives the verification call',
    },
    'phone-number-limit-reached': {
      title: 'Your business has reached its phone number limit',
      symptom: "You're told you've reached the maximum number of phone numbers for your business account",
    },
    'e2388001-confirm-ownership': {
      title: 'Confirm that you own the phone number',
      symptom: 'Meta asks you to confirm that you own the phone number',
    },
    'e2388001-two-step-verification-on': {
      title: 'Two-step verification is still on',
      symptom: 'Meta asks you to make sure two-step verification is turned off',
    },
    'e2388012-number-already-added': {
      title: 'The number is already in your phone number list',
      symptom: "You're told the number already exists in your phone number list",
    },
    'e2388091-not-being-migrated': {
      title: "This number isn't being migrated",
      symptom: "You're told the number can't receive or verify a code because it isn't being migrated",
    },
    'e2388103-webhooks-not-set-up': {
      title: "Webhooks aren't set up on the new WABA",
      symptom: "The migration fails, and Meta says the phone number can't be migrated",
    },
    'e2388103-add-number-directly': {
      title: 'This number can be added directly',
      symptom: "You're told to add this phone number to your WhatsApp account",
    },
    'e2388103-display-name-not-approved': {
      title: "The display name isn't approved",
      symptom: "You're told the number needs an approved display name",
    },
    'e2388103-source-waba-not-set-up': {
      title: "The number's current WABA isn't set up correctly",
      symptom: "You're told the WhatsApp account the number is registered to isn't set up correctly",
    },
    'e2388103-no-payment-account': {
      title: 'The new WABA has no payment method',
      symptom: "You're told your WhatsApp account doesn't have a payment account",
    },
    'e2388103-migration-error': {
      title: 'An error occurred while migrating the number',
      symptom: "The migration fails with a general error that doesn't say why",
    },
    'e2388103-different-business-manager': {
      title: 'The number belongs to a different Business Manager',
      symptom: "You're told the number belongs to a different Business Manager account",
    },
    'e2388103-destination-waba-not-approved': {
      title: "The new WABA isn't approved yet",
      symptom: "You're told your WhatsApp account needs to be approved",
    },
    'e2388103-messaging-for-not-approved': {
      title: 'The "Messaging for" request isn\'t accepted',
      symptom: 'You\'re told the "Messaging for" request for your WhatsApp account must be approved',
    },
    'e2388019-template-limit': {
      title: 'The new WABA has reached its template limit',
      symptom: 'Some message templates are missing after the migration',
    },
    'e200000-cannot-add-number': {
      title: "The number can't be added to the WABA",
      symptom: "You're told the phone number can't be added to the WhatsApp Business account",
    },
    'e2593079-waba-tagged-for-other-solution': {
      title: 'Your WABA is already set to move to another partner',
      symptom: "You're told the WhatsApp Business account is already tagged for migration to a different solution",
    },
    'e2593085-invalid-waba-for-obo-mobility': {
      title: "The WABA can't be transferred this way",
      symptom: "You're told the WhatsApp Business account isn't valid for OBO mobility",
    },
    'e133000-incomplete-deregistration': {
      title: "The last deregistration didn't finish",
      symptom: 'Registering the number fails with "Incomplete Deregistration"',
    },
    'e133005-pin-mismatch': {
      title: "The two-step verification PIN doesn't match",
      symptom: 'Registration fails with "Two step verification PIN Mismatch"',
    },
    'e133006-reverification-needed': {
      title: 'The number needs to be verified again',
      symptom: 'Registration fails with "Phone number re-verification needed"',
    },
    'e133008-too-many-pin-guesses': {
      title: 'Too many wrong PIN attempts',
      symptom: "You're told there were too many two-step verification PIN guesses",
    },
    'e133009-pin-guessed-too-fast': {
      title: 'PIN attempts were too fast',
      symptom: "You're told the two-step verification PIN was guessed too fast",
    },
    'e133010-not-registered': {
      title: "The number isn't registered",
      symptom: 'You see "Phone number Not Registered"',
    },
    'e133015-recently-deleted': {
      title: 'The number was deleted a moment ago',
      symptom: "You're asked to wait a few minutes before you register the number",
    },
    'e133016-registration-limit': {
      title: 'The registration limit is reached',
      symptom: "You're told the register/deregister rate limit has been exceeded",
    },
    'e136024-request-code-error': {
      title: "The verification code couldn't be requested",
      symptom: 'Requesting the verification code fails with "Request code error"',
    },
    'e136025-code-not-accepted': {
      title: "The verification code wasn't accepted",
      symptom: 'You enter the verification code, and it is refused',
    },
    'e131009-invalid-pin-format': {
      title: "The PIN isn't in the right format",
      symptom: "Registering the number fails because a value isn't valid",
    },
    'e131000-something-went-wrong': {
      title: 'Something went wrong at Meta',
      symptom: 'Registering the number, or another step, fails with "Something went wrong"',
    },
    'e133004-server-unavailable': {
      title: "Meta's service is temporarily unavailable",
      symptom: 'You see "Server Temporarily Unavailable"',
    },
    'e131031-account-locked': {
      title: 'The account is locked or restricted',
      symptom: "You're told the account is locked, or temporarily blocked for policy violations",
    },
    'e131031-request-not-verified': {
      title: "The request data couldn't be verified",
      symptom: "You're told the account is locked right after you enter a two-step verification PIN",
    },
    'e131042-payment-issue': {
      title: "There's a payment problem with the account",
      symptom: 'Messages fail with "Business eligibility payment issue"',
    },
    'e2494100-maintenance-mode': {
      title: 'The account is in maintenance mode',
      symptom: "You're told the account is in maintenance mode",
    },
    'e131045-incorrect-certificate': {
      title: "The number's registration isn't complete",
      symptom: 'Sending fails with "Incorrect certificate"',
    },
    'e131037-display-name-approval-needed': {
      title: 'The display name must be approved before you can send',
      symptom: "Messages aren't sent, and you're told the display name needs approval",
    },
    'e100-invalid-parameter': {
      title: "Meta didn't accept a value in the request",
      symptom: 'You see "Invalid parameter", or an error with code 100',
    },
    'e33-number-deleted': {
      title: 'The phone number was deleted',
      symptom: 'You see "Parameter value is not valid" for the phone number',
    },
    'e190-access-token-invalid': {
      title: "The access to Meta has expired or isn't valid",
      symptom: "You see an error saying an access token has expired or isn't valid",
    },
    'e10-permission-missing': {
      title: 'The setup is missing a permission at Meta',
      symptom: 'You see "Permission denied", or an error about a missing permission',
    },
    'e4-rate-limit': {
      title: 'Too many requests in a short time',
      symptom: "You're told there were too many calls, or that a rate limit was reached",
    },
    'portal-move-not-started': {
      title: "{{provider}}'s server no longer knows this move",
      symptom: 'The guide asks you to start the move of your number again',
    },
    'portal-not-allowed': {
      title: "{{provider}} didn't allow this",
      symptom: "You're told you're not signed in, or not allowed to continue this move",
    },
    'portal-limits-unavailable': {
      title: "{{provider}}'s server couldn't check the limits",
      symptom: "You're told the limits can't be checked right now",
    },
    'portal-start-limit': {
      title: 'The move was started too many times',
      symptom: "You're told the move was started too many times in a short while",
    },
    'portal-server-error': {
      title: "{{provider}}'s server couldn't do this",
      symptom: "You're told the server couldn't process the step",
    },
    'e63059-number-moved-to-other-waba': {
      title: 'The number has moved to a different WABA',
      symptom: 'You see "Phone number migrated to a different WhatsApp Business Account"',
    },
    'e63128-name-change-in-progress': {
      title: 'A display name change is already in progress',
      symptom: "You're told a display name change is already in progress",
    },
    'unknown-error': {
      title: 'Something went wrong (error {{code}})',
      symptom: "You see an error code that isn't listed here",
    },
  },
  escalation: {
    'provider-support': 'Contact {{support}}',
    'current-bsp': 'Contact your current provider (BSP)',
    'meta-via-provider': '{{support}} can ask Meta for you',
    'meta-direct-support': 'Contact Meta Direct Support',
  },
} satisfies MessageTree;

import type { MessageTree } from '../types';

/**
 * Each troubleshooting entry's cause, actions, wait and escalation: shown once an entry is opened, so a bundle
 * can fetch them after the guide has rendered (`@wamigrate/core/messages/en/details`).
 */
export const enDetails = {
  troubleshooting: {
    'too-many-code-requests': {
      cause:
        'Requesting the WhatsApp verification code many times in a short period can restrict the number. Meta limits how many codes you can request in a given time.',
      actions: {
        'wait-for-delivery':
          'A code can take a few minutes to arrive. Wait a few minutes before you request another one.',
        'limit-requests':
          'Request the code no more than {{codeLimit}} times. If none of them arrives, stop requesting.',
        'retry-after-wait':
          'When the wait is over, try again. The guide counts your requests afresh, but request a new code only when the last one has not arrived after a few minutes.',
        'check-requirements':
          "If it still doesn't arrive, check the migration requirements. The number must be able to receive SMS or voice calls, including from abroad, and IVR must be turned off.",
      },
      wait: 'Wait about {{codeWaitHours}} hours before you request the code again.',
      escalation:
        "If the code still doesn't arrive after the wait, and the number meets the requirements, contact {{support}}.",
    },
    'banned-by-meta': {
      cause:
        "Meta has blocked or banned your Meta Business Manager, WhatsApp Business account (WABA) or phone number. A banned number can't be added to a WABA or migrated until Meta lifts the ban after an appeal.",
      actions: {
        'find-reason':
          "Open the overview in WhatsApp Manager, or Business Support Home, and read Meta's notice to find out why it was blocked.",
        appeal: 'If you think the block is a mistake, appeal it there.',
        'wait-for-decision': "Don't continue the migration until Meta has lifted the block.",
      },
      escalation:
        "{{provider}} can't lift a block or ban placed by Meta, but can ask Meta on your behalf. If you'd like that, contact {{support}}.",
    },
    'display-name-mismatch': {
      cause:
        "You must enter the display name the number uses with your current BSP. If you enter a different display name, you get an error and the migration can't be completed.",
      actions: {
        'find-current-name':
          'Find the display name the number uses now. You can see it on the Phone numbers page in WhatsApp Manager.',
        'enter-same-name': 'Start the setup again and enter that display name exactly as it appears there.',
        'use-same-business-manager':
          'Use the same Meta Business Manager ID as with your current BSP, too. A different ID also stops the migration.',
        'change-later':
          "If you want a new display name, don't request the change during the migration. A pending name change also blocks it.",
      },
      escalation: "If you're not sure which display name the number uses, ask your current BSP.",
    },
    'number-on-whatsapp-app': {
      cause:
        "The number is in use in the WhatsApp or WhatsApp Business app. A number that's on the app can't be added or migrated this way until its app account is deleted.",
      actions: {
        'check-app': 'Check whether the number is used in the WhatsApp or WhatsApp Business app on any phone.',
        'delete-account':
          'If it is, delete the WhatsApp account for this number in the app. The chat history in the app is lost.',
        retry: 'Then add the number again.',
      },
      wait: 'After you delete the account, it can take up to 3 minutes before the number is available.',
      escalation: 'If the number is still refused after you deleted the app account and waited, contact {{support}}.',
    },
    'ivr-blocks-verification-call': {
      cause:
        "WhatsApp's registration call can't get through an IVR (an automated phone menu), and call forwarding can stop it from reaching you. The number must also accept calls from abroad.",
      actions: {
        'turn-off-ivr': 'Turn off the IVR and any call forwarding on the number until the migration is finished.',
        'route-to-person':
          "If you can't turn off the IVR, route incoming calls to a person or a voicemail box, so someone can note the code.",
        'allow-callers': "Allow calls from the numbers that WhatsApp's registration call comes from.",
        'accept-international': 'Check that the line accepts international calls and SMS.',
      },
      escalation:
        'Meta can share the 1 or 2 numbers the registration call comes from. {{support}} can ask Meta for them.',
    },
    'phone-number-limit-reached': {
      cause:
        'A Meta business portfolio can register only a limited number of business phone numbers. A new portfolio can register 2. The limit rises to 20 once the business is verified or reaches a messaging limit of 2,000.',
      actions: {
        'remove-unused': 'Delete a phone number you no longer use from your business portfolio.',
        'verify-business':
          "If your business isn't verified yet, complete business verification in Meta Business Suite to raise the limit.",
        retry: 'Then add the number again.',
      },
      escalation: 'If you need more than 20 numbers, contact Meta Direct Support.',
    },
    'e2388001-confirm-ownership': {
      cause:
        "The number is being migrated, but its ownership hasn't been confirmed with a verification code yet. The migration can't finish until it is.",
      actions: {
        'request-code': 'Request the 6-digit verification code by SMS or voice call.',
        'enter-code': 'Enter the code as soon as it arrives. Codes expire after a short time.',
        continue: 'Then continue the migration.',
      },
      escalation: "If the code doesn't arrive or isn't accepted, contact {{support}}.",
    },
    'e2388001-two-step-verification-on': {
      cause:
        'The number still has two-step verification (its 6-digit PIN) turned on. It must be off before the number can be migrated. Only the owner of the WABA the number is on now can turn it off. Usually that is your current BSP.',
      actions: {
        'ask-current-bsp':
          "Ask the provider your number is with now to turn off two-step verification for it. If that's {{provider}}, contact {{support}}.",
        'turn-off-yourself':
          'If you own that WABA, turn it off yourself. In WhatsApp Manager, go to Account tools > Phone numbers, select the number, open the Two-step verification tab and turn it off.',
        'confirm-email': "Meta then emails a link to your business portfolio's email address. Open the link to finish.",
        retry: 'When two-step verification is off, start the migration again.',
      },
      escalation:
        'Only the owner of the WABA the number is on now can turn off two-step verification. Contact your current BSP.',
    },
    'e2388012-number-already-added': {
      cause: "The number you're trying to migrate is already in the destination WhatsApp Business account.",
      actions: {
        'check-number': 'Check that you entered the number you want to migrate.',
        'select-existing':
          "If it's the right number, start the setup again and select the existing number instead of adding it again.",
      },
      escalation: "If you can't find the number in the list, contact {{support}}.",
    },
    'e2388091-not-being-migrated': {
      cause:
        "Meta doesn't treat this number as one being migrated, so the migration's code verification isn't available for it. A number like this is added and verified the usual way.",
      actions: {
        'check-number': 'Check that you entered the right number.',
        'add-normally':
          'Add it as a new number with the provider you\'re moving to, and verify it there. For {{provider}}, follow "{{channelSetupGuide}}".',
      },
      escalation: "If you're not sure whether your number needs to be migrated, contact {{support}}.",
    },
    'e2388103-webhooks-not-set-up': {
      cause:
        "Before a number can be migrated, at least one app must be subscribed to webhooks on the destination WhatsApp Business account. Usually the provider you're moving to sets this up.",
      actions: {
        'subscribe-webhooks': 'If you run your own app, subscribe it to webhooks on the destination WABA.',
        'ask-destination': "Otherwise, ask the provider you're moving to to set up the webhooks.",
        retry: 'When the webhooks are set up, try the migration again.',
      },
      escalation: "If you're moving to {{provider}}, contact {{support}} and mention error 2388103.",
    },
    'e2388103-add-number-directly': {
      cause: "This number doesn't need the migration process. You can add it directly, like a new number.",
      actions: {
        'add-normally':
          'Add it as a new number with the provider you\'re moving to. For {{provider}}, follow "{{channelSetupGuide}}".',
        'verify-code': 'When you are asked, verify the number with the 6-digit code.',
      },
      escalation: 'If adding the number the normal way fails too, contact {{support}}.',
    },
    'e2388103-display-name-not-approved': {
      cause:
        'A number can only be migrated if Meta has approved its display name and no display-name change is waiting for review.',
      actions: {
        'check-status': "In WhatsApp Manager, check the status of the number's display name. It must be Approved.",
        'wait-for-review': 'If a display-name change is under review, wait until Meta has finished the review.',
        'approve-at-current-bsp':
          "If the name isn't approved, get it approved with your current BSP before you migrate. The provider you're moving to can't do this for you.",
        retry: 'When the name is approved and no change is pending, try the migration again.',
      },
      escalation: 'Your current BSP can help you get the display name approved.',
    },
    'e2388103-source-waba-not-set-up': {
      cause:
        'The WhatsApp Business account the number is on now, and its "Messaging on behalf of" request, must be approved. The account may also still use the older On-Behalf-Of (OBO) model, where the BSP owns the account for you.',
      actions: {
        'ask-current-bsp':
          'Ask your current BSP to check that the WABA your number is on is approved, including its "Messaging on behalf of" request.',
        'obo-transfer':
          'If your current BSP owns that WABA for you (the On-Behalf-Of model), ask them to transfer it to your business.',
        retry: "When they confirm it's fixed, try the migration again.",
      },
      escalation: "Your current BSP manages the WABA your number is on. If they can't fix it, contact {{support}}.",
    },
    'e2388103-no-payment-account': {
      cause:
        "The destination WhatsApp Business account needs an active payment method or credit line. Without one, it can't send messages after the number moves.",
      actions: {
        'check-payment':
          'In Meta Business Suite, check that the destination WABA has a valid payment method in its payment settings.',
        'ask-credit-line':
          "If the provider you're moving to bills you for WhatsApp messages, ask it to share its credit line with your new WABA.",
        retry: 'Then try the migration again.',
      },
      escalation: "If you're moving to {{provider}}, contact {{support}} to get the credit line shared.",
    },
    'e2388103-migration-error': {
      cause: "Meta returned a general migration error that doesn't name a specific cause.",
      actions: {
        'retry-later': 'Wait a while, then try the migration again.',
        'check-requirements': 'Check the migration requirements again.',
      },
      escalation: 'If it keeps failing, contact {{support}} and mention error 2388103.',
    },
    'e2388103-different-business-manager': {
      cause:
        "A number can only move within the same business. The WABA you're moving it to must represent the same business as the WABA it's on now.",
      actions: {
        'find-current-id': 'Find the Meta Business Manager ID you used to set up WhatsApp with your current BSP.',
        'restart-with-same-id': 'Start the setup again and choose that same Business Manager.',
        'check-admin': 'Make sure you have admin rights in that Business Manager.',
      },
      escalation: "If you're not sure which Business Manager the number is set up under, ask your current BSP.",
    },
    'e2388103-destination-waba-not-approved': {
      cause:
        'The destination WhatsApp Business account must be approved before a number can be migrated to it. For that, business verification must be complete and the account review approved.',
      actions: {
        'complete-verification':
          "If your business isn't verified yet, complete business verification in Meta Business Suite.",
        'check-review': 'Check that the review status of the destination WABA is Approved.',
        retry: 'When both are approved, try the migration again.',
      },
      escalation: "If you're moving to {{provider}} and need help with the review, contact {{support}}.",
    },
    'e2388103-messaging-for-not-approved': {
      cause:
        'When a provider creates the destination WABA for you, your business gets a "Messaging for" request. The migration can only go ahead after you accept it.',
      actions: {
        'sign-in-admin':
          'Sign in to Meta Business Suite with an account that has admin rights in your Business Manager.',
        'accept-request': 'Find the pending "Messaging for" request from the provider you\'re moving to and accept it.',
        retry: 'Then try the migration again.',
      },
      escalation: "If you can't find the request, contact {{support}}.",
    },
    'e2388019-template-limit': {
      cause:
        "If your business portfolio isn't verified, a WhatsApp Business account can hold up to 250 message templates. A verified portfolio with an approved display name can hold more. If the destination WABA can't hold all of yours, only as many as fit are copied.",
      actions: {
        'find-missing': 'Compare the templates in the new WABA with the old one to find the ones that are missing.',
        'remove-unused': 'Delete templates you no longer need from the new WABA.',
        'verify-business':
          "If your business portfolio isn't verified yet, complete business verification in Meta Business Suite. With a verified portfolio and an approved display name, the limit is higher.",
        recreate: 'Re-create the missing templates and submit them for review.',
      },
      escalation: '{{support}} may be able to copy the missing templates again once there is room.',
    },
    'e200000-cannot-add-number': {
      cause:
        "Meta refused to add the number to the WhatsApp Business account. Usually the number isn't eligible (for example, it's still on the WhatsApp app, it's a test number, or it has no country and area code), your business portfolio has reached its phone number limit, or the number, the WABA or the portfolio is banned.",
      actions: {
        'check-eligible':
          "Check that the number can be used. It needs a country and area code, it must receive SMS or voice calls, it can't be a test number, and it can't be in use in the WhatsApp or WhatsApp Business app.",
        'check-limit':
          "In WhatsApp Manager, count the phone numbers in your business portfolio. A new portfolio can have 2, and 20 once the business is verified or reaches a messaging limit of 2,000. If you've reached the limit, delete a number you no longer use.",
        'check-ban':
          'In the overview in WhatsApp Manager, or in Business Support Home, check whether Meta has blocked the number, the WABA or the portfolio. A blocked number can only be added after a successful appeal.',
        retry: 'When you have fixed the cause, add the number again.',
      },
      escalation: "If none of these applies, contact {{support}} and send them the error code and the error's details.",
    },
    'e2593079-waba-tagged-for-other-solution': {
      cause:
        "Meta has already marked the WhatsApp Business account (WABA) to move to a different partner's solution. This comes from the end of the On-Behalf-Of (OBO) model, where a BSP owned the WABA for you. You can't change it in your own settings.",
      actions: {
        'note-error': 'Write down the error code, the error message and the reference number.',
        'contact-support':
          'Contact {{support}} and send them what you noted. Only Meta can change the tag, and {{support}} can ask Meta for you.',
        retry: 'When {{support}} tells you it is resolved, start the migration again.',
      },
      escalation: "{{support}} can ask Meta to check the WABA's migration tag.",
    },
    'e2593085-invalid-waba-for-obo-mobility': {
      cause:
        "Meta refused to transfer the WhatsApp Business account (WABA) out of the On-Behalf-Of (OBO) model. Either your business already owns the WABA, or the request to transfer it to your business hasn't been accepted yet.",
      actions: {
        'check-owner':
          "In Meta Business Suite, check whether your business portfolio already owns the WABA. If it does, it doesn't need to be transferred.",
        'accept-request':
          'If a request to transfer the WABA to your business is pending, an admin of your business portfolio accepts it in Meta Business Suite.',
        'contact-support': 'If neither applies, contact {{support}}. {{support}} can ask Meta for you.',
      },
      escalation: "{{support}} can ask Meta why the WABA can't be transferred.",
    },
    'e133000-incomplete-deregistration': {
      cause: "An earlier attempt to deregister the number failed, so the number can't be registered yet.",
      actions: {
        'deregister-again': 'Deregister the number again. If a provider manages the number, ask it to do this.',
        register: 'Then register the number.',
        'mind-limit':
          "Meta allows only 10 register and deregister calls in 72 hours, so don't repeat them more than you need to.",
      },
      escalation: "If you can't deregister the number yourself, contact {{support}}.",
    },
    'e133005-pin-mismatch': {
      cause:
        "The number still has two-step verification turned on, and the PIN used to register it isn't the number's current PIN.",
      actions: {
        'turn-off-two-step':
          'For a migration, the surest fix is to turn off two-step verification. Ask the provider your number is with now to turn it off.',
        'use-current-pin': "If two-step verification stays on, use the number's current 6-digit PIN.",
        'reset-pin': 'If nobody knows the PIN, turn off two-step verification, then set a new PIN.',
        'avoid-guessing': "Don't keep guessing. After too many wrong PINs, you have to wait before you can try again.",
      },
      escalation: 'For the PIN or two-step verification, contact your current BSP.',
    },
    'e133006-reverification-needed': {
      cause: 'The number must be verified with a verification code before it can be registered.',
      actions: {
        'request-code': 'Request the 6-digit verification code by SMS or voice call.',
        'enter-code': 'Enter the code when it arrives to verify the number.',
        'register-again': 'Then register the number again.',
      },
      escalation: "If verifying the number again doesn't help, contact {{support}}.",
    },
    'e133008-too-many-pin-guesses': {
      cause:
        'The two-step verification PIN was entered wrongly too many times, so Meta has blocked further attempts for a while.',
      actions: {
        stop: 'Stop entering the PIN for now.',
        'check-wait': 'The error details say how long to wait. Wait at least that long.',
        'find-pin':
          'Before you try again, get the correct PIN from whoever set it, usually your current BSP. Or ask them to turn off two-step verification.',
      },
      escalation: 'Ask your current BSP for the PIN, or ask them to turn off two-step verification.',
      wait: 'The error details say how long the block lasts.',
    },
    'e133009-pin-guessed-too-fast': {
      cause: 'PIN attempts were sent too quickly one after another, so Meta refused them.',
      actions: {
        'check-details': 'Read the error details to see when you can try again.',
        'retry-once': 'Then try once with the correct PIN, and wait for the result before you try again.',
      },
      escalation: 'If the error comes back after a careful retry, contact {{support}}.',
    },
    'e133010-not-registered': {
      cause:
        "The number isn't registered on the WhatsApp Business Platform. After a migration, the number only works once it's registered on the new WABA.",
      actions: {
        'finish-registration': 'Complete the registration step of the migration.',
        retry: 'Then try again.',
      },
      escalation: 'If {{provider}} registers the number for you, contact {{support}}.',
    },
    'e133015-recently-deleted': {
      cause: "The number was deleted recently, and the deletion hasn't finished yet.",
      actions: {
        'dont-retry-now': "Don't try to register the number again straight away.",
        'retry-after-wait': 'When the wait is over, register the number again.',
      },
      wait: 'Wait 5 minutes before you try to register the number again.',
      escalation: 'If it still fails after waiting, contact {{support}}.',
    },
    'e133016-registration-limit': {
      cause:
        "A number can be registered or deregistered at most 10 times in any 72 hours. That limit was exceeded, so the number can't be registered for the next 72 hours.",
      actions: {
        stop: 'Stop registering and deregistering the number.',
        prepare: 'While you wait, check that every migration requirement is met, so your next attempt can succeed.',
        'retry-once': 'When the wait is over, register the number once.',
      },
      wait: 'Wait 72 hours before you try to register the number again.',
      escalation: 'If registration still fails after the wait, contact {{support}}.',
    },
    'e136024-request-code-error': {
      cause: "Meta couldn't send a verification code to the number. The error details may say why.",
      actions: {
        'read-details': 'Read the error details, if there are any.',
        'check-number': 'Check the number you entered, including the country code.',
        'try-other-method':
          'Try the other delivery method: a voice call instead of SMS, or SMS instead of a voice call.',
        'wait-before-retry':
          'Wait a while before you request a code again. Requesting codes too often can restrict the number.',
      },
      escalation: "If that doesn't help, contact {{support}}.",
      wait: 'Meta gives no fixed time. Wait a while before requesting again; the error details may say how long.',
    },
    'e136025-code-not-accepted': {
      cause:
        "Meta couldn't verify the code you entered. A code is usually valid for about 10 minutes and can be used only once. A mistyped, expired or already used code is refused.",
      actions: {
        'check-code': 'Find the code in the latest SMS or call, and enter its 6 digits again, carefully.',
        'dont-guess': "Don't try codes again and again. Repeated failures can block verification for a while.",
        'request-new':
          "If it's still refused, or more than 10 minutes have passed, request a new code. Each request counts toward the limit of {{codeLimit}} requests.",
        'enter-new': 'Enter the new code as soon as it arrives.',
      },
      escalation: 'If new codes are refused too, contact {{support}}.',
    },
    'e131009-invalid-pin-format': {
      cause:
        'Meta refused a value in the request. When a number is registered, this is usually the PIN. It must be exactly 6 digits, with no letters, spaces or other signs.',
      actions: {
        'check-pin': 'Check that the PIN is exactly 6 digits and nothing else.',
        'know-pin':
          "Whoever registers the number (you, or {{provider}} for you) must use the number's current PIN if two-step verification is still on. If it is off, the 6 digits sent become the new PIN, so they must be kept.",
        'retry-once':
          'Then register the number once with the corrected PIN. Meta allows only 10 registration attempts in 72 hours.',
      },
      escalation: 'If the error comes back with a correct 6-digit PIN, contact {{support}}.',
    },
    'e131000-something-went-wrong': {
      cause: "Meta couldn't complete the request because of an unknown error on its side. A later attempt may work.",
      actions: {
        wait: "Don't try again straight away. Wait a few minutes.",
        'retry-once': 'Then try once more. If it fails again, wait longer before each new attempt.',
        'mind-limit':
          "If the step is registering the number, Meta allows only 10 attempts in 72 hours, so don't try more often than you need to.",
      },
      wait: 'Meta gives no fixed time. Wait a few minutes at first, and longer after each failed attempt.',
      escalation: 'If it keeps failing, contact {{support}} and send them the error code and the reference number.',
    },
    'e133004-server-unavailable': {
      cause:
        "Meta's servers can't handle the request at the moment. This is temporary, and your settings didn't cause it.",
      actions: {
        'check-status':
          'Check the error details and the WhatsApp Business Platform status page to see whether there is an outage.',
        wait: 'Wait a while.',
        retry: 'Then try again. If it fails again, wait longer before the next try.',
      },
      wait: 'Meta gives no fixed time. The error details or the status page may say when the service is back.',
      escalation: "If it still fails after you've waited, contact {{support}}.",
    },
    'e131031-account-locked': {
      cause: 'Meta has restricted or disabled the WhatsApp Business account because of a policy violation.',
      actions: {
        'find-reason':
          "Open Business Support Home, or the overview in WhatsApp Manager, to see Meta's notice and the reason.",
        appeal: 'If you think it is a mistake, request a review there.',
        'pause-migration': "Don't continue the migration until the restriction is lifted.",
      },
      escalation:
        "{{provider}} can't lift a restriction placed by Meta, but can ask Meta on your behalf. Contact {{support}}.",
    },
    'e131031-request-not-verified': {
      cause: "Meta couldn't verify data in the request, such as the two-step verification PIN.",
      actions: {
        'check-pin': "Check that you used the number's current 6-digit PIN.",
        'turn-off-two-step':
          "If you don't know the PIN, ask the provider your number is with now to turn off two-step verification.",
        retry: 'Then try again.',
      },
      escalation: 'For the PIN, contact your current BSP.',
    },
    'e131042-payment-issue': {
      cause:
        "Meta can't charge the WhatsApp Business account. For example, there's no payment method, the credit line isn't set up or is over its limit, the time zone or currency isn't set, the WABA was deleted or suspended, or the \"Messaging for\" request is pending or declined. Right after a WABA is re-shared with a new partner, messages are also blocked until the 1st of the month after the new partner shares its credit line.",
      actions: {
        'check-payment': "In Meta Business Suite, check the WABA's payment method, time zone and currency.",
        'check-credit-line':
          'If your provider bills you for WhatsApp messages, ask it to check that its credit line is shared with your WABA and within its limit.',
        'accept-request': 'If a "Messaging for" request from your provider is pending, accept it.',
        retry: 'Then send the message again.',
      },
      escalation: 'If you use {{provider}}, contact {{support}}.',
    },
    'e2494100-maintenance-mode': {
      cause: 'The number is temporarily in maintenance mode at Meta.',
      actions: {
        wait: 'Wait a few minutes.',
        retry: 'Then try again.',
      },
      escalation: 'If it still fails after a few tries, contact {{support}}.',
      wait: 'Meta says to retry in a few minutes.',
    },
    'e131045-incorrect-certificate': {
      cause:
        "A message couldn't be sent because of a problem with the number's registration. After a migration, the number can only send once it's registered on the new WABA.",
      actions: {
        register:
          "A number is registered only through Meta's API, not in WhatsApp Manager: ask {{support}} to register it on the WABA it is on now.",
        'mind-limit':
          'Meta allows only 10 registration attempts in 72 hours, so register once and wait for the result.',
        retry: 'When the number is registered, send the message again.',
      },
      escalation: 'If the error comes back after the number is registered, contact {{support}}.',
    },
    'e131037-display-name-approval-needed': {
      cause:
        'For some numbers, such as 555 numbers, Meta must approve the display name before the number can send messages.',
      actions: {
        'check-status': "In WhatsApp Manager, check the status of the number's display name.",
        'wait-for-review': 'If the name is under review, wait until Meta has finished the review.',
        'change-name':
          "If Meta rejected the name, change it to one that follows Meta's display name guidelines and submit it again. If {{provider}} manages the name for you, ask {{support}}.",
        retry: 'When the name is approved, send the message again.',
      },
      escalation: 'If you need help with the display name review, contact {{support}}.',
    },
    'e100-invalid-parameter': {
      cause:
        "A value in the request to Meta is missing or isn't valid. For example, the phone number ID being registered doesn't match the one Meta stored for the number earlier. Meta also sends migration errors under code 100, so this can be a migration error this guide has no entry for. The error details say more.",
      actions: {
        'read-details': 'Read the error message and its details. They usually name the value Meta refused.',
        'check-number':
          'Check the phone number you entered, including the country code, and that you used the same number in every step.',
        'note-error': 'Write down the error code, any subcode, the error message and the reference number.',
        retry: 'If you entered the value yourself, correct it and try the step again.',
      },
      escalation:
        "If the details don't help, or you didn't enter the value yourself, contact {{support}} and send them what you noted.",
    },
    'e33-number-deleted': {
      cause:
        "The business phone number in the request has been deleted from the WhatsApp Business account, so Meta can't find it.",
      actions: {
        'check-number': "In WhatsApp Manager, check whether the number is still in the WABA's list of phone numbers.",
        'add-again': 'If it was deleted, add the number again. If it was deleted a moment ago, wait 5 minutes first.',
        retry: 'Then continue from the step that failed.',
      },
      escalation: "If you didn't delete the number, or you don't know who did, contact {{support}}.",
    },
    'e190-access-token-invalid': {
      cause:
        "The access token the setup uses to reach Meta has expired or isn't valid. The token is part of the provider's configuration, not of your business accounts, so you can't fix this yourself.",
      actions: {
        'dont-retry': "Don't repeat the step for now. It fails the same way until the token is replaced.",
        'contact-support': 'Contact {{support}}. Tell them the error code, when it happened and the reference number.',
        'retry-later': 'When {{support}} tells you it is fixed, try the step again.',
      },
      escalation: 'Only {{provider}} can replace the access token. Contact {{support}}.',
    },
    'e10-permission-missing': {
      cause:
        "The app that sends the request doesn't have a permission Meta requires, such as whatsapp_business_management. This is part of the provider's configuration, so you can't fix it in your own accounts.",
      actions: {
        'dont-retry': "Don't repeat the step for now. It fails the same way until the permission is added.",
        'contact-support': 'Contact {{support}}. Tell them the error code, when it happened and the reference number.',
        'retry-later': 'When {{support}} tells you it is fixed, try the step again.',
      },
      escalation: 'Only {{provider}} can add the missing permission. Contact {{support}}.',
    },
    'e4-rate-limit': {
      cause:
        'Meta limits how many requests an app, or a WhatsApp Business account, can make in a given time. That limit has been reached for now.',
      actions: {
        stop: "Don't repeat the step for now. Every new try counts toward the limit.",
        wait: 'Wait a while. The error details may say how long.',
        'retry-once': 'Then try the step once. If it fails again, wait longer before the next try.',
      },
      wait: 'Meta gives no fixed time. Wait a few minutes at first, and longer after each failed try. The error details may say how long.',
      escalation:
        "If the limit is reached again and again, contact {{support}}. The limit may apply to {{provider}}'s app as a whole, not only to your account.",
    },
    'portal-move-not-started': {
      cause:
        "{{provider}}'s server has no record that you started moving this number, for example because it was restarted. Nothing was sent to Meta, and your number is where it was.",
      actions: {
        'start-again':
          'Start the move again in this step. If the number is already in the new WhatsApp Business account, the move goes on from there.',
        'codes-still-count':
          'Codes you requested earlier still count toward the limit, so request a new one only if you need it.',
      },
      escalation: 'If the guide asks you to start again every time, contact {{support}}.',
    },
    'portal-not-allowed': {
      cause:
        "You're signed out of {{provider}}, or signed in with a different account from the one that started this move. Only that account can continue it. Nothing was sent to Meta.",
      actions: {
        'sign-in-again': 'Sign in to {{provider}} again, then try the step once more.',
        'same-account': 'Use the account that started the move. Someone else in your business may have started it.',
      },
      escalation: "If you're signed in with the right account and still can't continue, contact {{support}}.",
    },
    'portal-limits-unavailable': {
      cause:
        "Before each request to Meta, {{provider}}'s server checks how many codes and registrations your number has used. It couldn't check them just now, so to protect your number it sent nothing to Meta.",
      actions: {
        'nothing-sent': "Nothing changed at Meta, and the try didn't count toward any limit.",
        'retry-later': 'Wait a few minutes, then try the step again.',
      },
      escalation: 'If it keeps happening, contact {{support}} and tell them the code shown.',
    },
    'portal-start-limit': {
      cause:
        "{{provider}}'s server limits how often a move can be started in a short while, to protect the limits Meta sets for every request.",
      actions: {
        wait: 'Wait a while before you start again.',
        'retry-once':
          'Then start the move once. Reloading the page or starting again more often makes the wait longer.',
      },
      escalation: 'If you still need to start it again, contact {{support}}.',
    },
    'portal-server-error': {
      cause: "{{provider}}'s server couldn't process this step. The code shown tells {{provider}} what went wrong.",
      actions: {
        'check-status': 'Before you try again, check in the admin centre whether the step already went through.',
        'retry-later': 'Wait a few minutes, then try the step again.',
      },
      escalation: 'If it keeps happening, contact {{support}} and tell them the code shown.',
    },
    'e63059-number-moved-to-other-waba': {
      cause:
        'The number was migrated to a different WhatsApp Business account (WABA), but a request still uses the ID of the old one. Twilio reports this as error 63059.',
      actions: {
        'find-new-id': 'Find the ID of the WABA the number is on now: ask the provider you moved to.',
        'update-everywhere':
          'Replace the old WABA ID with the new one everywhere it is used: in your integrations, settings and API requests. Whoever runs each of them makes the change.',
        retry: 'Then send the request again.',
      },
      escalation: "If you can't find where the old ID is still used, contact {{support}}.",
    },
    'e63128-name-change-in-progress': {
      cause:
        "A number can have only one display name change under review at a time. A change was submitted earlier, and Meta hasn't finished reviewing it. Twilio reports this as error 63128. While the change is pending, the number can't be migrated either.",
      actions: {
        'dont-resubmit': "Don't submit another change now.",
        'wait-for-review':
          'Wait until Meta has finished reviewing the change in progress. You can follow its status in WhatsApp Manager.',
        'submit-after': 'If you still need a different name after the review, submit the new change then.',
      },
      wait: 'Meta gives no fixed time for the review.',
      escalation: 'If the review seems stuck, contact {{support}}.',
    },
    'unknown-error': {
      cause: "We don't have specific help for this error code. Meta's error message and its details often say more.",
      actions: {
        'note-error': 'Write down the error code and the full error message, including any details.',
        'check-requirements': 'Check the migration requirements again.',
        'retry-later': 'Wait a few minutes, then try again.',
      },
      escalation: 'If it keeps happening, contact {{support}} and send them the error code and message.',
    },
  },
} satisfies MessageTree;

import type { MessageTree } from '../types';

export const steps = {
  scenario: {
    'bsp-to-provider': {
      title: 'Move your number from another BSP to {{provider}}',
      description:
        'Your WhatsApp number is connected through another Business Solution Provider and you want to use it in {{provider}}. This is useful if you connected the number before {{provider}} offered its own WhatsApp setup in {{adminCentre}}. The move makes your business the owner of the WhatsApp Business Account, which gives you access to insights, message templates and the quality rating of your number.',
      answer: 'Yes, it moves to a new WhatsApp Business Account in the same business portfolio',
    },
    'provider-to-bsp': {
      title: 'Move your number from {{provider}} to another BSP',
      description:
        'Your WhatsApp number is connected in {{provider}} and you want to connect it through another Business Solution Provider.',
    },
    'hosted-to-self-hosted': {
      title: 'Move your number to a WABA you own in Meta Business Manager',
      description:
        'Your number is in a WhatsApp Business Account hosted by {{provider}}. Move it to a WhatsApp Business Account in your own Meta Business Manager and keep using it in {{provider}}. The number may be unavailable for a short time during this move.',
    },
    'change-portfolio': {
      title: 'Move your number to {{provider}} in a different business portfolio',
      description:
        "Moving to another business portfolio is not a migration: the number is removed from its WhatsApp Business Account and added again in the new portfolio. It can't send messages in between, its message templates must be created again and its display name reviewed again.",
      answer: 'No, it moves to a different business portfolio',
    },
    'app-coexistence': {
      title: 'Connect your WhatsApp Business app number to {{provider}} and keep the app',
      description:
        'Your number stays on the WhatsApp Business app and is also connected to {{provider}}, so you can reply from either. You confirm the connection in the app and can choose to share your chat history.',
      answer: 'Yes, I want to keep using the app on my phone',
    },
    'app-full-move': {
      title: 'Move your number from the WhatsApp Business app to {{provider}}',
      description:
        'You delete the app account on your phone, then add the number to {{provider}}. The chats in the app are not moved.',
      answer: 'No, the number moves to {{provider}} only',
    },
    'waba-reshare': {
      title: 'Share your own WhatsApp Business Account with {{provider}} instead of your current provider',
      description:
        'Your business owns the WhatsApp Business Account, and it moves to {{provider}} as it is: the number is not verified again. You cannot send messages from the moment you share it until the 1st of the month after {{provider}} shares its credit line.',
      answer:
        'Yes, and it keeps its WhatsApp Business Account, shared with {{provider}} instead (no messages until the 1st of next month)',
    },
    'mps-migration': {
      title: 'Move your number from a Multi-Partner Solution to {{provider}}',
      description:
        '{{provider}} sends your business a request to take the number over, and you accept it in Meta Business Suite. The number is not verified again, so it keeps working during the move.',
    },
    'embedded-signup-migration': {
      title: "Move your number from another BSP to {{provider}} with Meta's sign-up window",
      description:
        "Your number is connected through another Business Solution Provider. You move it to a new WhatsApp Business Account in the same business portfolio through Meta's sign-up window, which {{provider}} opens. The number keeps working at your current BSP until {{provider}} registers it.",
      answer: 'Yes, it moves to a new WhatsApp Business Account in the same business portfolio',
    },
    'programmatic-migration': {
      title: 'Let {{provider}} move your number from another BSP',
      description:
        '{{provider}} moves the number to a WhatsApp Business Account that {{provider}} creates and owns, and that messages for your business. You turn off two-step verification with your current BSP and enter the code Meta sends to the number in {{adminCentre}}; {{provider}} does the rest. A WhatsApp Business Account that {{provider}} owns cannot later be shared with another provider.',
      answer: 'Yes, it stays with the same business, in a WhatsApp Business Account that {{provider}} creates and owns',
    },
  },
  step: {
    'check-requirements': {
      title: 'Check the requirements',
      description: 'Before you start the move, check each requirement below.',
      howToComplete: 'You can finish this step once every requirement is met.',
    },
    'current-bsp-disables-two-step': {
      title: 'Ask your current BSP to turn off two-step verification',
      description:
        'Send your current Business Solution Provider a request to turn off two-step verification (the 2FA PIN) for the number. The move cannot finish until this is done.',
      howToComplete: 'Mark this step done when your current BSP confirms that two-step verification is off.',
    },
    'add-whatsapp-channel': {
      title: 'Add the WhatsApp channel in {{provider}}',
      description:
        'Follow "{{channelSetupGuide}}" in {{adminCentre}}. Meta sends a 6-digit verification code to the number by SMS or voice call. If you have questions about this procedure, contact {{support}}.',
      howToComplete: 'Mark this step done when the number appears as connected in {{adminCentre}}.',
    },
    'verify-number-works': {
      title: 'Check that the number works',
      description:
        'Send and receive a test message, and check that your message templates are available. Update any system that stores your WhatsApp Business Account ID or phone number ID.',
      howToComplete: 'Mark this step done when messages go both ways. You can skip it.',
    },
    'request-migration-away': {
      title: 'Send a support request to {{provider}}',
      description:
        'Ask {{support}} to release the number. Use the subject "Migrate WhatsApp number away from {{provider}}" and include the number you want to move.',
      howToComplete: 'Mark this step done once you have sent the request.',
    },
    'provider-disables-two-step': {
      title: 'Wait for {{support}} to turn off two-step verification',
      description: '{{support}} turns off two-step verification for the number and lets you know.',
      howToComplete: 'Mark this step done when {{support}} confirms that two-step verification is off.',
    },
    'connect-new-bsp': {
      title: 'Connect the number at your new BSP',
      description:
        "Follow your new Business Solution Provider's instructions to connect the number. Meta sends a 6-digit verification code to the number by SMS or voice call.",
      howToComplete: 'Mark this step done when your new BSP shows the number as connected.',
    },
    'request-two-step-off': {
      title: 'Ask {{support}} to turn off two-step verification',
      description:
        'Contact {{support}} and ask them to turn off two-step verification (2FA) for the number you want to move to a WABA hosted in your Meta Business Manager.',
      howToComplete: 'Mark this step done once you have sent the request.',
    },
    'remove-integration': {
      title: 'Remove the integration from {{provider}}',
      description: 'In {{adminCentre}}, open the options menu next to the WhatsApp number and choose Delete.',
      howToComplete: 'Mark this step done after you have removed the integration.',
      confirm: {
        title: 'Did you remove it in {{adminCentre}}?',
        body: 'Once the integration is removed, the number is offline: customers cannot reach you on WhatsApp until you add the channel again in the next step.',
        accept: 'Yes, I removed it',
        cancel: 'Not yet',
      },
    },
    'connect-business-app': {
      title: 'Connect the WhatsApp Business app number in {{provider}}',
      description:
        "In {{adminCentre}}, start adding a WhatsApp channel and choose to connect an existing WhatsApp Business app number. In Meta's sign-up window, choose your business portfolio and enter the number. Then open the WhatsApp Business app on the phone, confirm the connection and choose whether to share your chat history.",
      howToComplete: 'Mark this step done when the number appears as connected in {{adminCentre}}.',
    },
    'delete-app-account': {
      title: 'Delete the app account on your phone',
      description:
        'In the WhatsApp Business app on your phone, delete the account of this number. Back up anything you want to keep first.',
      howToComplete: 'Mark this step done after you have deleted the account in the app.',
      confirm: {
        title: 'Have you deleted the account in the app?',
        body: 'Deleting the account removes its chats from the app; they are not moved to {{provider}}. The number can take up to 3 minutes to become available.',
        accept: 'Yes, I deleted it',
        cancel: 'Not yet',
      },
    },
    'add-app-number': {
      title: 'Add the number in {{provider}}',
      description:
        'Wait up to 3 minutes after deleting the app account. Then follow "{{channelSetupGuide}}" in {{adminCentre}}: in Meta\'s sign-up window (Embedded Signup), choose your business portfolio, enter the number and the display name you want, and type the 6-digit code Meta sends by SMS or voice call.',
      howToComplete: 'Mark this step done when the number appears as connected in {{adminCentre}}.',
    },
    'note-templates': {
      title: 'Write down your message templates',
      description:
        'Your message templates do not move to the new business portfolio. Copy the name, language, category and text of each template you use, so you can create them again.',
      howToComplete: 'Mark this step done when you have a copy of every template you need.',
    },
    'remove-number-from-old-waba': {
      title: 'Remove the number from its current WhatsApp Business Account',
      description:
        'Remove the number, and then its WhatsApp Business Account, where it is now, or ask your current BSP to do it. If a pending balance blocks the removal, your current BSP or Meta Direct Support has to clear it.',
      howToComplete: 'Mark this step done when the number is removed.',
      confirm: {
        title: 'Have you removed the number?',
        body: 'Once the number is removed, it cannot send or receive WhatsApp messages until you add it again in the new business portfolio.',
        accept: 'Yes, I removed it',
        cancel: 'Not yet',
      },
    },
    'connect-in-new-portfolio': {
      title: 'Add the number in the new business portfolio',
      description:
        'Wait about 5 minutes after the removal. Then follow "{{channelSetupGuide}}" in {{adminCentre}} and, in Meta\'s sign-up window, choose the new business portfolio. Meta sends a 6-digit verification code to the number by SMS or voice call.',
      howToComplete: 'Mark this step done when the number appears as connected in {{adminCentre}}.',
    },
    'recreate-templates': {
      title: 'Create your message templates again',
      description:
        'Create each template you wrote down and submit it for review. The display name is reviewed again too.',
      howToComplete: 'Mark this step done when your templates are approved.',
    },
    'end-old-subscription': {
      title: 'End the subscription with your previous provider',
      description:
        "Once the number works in {{provider}}, cancel the number's subscription with your previous provider, or it may keep billing you, and ask it to refund any unused balance. Messages delivered before the move are billed by the previous provider.",
      howToComplete: 'Mark this step done when the subscription is cancelled.',
    },
    'run-embedded-signup': {
      title: "Move the number in Meta's sign-up window",
      description:
        "In {{adminCentre}}, start adding a WhatsApp channel. Meta's sign-up window (Embedded Signup) opens: choose the business portfolio the number belongs to now, create a new WhatsApp Business Account, enter the number and its current display name, and type the 6-digit code Meta sends by SMS or voice call.",
      howToComplete: "Mark this step done when Meta's sign-up window says it is finished.",
    },
    'provider-completes-setup': {
      title: '{{provider}} finishes the setup',
      description:
        '{{provider}} shares its credit line with the new WhatsApp Business Account, subscribes it to messages and registers the number. Until then, the number keeps working at your current BSP.',
      howToComplete: 'Mark this step done when the number appears as connected in {{adminCentre}}.',
    },
    'provider-starts-migration': {
      title: '{{provider}} starts the move',
      description:
        '{{provider}} asks Meta to move the number to the WhatsApp Business Account it runs for your business. The number keeps working at your current BSP.',
      howToComplete: 'Mark this step done when {{provider}} says the move has started.',
    },
    'enter-verification-code': {
      title: 'Enter the verification code',
      description:
        'Meta sends a 6-digit verification code to the number by SMS or voice call. Enter it in {{adminCentre}} where {{provider}} asks for it. Never give the code to anyone else.',
      howToComplete: 'Mark this step done when {{provider}} confirms the code.',
    },
    'provider-registers-number': {
      title: '{{provider}} registers the number',
      description:
        '{{provider}} registers the number with Meta and sets a new two-step verification PIN for it. From then on, messages go through {{provider}}.',
      howToComplete: 'Mark this step done when the number appears as connected in {{adminCentre}}.',
    },
    'reshare-waba': {
      title: 'Share your WhatsApp Business Account with {{provider}}',
      description:
        "In Meta Business Manager, remove your current provider's access to the WhatsApp Business Account. Then, in {{adminCentre}}, start adding a WhatsApp channel and, in Meta's sign-up window, choose your existing WhatsApp Business Account.",
      howToComplete: 'Mark this step done when the account is shared with {{provider}}.',
      confirm: {
        title: 'Have you shared the account with {{provider}}?',
        body: 'From the moment it is shared until the 1st of the month after {{provider}} shares its credit line, the number cannot send messages.',
        accept: 'Yes, I shared it',
        cancel: 'Not yet',
      },
    },
    'provider-shares-credit-line': {
      title: '{{provider}} shares its credit line',
      description:
        '{{provider}} shares its credit line with your WhatsApp Business Account. Messaging starts again on the 1st of the following month.',
      howToComplete: 'Mark this step done when you can send messages again.',
    },
    'provider-requests-migration': {
      title: '{{provider}} sends a move request',
      description:
        '{{provider}} asks Meta to move your WhatsApp Business Account off the Multi-Partner Solution; Meta sends the request to your business.',
      howToComplete: 'Mark this step done when {{provider}} says the request is sent.',
    },
    'accept-migration-request': {
      title: 'Accept the request in Meta Business Suite',
      description:
        "In Meta Business Suite, open Business settings, then Requests, then Received, and accept the request from {{provider}}. If {{provider}} opens Meta's sign-up window instead, accept it there.",
      howToComplete: 'Mark this step done when {{provider}} shows the request as accepted.',
    },
  },
  warning: {
    'number-goes-offline': 'Removing the integration takes the number offline.',
    'same-business':
      'The new WhatsApp Business Account must represent the same business as the one the number is in now, or Meta refuses the move.',
    'coexistence-throughput': 'A number used in the app and the API at once sends at most 20 messages a second.',
    'coexistence-one-portfolio':
      "The WhatsApp Business Account created for an app number holds only this number and can't move to another business portfolio later.",
    'app-chats-lost': 'Deleting the account in the app removes its chats; they are not moved.',
    'number-stops-sending': 'From the removal until the number is added again, it cannot send or receive messages.',
    'reshare-blackout':
      'From the moment you share the account until the 1st of the month after {{provider}} shares its credit line, the number cannot send messages.',
    'credit-line-dates':
      'A credit line cannot be shared in the last 3 or the first 4 days of a month: plan the move so that it falls outside them.',
    'identity-must-match':
      'Use the Meta Business Manager ID and display name you use now. A different ID or name causes an error and the move cannot finish.',
  },
  wait: {
    'code-delivery': 'The verification code can take a few minutes to arrive.',
    'number-released': 'After the account is deleted, the number can take up to 3 minutes to become available.',
    'after-removal': 'Wait about 5 minutes after the removal before you add the number again.',
    'template-review': 'Meta reviews each template; there is no set time.',
    'until-next-month': 'Messaging starts again on the 1st of the month after the credit line is shared.',
    'until-two-step-off-confirmed': 'This depends on whoever turns it off; there is no set time.',
    'template-duplication':
      'Approved high-quality message templates are copied to the new account; copying can take a while after the number is registered.',
  },
  place: {
    'meta-business-manager': 'Open Meta Business Manager',
    'provider-admin-centre': 'Open {{adminCentre}}',
    'provider-setup-guide': 'Read “{{channelSetupGuide}}”',
    'two-step-verification-setting': 'Open Meta Business Manager to turn it off yourself',
  },
  placePath: {
    'two-step-verification-setting':
      'Only if your business owns the WhatsApp Business Account: in WhatsApp Manager, open Account tools > Phone numbers, choose the number and turn it off on the Two-step verification tab. Meta then emails your business portfolio a link to finish.',
  },
  afterMove: {
    'two-step-verification-on':
      'Check that two-step verification is on again for the number, and keep its PIN where your team can find it.',
    'update-ids':
      'Update every system that stores your WhatsApp Business Account ID, the phone number ID or the number itself, exactly as Meta now shows it.',
    'check-templates': 'Check that your message templates were copied, and create again any that were not.',
    'test-messages': 'Send a test message and answer one, to check that messages go both ways.',
  },
  actor: {
    business: 'You',
    'current-bsp': 'Your current BSP',
    provider: '{{provider}}',
    'provider-support': '{{support}}',
    meta: 'Meta',
  },
} satisfies MessageTree;

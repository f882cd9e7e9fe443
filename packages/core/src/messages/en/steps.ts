import type { MessageTree } from '../types';

export const steps = {
  scenario: {
    'bsp-to-provider': {
      title: 'Move your number from another BSP to {{provider}}',
      description:
        'Your WhatsApp number is connected through another Business Solution Provider and you want to use it in {{provider}}.',
    },
    'provider-to-bsp': {
      title: 'Move your number from {{provider}} to another BSP',
      description:
        'Your WhatsApp number is connected in {{provider}} and you want to connect it through another Business Solution Provider.',
    },
    'hosted-to-self-hosted': {
      title: 'Move your number to a WABA you own in Meta Business Manager',
      description:
        'Your number is in a WhatsApp Business Account hosted by {{provider}}. Move it to a WhatsApp Business Account in your own Meta Business Manager and keep using it in {{provider}}.',
    },
  },
  step: {
    'check-requirements': {
      title: 'Check the requirements',
      description: 'Before you change anything, make sure your number and your accounts meet every requirement below.',
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
        'Follow "{{channelSetupGuide}}" in {{adminCentre}}. Use the Meta Business Manager ID and the display name you use now. Meta sends a 6-digit verification code to the number by SMS or voice call.',
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
        "Follow your new Business Solution Provider's instructions to connect the number. Use the same Meta Business Manager ID and the same display name. Meta sends a 6-digit verification code to the number by SMS or voice call.",
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
        title: 'Take the number offline?',
        body: 'Removing the integration takes the number offline. Customers cannot reach you on WhatsApp until you add the channel again in the next step.',
        accept: 'Remove and continue',
        cancel: 'Not yet',
      },
    },
  },
  warning: {
    'number-goes-offline': 'Removing the integration takes the number offline.',
    'briefly-unavailable': 'The number may be unavailable for a short time during the move.',
    'identity-must-match':
      'Use the Meta Business Manager ID and display name you use now. A different ID or name causes an error and the move cannot finish.',
  },
  wait: {
    'code-delivery': 'The verification code can take a few minutes to arrive.',
    'until-two-step-off-confirmed': 'This depends on whoever turns it off; there is no set time.',
    'template-duplication':
      'Approved high-quality message templates are copied to the new account; copying can take a while after the number is registered.',
  },
  actor: {
    business: 'You',
    'current-bsp': 'Your current BSP',
    'provider-support': '{{support}}',
    meta: 'Meta',
  },
} satisfies MessageTree;

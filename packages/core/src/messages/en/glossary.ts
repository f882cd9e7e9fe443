import type { MessageTree } from '../types';

export const glossary = {
  glossary: {
    'business-manager': {
      term: 'Meta Business Manager (FBM)',
      definition:
        "A space on Meta's platforms where you manage your business in one place, separate from your personal Facebook profile. You can reach it at https://business.facebook.com/. When you move a number, use the same Business Manager as in your current setup; a different one makes the move fail.",
    },
    waba: {
      term: 'WhatsApp Business Account (WABA)',
      definition:
        'Works like a folder in Meta Business Manager: it holds the phone numbers of the WhatsApp channels you add to {{provider}}, and your message templates. Moving a number means moving it from one WABA to another.',
    },
    'provider-hosted-waba': {
      term: '{{provider}}-hosted WhatsApp Business Account',
      definition:
        "A WABA that {{provider}} hosts for you. If your number is registered in a {{provider}}-hosted WABA, you can't reach that WABA from Meta Business Manager. Moving the number to a self-hosted WABA makes you the owner, with access to insights, message templates and the quality rating.",
    },
    'self-hosted-waba': {
      term: 'Self-hosted WhatsApp Business Account',
      definition:
        'A WABA that you own and can reach from Meta Business Manager (FBM). You add its phone number to {{provider}} yourself through the self-service setup, and the WABA is shared with {{provider}}.',
    },
    bsp: {
      term: 'Business Solution Provider (BSP)',
      definition:
        "A third-party company approved by WhatsApp that provides access to the WhatsApp Business API, and support for it. Businesses use the API through a BSP: when you add a WhatsApp number to {{provider}}, {{provider}} is your BSP. Meta's documentation calls BSPs Solution Partners.",
    },
    'two-step-verification-pin': {
      term: 'Two-step verification PIN (2FA PIN)',
      definition:
        "A 6-digit PIN set on the number when it is registered on the WhatsApp Business Platform. Before the number can move, whoever manages it now (the WABA owner or the current BSP) must turn two-step verification off; the move can't be completed until it is off. You can set a PIN again after the move.",
    },
    'verification-code': {
      term: 'Verification code',
      definition:
        "The 6-digit code Meta sends to the number by SMS or voice call to confirm that you own it. It isn't the two-step verification PIN, and it is valid for a short time only. Requesting codes too often can restrict the number, so request one no more than {{codeLimit}} times.",
    },
    'embedded-signup': {
      term: 'Embedded Signup',
      definition:
        "Meta's sign-up flow for connecting a WhatsApp number, which a provider opens in a pop-up. When a number moves, it creates the new WABA, links it to your business and gives the provider access. In it you enter the phone number and its display name, and confirm the number with a verification code.",
    },
    'display-name': {
      term: 'Display name',
      definition:
        'The business name shown in WhatsApp for the number. Meta reviews and approves it. A number can move only when its display name is approved and no name change is pending, and you must use the same display name as in your current setup.',
    },
    'quality-rating': {
      term: 'Quality rating',
      definition:
        "Meta's rating of the phone number. It stays with the number when the number moves. Message templates have ratings of their own, which don't carry over.",
    },
    'messaging-limit': {
      term: 'Messaging limit',
      definition:
        'The limit Meta sets on how many messages can be sent, raised step by step in tiers (250, 2,000, 10,000, 100,000, unlimited). Since October 7, 2025, it applies to the whole business portfolio, not to each number. Meta reviews the display name when a higher limit is reached.',
    },
    'official-business-account': {
      term: 'Official Business Account (OBA)',
      definition:
        'A status a WhatsApp business phone number can have, shown as a blue tick. The status belongs to the number and stays with it when the number moves.',
    },
    'message-template': {
      term: 'Message template',
      definition:
        'A pre-written message that Meta reviews and approves before it can be sent, kept in a WABA. A WABA of an unverified business portfolio holds up to 250 templates; a verified one with an approved display name holds more. When a number moves, its approved high-quality templates are copied to the new WABA.',
    },
  },
} satisfies MessageTree;

import type { MessageTree } from '../types';

/** Where a number can be: each location's answer to "where is it now" and "where should it go". */
export const locations = {
  location: {
    'other-bsp': {
      from: 'With another Business Solution Provider (BSP)',
      to: 'To another Business Solution Provider (BSP)',
      hint: 'How to tell: another company connects the number to WhatsApp for you, and you use its tools to send messages.',
    },
    'this-provider': {
      from: 'In {{provider}}',
      to: 'To {{provider}}',
      hint: 'How to tell: the number appears in {{adminCentre}}, and you can see its WhatsApp Business Account in Meta Business Manager. A number added to {{provider}} is a number registered on the WhatsApp Business API platform.',
    },
    'provider-hosted-waba': {
      from: 'In a WhatsApp Business Account that {{provider}} hosts for me',
      to: 'To a WhatsApp Business Account that {{provider}} hosts for me',
      hint: 'How to tell: in Meta Business Manager you cannot see the WhatsApp Business Account that holds the number. This applies only to existing {{provider}} customers.',
    },
    'self-hosted-waba': {
      from: 'In a WhatsApp Business Account in my own Meta Business Manager',
      to: 'To a WhatsApp Business Account in my own Meta Business Manager',
    },
    'whatsapp-business-app': {
      from: 'On the WhatsApp Business app on a phone',
      to: 'To the WhatsApp Business app',
      hint: 'How to tell: you send and receive the messages in the WhatsApp Business app on a phone, and no provider is involved.',
    },
    'multi-partner-solution': {
      from: 'With a provider that connects me through a Multi-Partner Solution',
      to: 'To a Multi-Partner Solution',
      hint: 'How to tell: ask your current provider whether it connects your number through a Multi-Partner Solution. If you are not sure, choose "With another Business Solution Provider".',
    },
  },
  choice: {
    'same-portfolio': {
      question: 'Does the number stay in the same business portfolio (the same Meta Business Manager)?',
      hint: 'How to tell: the business portfolio is the business in Meta Business Manager that the number belongs to now. Choose "No" only if the number must belong to another business from now on. Keeping the WhatsApp Business Account itself is possible only if your business owns it.',
    },
    'keep-app': {
      question: 'Do you want to keep using the WhatsApp Business app on your phone with this number?',
      hint: 'If you keep the app, you can reply from both the app and {{provider}}. If not, the app account is deleted and its chats are not moved.',
    },
  },
} satisfies MessageTree;

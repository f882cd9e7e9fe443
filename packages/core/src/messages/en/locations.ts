import type { MessageTree } from '../types';

/** Where a number can be: each location's answer to "where is it now" and "where should it go". */
export const locations = {
  location: {
    'other-bsp': {
      from: 'With another Business Solution Provider (BSP)',
      to: 'To another Business Solution Provider (BSP)',
    },
    'this-provider': {
      from: 'In {{provider}}',
      to: 'To {{provider}}',
    },
    'provider-hosted-waba': {
      from: 'In a WhatsApp Business Account that {{provider}} hosts for me',
      to: 'To a WhatsApp Business Account that {{provider}} hosts for me',
    },
    'self-hosted-waba': {
      from: 'In a WhatsApp Business Account in my own Meta Business Manager',
      to: 'To a WhatsApp Business Account in my own Meta Business Manager',
    },
  },
} satisfies MessageTree;

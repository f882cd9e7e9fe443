import type { MessageTree } from '../types';

export const validation = {
  validation: {
    phoneNumber: {
      notE164: 'Enter the number in international format, starting with + and the country code.',
    },
    businessManagerId: {
      empty: 'Enter the Meta Business Manager ID.',
      notDigits: 'A Meta Business Manager ID contains only digits. Check what you copied.',
      tooLong: 'This is too long to be a Meta Business Manager ID.',
    },
    displayName: {
      empty: 'Enter the display name.',
      unsafeCharacters: 'The display name contains invisible control characters. Type it again without them.',
      tooLong: 'This is too long to be a display name.',
    },
    identity: {
      businessManagerMismatch:
        'The Meta Business Manager IDs differ. The new setup must use the ID of your current setup, or the move fails.',
      displayNameMismatch:
        'The display names differ. The new setup must use exactly the display name you use now, or the move fails.',
    },
  },
} satisfies MessageTree;

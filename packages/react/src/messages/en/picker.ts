import type { MessageTree } from '@wamigrate/core/messages';

export const picker = {
  title: 'What kind of move is this?',
  intro: 'Answer two questions and the guide shows the steps for your move.',
  question: {
    from: 'Where is your WhatsApp number connected now?',
    to: 'Where should it go?',
  },
  location: {
    from: {
      'other-bsp': 'With another Business Solution Provider (BSP)',
      'this-provider': 'In {{provider}}',
      'provider-hosted-waba': 'In a WhatsApp Business Account that {{provider}} hosts for me',
      'self-hosted-waba': 'In a WhatsApp Business Account in my own Meta Business Manager',
    },
    to: {
      'other-bsp': 'To another Business Solution Provider (BSP)',
      'this-provider': 'To {{provider}}',
      'provider-hosted-waba': 'To a WhatsApp Business Account that {{provider}} hosts for me',
      'self-hosted-waba': 'To a WhatsApp Business Account in my own Meta Business Manager',
    },
  },
  answerBoth: 'Answer both questions to see your path.',
  start: 'Start this move',
  continue: 'Continue this move',
  switchWarning:
    'You have finished steps of “{{scenario}}”. If you switch, what you typed is kept but those steps start again.',
  change: 'Choose another kind of move',
} satisfies MessageTree;

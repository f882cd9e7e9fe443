import type { MessageTree } from '@wamigrate/core/messages';

export const reference = {
  carryOver: {
    moves: 'Moves with your number',
    stays: 'Does not move',
  },
} satisfies MessageTree;

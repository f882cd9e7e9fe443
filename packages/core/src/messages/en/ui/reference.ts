import type { MessageTree } from '../../types';

export const reference = {
  carryOver: {
    moves: 'Moves with your number',
    stays: 'Does not move',
  },
} satisfies MessageTree;

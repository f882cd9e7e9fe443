import type { MessageTree } from '../../types';

export const reference: MessageTree = {
  carryOver: {
    moves: '電話番号と一緒に移転されるもの',
    stays: '移転されないもの',
  },
};

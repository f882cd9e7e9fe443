import type { MessageTree } from '../../types';

export const guide = {
  title: 'Move your WhatsApp Business number',
  loading: 'Loading your saved progress…',
  keepScenario: 'Keep my current move',
  dismissNotice: 'Dismiss',
} satisfies MessageTree;

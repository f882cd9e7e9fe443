import type { MessageTree } from '@wamigrate/core/messages';

export const guide = {
  title: 'Move your WhatsApp Business number',
  loading: 'Loading your saved progress…',
  currentScenario: 'Your move: {{scenario}}',
  keepScenario: 'Keep my current move',
  dismissNotice: 'Dismiss',
} satisfies MessageTree;

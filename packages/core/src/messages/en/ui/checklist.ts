import type { MessageTree } from '../../types';

export const checklist = {
  title: 'What you need for this move',
  noScenario: 'Choose your kind of move first. What it needs is listed here.',
  legend: {
    'same-business-manager': 'Meta Business Manager ID, now and in the new setup',
    'same-display-name': 'Display name, now and in the new setup',
  },
  check: 'Check my answers',
  recheck: 'Check again',
  phoneRemembered: 'Checked earlier, not stored on this device. Enter it again if you need it here.',
} satisfies MessageTree;

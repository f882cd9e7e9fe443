import type { MessageTree } from '../../types';

export const checklist = {
  title: 'What you need for this move',
  noScenario: 'Choose your kind of move first. What it needs is listed here.',
  legend: {
    'same-business-manager': 'Meta Business Manager ID, now and in the new setup',
    'same-display-name': 'Display name, now and in the new setup',
  },
  check: 'Check my answers',
  stepTitle: 'What this step needs',
  allMet_one: 'The requirement of this step is met',
  allMet_other: 'All {{count}} requirements of this step are met',
  confirmAll_one: 'I have read the statement below, and it is true',
  confirmAll_other: 'I have read the {{count}} statements below, and they are all true',
  recheck: 'Check again',
  phoneRemembered: 'Checked earlier, not stored on this device. Enter it again if you need it here.',
} satisfies MessageTree;

import type { MessageTree } from '../../types';

/** Live mode (`hostActions`): the guide makes Meta's calls through the provider's backend (§1.2, §8.4). */
export const live = {
  heading: 'Move the number from here',
  intro: '{{provider}} makes each of Meta’s calls for you from this page. Each action waits for the one before.',
  phase: {
    number:
      'Enter the number you are moving, starting with the country code. It goes to {{provider}} to start the move and is not saved on this device.',
    start: 'Start the move: {{provider}} asks Meta to bring the number into its WhatsApp Business Account.',
    'request-code': 'Ask Meta to send a 6-digit verification code to the number.',
    'verify-code': 'Enter the code Meta sent to the number. It is valid for about 10 minutes and works once.',
    register: 'Register the number with {{provider}}. {{provider}} sets the new two-step verification PIN.',
    status: 'Ask Meta whether the number is connected.',
    'confirm-name': 'Meta shows this display name for the number: “{{name}}”. Is it the one you expect?',
    done: 'The number is registered and connected. You can mark this step as done.',
  },
  start: 'Start the move',
  numberLabel: 'WhatsApp phone number',
  method: {
    legend: 'How should the code arrive?',
    SMS: 'By SMS',
    VOICE: 'By voice call',
    suggested: '(suggested for this number)',
  },
  request: 'Send me the code',
  requestAgain: 'Send me a new code',
  codeLabel: 'Verification code',
  codeHint: '6 digits. You can paste the whole code.',
  verify: 'Check the code',
  register: 'Register the number',
  status: 'Check the connection',
  confirmYes: 'Yes, that is our name',
  confirmNo: 'No, it is not',
  nameWrong: 'The number would move with a name that is not yours. Do not finish this step: contact {{support}}.',
  notConnected: 'Meta does not show the number as connected yet ({{status}}). Check again a little later.',
  pending: {
    start: 'Starting the move…',
    'request-code': 'Asking Meta to send the code…',
    'verify-code': 'Checking the code…',
    register: 'Registering the number…',
    status: 'Asking Meta…',
  },
  retrying: 'No answer yet. Trying again (try {{tries}} of {{max}})…',
  failed: 'Meta did not accept this (code {{code}}). What to do is in the troubleshooting entry.',
  refused: "{{provider}}'s server did not accept this (code {{code}}). What to do is in the troubleshooting entry.",
  unanswered: "No answer came from {{provider}}'s server. Check your connection, then try again.",
  openEntry: 'See what to do',
} satisfies MessageTree;

import type { MessageTree } from '../../types';

export const stepper = {
  listLabel: 'Steps',
  statusInName: '({{status}})',
  readAhead: 'This step comes later. You can read it now and do it once the earlier steps are done.',
  backToCurrent: 'Back to the current step',
  empty: 'Choose where your number is now and where it should go, and the steps appear here.',
  actors: 'Who does this: {{actors}}',
  // How names are joined, as Intl.ListFormat joins them in this language (a test holds them equal).
  namesPair: '{{first}} and {{second}}',
  namesSeparator: ', ',
  namesLastSeparator: ', and ',
  severity: {
    danger: 'Warning: {{message}}',
    caution: 'Note: {{message}}',
  },
  wait: 'What to expect: {{message}}',
  unmet: 'Before you can finish this step, you still need:',
  stepDone: 'This step is done. To change your answers, choose "Reopen this step".',
  stepSkipped: 'You skipped this step.',
  complete: 'Mark as done',
  skip: 'Skip this step',
  reopen: 'Reopen this step',
  previous: 'Previous step',
  next: 'Next step',
  completion: {
    title: 'All steps are done',
    body: 'You have finished every step of the move.',
    afterMove: 'What is left to do',
  },
  confirm: {
    title: 'Mark this step as done?',
    body: 'Read the warnings of this step before you continue.',
    accept: 'Mark as done',
    cancel: 'Cancel',
  },
  terms: 'Words used in this step',
  places: 'Where to go',
  newTab: '(opens in a new tab)',
  code: {
    heading: 'Verification code',
    request: 'I requested a code',
    explain:
      "Press this each time you ask Meta for a code (in Meta's sign-up window), so the guide can count your requests and tell you when to wait. It does not send a code.",
    waitOver: 'The wait is over. You can request the code again.',
  },
  support: {
    heading: 'Your request to {{support}}',
    headingCurrentBsp: 'A request you can send to your current BSP',
    placeholder: '[your WhatsApp number]',
    numberRemembered:
      'Your number is not saved on this device. Type it into the request where it says {{placeholder}}.',
    noNumber:
      'Enter your phone number in the requirements first, or type it into the request where it says {{placeholder}}.',
    subject: 'Subject',
    body: 'Message',
    copySubject: 'Copy subject',
    copyBody: 'Copy message',
    copied: 'Copied.',
    copyFailed: 'Could not copy: select the text and copy it.',
    mailto: 'Write the email in your mail program',
    mailtoTo: 'Email {{support}}',
    contactPage: 'Open the {{support}} contact page',
  },
} satisfies MessageTree;

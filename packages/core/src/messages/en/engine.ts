import type { MessageTree } from '../types';

export const engine = {
  supportRequest: {
    'leave-provider': {
      // The seed asks for this exact English subject, whatever the user's language.
      subject: 'Migrate WhatsApp number away from {{provider}}',
      body: 'Hello,\n\nPlease turn off two-step verification for our WhatsApp number {{phoneNumber}} so that we can move it to another Business Solution Provider.\n\nThank you.',
    },
    'current-bsp-two-step-off': {
      subject: 'Turn off two-step verification for our WhatsApp number',
      body: 'Hello,\n\nWe are moving our WhatsApp number {{phoneNumber}} to {{provider}}. Please turn off two-step verification (2FA) for this number and let us know when it is done.\n\nThank you.',
    },
    'disable-two-step-verification': {
      subject: 'Turn off two-step verification for our WhatsApp number',
      body: 'Hello,\n\nWe are moving our WhatsApp number {{phoneNumber}} to a WhatsApp Business Account in our own Meta Business Manager. Please turn off two-step verification (2FA) for this number and let us know when it is done.\n\nThank you.',
    },
  },
  policy: {
    verificationCode: {
      remaining_one: 'You can request the code {{count}} more time.',
      remaining_other: 'You can request the code {{count}} more times.',
      blocked:
        'You have made the requests we advise. You can request a new code from about {{time}} (in {{duration}}).',
      advice:
        'Request the code at most {{codeLimit}} times. If it does not arrive, wait about {{codeWaitHours}} hours before trying again.',
    },
    registration: {
      remaining_one: 'You can register or deregister the number {{count}} more time in this 72-hour period.',
      remaining_other: 'You can register or deregister the number {{count}} more times in this 72-hour period.',
      blocked: 'The limit of {{registrationLimit}} registrations in 72 hours is reached. Try again in {{duration}}.',
    },
  },
  stepStatus: {
    locked: 'After the earlier steps',
    available: 'Available',
    current: 'Current step',
    complete: 'Done',
    blocked: 'Blocked',
    error: 'Error',
    skipped: 'Skipped',
  },
  progress: {
    steps: 'Step {{current}} of {{total}}',
    done: '{{done}} of {{total}} steps done',
    requirementsLeft_one: '{{count}} requirement left',
    requirementsLeft_other: '{{count}} requirements left',
  },
  rejection: {
    'no-scenario': 'Choose where your number is now and where it should go first.',
    'scenario-fixed': 'This guide is set up for one kind of move only.',
    'unknown-scenario': 'That kind of move is not available here.',
    'unknown-step': 'That step is not part of this move.',
    'unknown-requirement': 'That requirement is not part of this move.',
    'unknown-entry': 'That troubleshooting article was not found.',
    'unknown-field': 'That field is not part of this guide.',
    'unknown-event': 'The guide did not understand that action.',
    'host-only': 'Only the website that shows this guide can answer this check.',
    'step-locked': 'Finish the earlier steps first.',
    'step-done': 'This step is already done.',
    'step-not-done': 'This step is not done yet.',
    'requirements-unmet': 'Meet every requirement of this step first.',
    'confirmation-required': 'Confirm that you understand what this step does first.',
    'not-optional': 'This step cannot be skipped.',
    'requirement-locked': 'A finished step relies on this answer. Reopen that step to change it.',
    'no-code-step': 'You can request the verification code once you reach the step that sends it.',
    'limit-reached': 'The limit is reached. You can try again in {{duration}}.',
    'live-off': 'This guide cannot carry out the move from this website.',
    'live-out-of-order': 'This can be done once the previous action is finished.',
    'live-pending': 'The previous action is still being processed. Please wait until it is finished.',
    'number-not-split': 'Enter the phone number starting with the country code.',
    'code-malformed': 'Enter the verification code as 6 digits.',
    'unknown-method': 'Choose how to receive the verification code: SMS or voice call.',
    'live-not-done': 'Finish this step once the number is registered and Meta shows it as connected.',
  },
  notice: {
    'storage-reset': {
      unreadable: 'Your saved progress could not be read, so the guide starts from the beginning.',
      invalid: 'Your saved progress was damaged, so the guide starts from the beginning.',
      'unsupported-version':
        'Your saved progress comes from another version of this guide, so it starts from the beginning.',
      foreign: 'The saved progress belongs to a different guide, so this one starts from the beginning.',
      'storage-failed': 'Your browser did not let the guide read saved progress. It starts from the beginning.',
    },
    'storage-adjusted': {
      inconsistent: 'Some steps in your saved progress did not match your answers, so they were reopened.',
      invalid: 'Part of your saved progress was damaged and has been left out. The rest is kept.',
      'clock-ahead':
        "This device's clock was set far ahead when your progress was saved. Waiting times now count from the current time.",
    },
    'storage-write-failed': {
      'storage-failed': 'Your browser did not let the guide save your progress. Keep this page open until you finish.',
    },
    'phone-rechecked': {
      inconsistent:
        'A full check found this phone number is not valid, so the steps that relied on it were reopened. Correct the number to continue.',
    },
  },
  duration: {
    hours_one: '{{count}} hour',
    hours_other: '{{count}} hours',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    hoursMinutes: '{{hours}} h {{minutes}} min',
    lessThanMinute: 'less than a minute',
  },
} satisfies MessageTree;

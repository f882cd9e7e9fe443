import type { MessageTree } from '../types';

export const requirements = {
  requirementGroup: {
    number: 'The phone number',
    access: 'Your access',
    'meta-rules': "Meta's conditions for moving a number",
  },
  requirement: {
    'phone-number': {
      title: 'The number you are moving',
      description: 'Enter the WhatsApp number with its country code.',
    },
    'receive-verification-code': {
      title: 'You can receive the verification code',
      description:
        'Meta sends a 6-digit code to the number by SMS or voice call. You need access to the number to receive it.',
      attestation: 'I can receive a 6-digit code on this number by SMS or voice call.',
    },
    'international-reception': {
      title: 'The number accepts international calls and SMS',
      description:
        "The code can come from outside your country. Check that your carrier doesn't block international calls or SMS.",
      attestation: 'The number can receive international calls and SMS.',
    },
    'ivr-disabled': {
      title: 'Phone menus (IVR) are off during the move',
      description:
        "Meta's verification call cannot get through an automated phone menu or call forwarding. Turn them off until the move is done.",
      attestation: 'IVR and call forwarding are off on this number for the move.',
    },
    'provider-admin': {
      title: 'You are an admin in {{provider}}',
      description: 'You need admin rights in {{provider}} to add or remove the WhatsApp channel.',
      attestation: 'I have admin rights in {{provider}}.',
    },
    'meta-business-admin': {
      title: 'You are an admin of your Meta Business Manager',
      description: 'You need admin rights in Meta Business Manager to accept requests and finish the setup.',
      attestation: 'I have admin rights in our Meta Business Manager.',
    },
    'two-step-verification-off': {
      title: 'Two-step verification is off',
      description:
        'Whoever holds the number now must turn off its two-step verification (2FA PIN). There is no way to do it from the new side.',
      attestation: 'I have confirmation that two-step verification is off for this number.',
    },
    'same-business-manager': {
      title: 'The same Meta Business Manager',
      description: 'The new setup must use the Meta Business Manager ID you use now. Enter both to compare them.',
    },
    'same-display-name': {
      title: 'The same display name',
      description: 'The new setup must use exactly the display name you use now. Enter both to compare them.',
    },
    'display-name-approved': {
      title: 'The display name is approved',
      description: 'Meta must have approved the display name, and no change of display name may be waiting for review.',
      attestation: 'The display name is approved and no name change is pending.',
    },
    'not-on-whatsapp-app': {
      title: 'The number is not on the WhatsApp app',
      description:
        'A number used in the WhatsApp or WhatsApp Business app cannot be moved this way. Delete that account first.',
      attestation: 'The number is not in use on the WhatsApp or WhatsApp Business app.',
    },
    'not-test-number': {
      title: 'It is not a WhatsApp test number',
      description: 'Test numbers issued by WhatsApp cannot be moved.',
      attestation: 'This is a real business number, not a WhatsApp test number.',
    },
    'not-banned': {
      title: 'Nothing is blocked by Meta',
      description:
        'Your Business Manager, WhatsApp Business Account and number must not be blocked or banned by Meta. {{provider}} cannot lift a ban.',
      attestation: 'Meta has not blocked or banned our Business Manager, WhatsApp Business Account or number.',
    },
  },
  fields: {
    phoneNumber: 'WhatsApp phone number',
    currentBusinessManagerId: 'Meta Business Manager ID you use now',
    newBusinessManagerId: 'Meta Business Manager ID in the new setup',
    currentDisplayName: 'Display name you use now',
    newDisplayName: 'Display name in the new setup',
  },
  requirementStatus: {
    met: 'Met',
    unmet: 'Not met yet',
    failed: 'Not met',
    checking: 'Checking…',
    error: "Couldn't check",
  },
} satisfies MessageTree;

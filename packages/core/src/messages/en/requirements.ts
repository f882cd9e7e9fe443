import type { MessageTree } from '../types';

export const requirements = {
  requirementGroup: {
    number: 'The phone number',
    access: 'Your access',
    'meta-rules': "Meta's conditions for moving a number",
    billing: 'Billing',
  },
  requirement: {
    'phone-number': {
      title: 'The number you are moving',
      description: 'Start with the country code.',
    },
    'receive-verification-code': {
      title: 'You can receive the verification code',
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
      attestation: 'I have confirmation that two-step verification is off for this number.',
    },
    'same-business-manager': {
      title: 'The same Meta Business Manager',
      description:
        'Meta requires both sides to be the same business. Enter both to check for yourself: the guide compares what you type and cannot see your accounts.',
    },
    'same-display-name': {
      title: 'The same display name',
      description: 'The display name must match exactly, letter for letter.',
    },
    'display-name-approved': {
      title: 'The display name is approved',
      attestation: 'The display name is approved and no name change is pending.',
    },
    'not-on-whatsapp-app': {
      title: 'The number is not on the WhatsApp app',
      description: 'If it is, delete that account in the app first.',
      attestation: 'The number is not in use on the WhatsApp or WhatsApp Business app.',
    },
    'not-test-number': {
      title: 'It is not a WhatsApp test number',
      attestation: 'This is a real business number, not a WhatsApp test number.',
    },
    'not-banned': {
      title: 'Nothing is blocked by Meta',
      description: '{{provider}} cannot lift a ban, but can ask Meta on your behalf.',
      attestation: 'Meta has not blocked or banned our Business Manager, WhatsApp Business Account or number.',
    },
    'business-verified': {
      title: 'Your business is verified',
      attestation: 'Our business portfolio has completed business verification.',
    },
    'owns-waba': {
      title: 'Your business owns the WhatsApp Business Account',
      description:
        'Only an account your business owns can be shared with a new provider. An account your provider owns for you cannot.',
      attestation: 'Our business owns the WhatsApp Business Account that holds the number.',
    },
    'destination-waba-ready': {
      title: "{{provider}}'s WhatsApp Business Account for you is ready",
      description:
        'The WhatsApp Business Account the number moves to must be verified and approved, have a payment method and be subscribed to messages. {{provider}} sets it up.',
      attestation: '{{provider}} has confirmed that the WhatsApp Business Account for us is ready.',
    },
    'business-app-version': {
      title: 'The WhatsApp Business app is up to date',
      attestation: 'The WhatsApp Business app on the phone is version 2.24.17 or later.',
    },
    'app-payment-methods-removed': {
      title: 'No payment methods in the app',
      attestation: 'There are no payment methods in the WhatsApp Business app.',
    },
    'old-provider-invoices-settled': {
      title: 'Your current provider is paid',
      description:
        'Pay any open invoices of your current provider first: a provider may not release the number while money is owed, and a pending balance can block removing the account.',
      attestation: 'We have paid every invoice of our current provider.',
    },
    'credit-line-currency-matches': {
      title: 'The currencies match',
      description: "The currency of {{provider}}'s credit line must be the currency of your WhatsApp Business Account.",
      attestation:
        '{{provider}} has confirmed that its credit line uses the currency of our WhatsApp Business Account.',
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

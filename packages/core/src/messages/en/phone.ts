import type { MessageTree } from '../types';

export const phone = {
  phone: {
    errors: {
      empty: 'Enter the phone number.',
      'not-a-number': 'Enter the phone number using only digits, spaces, hyphens, brackets and a leading +.',
      'missing-country-code': 'Enter the number with its country code, for example +81 90 1234 5678.',
      'unknown-country-code': "We don't recognise the country code after the +. Check it (Japan is +81).",
      'too-short':
        "This number is too short. Enter the whole number, including the area code. Short codes can't be used.",
      'too-long': 'This number is too long. Check for extra digits.',
      'invalid-length': "This number doesn't have a possible length for its country. Check the digits.",
      'has-extension':
        "Enter the number without an extension. The verification call has to reach the line directly, so a number behind an extension can't be used.",
      'all-zeros': "A phone number can't be only zeros. Check the digits.",
      'unsupported-type': "Pager numbers can't receive the verification code. Use a mobile or landline number.",
    },
    advice: {
      method: {
        'sms-or-voice': 'You can get the verification code by SMS or by voice call.',
        voice: 'Choose a voice call for the verification code.',
        'either-unknown':
          "We can't tell whether this is a mobile or a landline. If it's a landline, choose a voice call for the verification code.",
      },
      'unverified-range':
        "We couldn't confirm this number for its country. Check it for typos. If it's right, you can go on.",
      'mobile-ready': 'Keep the phone switched on with signal, and make sure it can receive SMS and calls from abroad.',
      'voice-line-ready':
        'Turn off call forwarding and any automated menu (IVR) on this line until the move is done, and make sure it accepts calls from abroad.',
      'ivr-allow-list':
        "If the line's automated menu can't be turned off, ask WhatsApp support for the one or two numbers the registration call comes from. Allow calls from them, or route the call to a person.",
      'voip-service':
        'Check that your VoIP provider accepts SMS and calls from abroad, and keep the service running while you wait for the code.',
      'type-not-recommended':
        "Meta doesn't recommend this kind of number for receiving the verification code. Use a mobile or landline number if you can.",
      'type-unknown': 'Make sure the number can receive SMS and calls from abroad.',
      'brazil-ninth-digit':
        'Brazilian numbers: enter the number exactly as it appears in your current WhatsApp profile, with or without the extra 9 after the area code. After the move, Meta may show it with the 9, so update any system that stores the number.',
      'mexico-prefix':
        'Mexican numbers have 10 digits after +52. WhatsApp may show the number with an extra 1 after +52; that is expected and it is the same number.',
      'cote-divoire-renumbering':
        "Côte d'Ivoire numbers changed from 8 to 10 digits. If a system still stores this number in its old 8-digit form, update it after the move.",
    },
  },
} satisfies MessageTree;

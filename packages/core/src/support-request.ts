import type { Locale, ProviderProfile, SupportRequestKind } from './knowledge/types';
import { SUPPORT_REQUEST_RECIPIENT } from './knowledge/vocabulary';
import { profileMessageParams, supportAddress } from './profiles/provider-profile';
import { displayText, isEmailAddress } from './validation/text';

/** Translates a catalogue key with values and options: i18next's `t`, or any function of the same shape. */
export type Translate = (key: string, options: Readonly<Record<string, unknown>>) => string;

export interface SupportRequestOptions {
  readonly kind: SupportRequestKind;
  readonly profile: ProviderProfile;
  /** The number in E.164, as the snapshot's `phoneNumberE164` gives it. */
  readonly phoneNumberE164: string;
  readonly locale: Locale;
  readonly t: Translate;
}

export interface SupportRequest {
  readonly subject: string;
  readonly body: string;
  /**
   * A mailto: link encoded per RFC 6068. Addressed to the profile's support address when it has one;
   * otherwise it has no recipient (`mailto:?subject=...`) and the user's mail program asks for one.
   */
  readonly mailto: string;
}

/**
 * The seed's requests (Z1): leaving the provider, titled "Migrate WhatsApp number away from {{provider}}"
 * with the number in the body; for the move to a self-hosted WABA, asking support to turn off two-step
 * verification; and, moving in from another BSP, the same ask of that BSP (Z1: the current BSP turns it off).
 */
export function buildSupportRequest(options: SupportRequestOptions): SupportRequest {
  const values = {
    ...profileMessageParams(options.profile, options.locale),
    phoneNumber: options.phoneNumberE164,
    // An email is plain text: "Acme & Co" must not arrive as "Acme &amp; Co".
    interpolation: { escapeValue: false },
  };
  const base = `supportRequest.${options.kind}`;
  const subject = options.t(`${base}.subject`, values);
  const body = options.t(`${base}.body`, values);
  // The provider's address is for its own support; the current BSP's is the business's to fill in.
  const to = SUPPORT_REQUEST_RECIPIENT[options.kind] === 'provider' ? (supportAddress(options.profile) ?? '') : '';
  return { subject, body, mailto: mailtoLink(to, subject, body) };
}

/**
 * A mailto: URL per RFC 6068. Nothing can add a header: the recipient is an address or left out, and the
 * subject is one line (a line break in it becomes a space). In the body, every line break (CR, LF or
 * both) becomes CRLF. Every other reserved character is escaped.
 */
export function mailtoLink(to: string, subject: string, body: string): string {
  const recipient = isEmailAddress(to) ? to : '';
  const oneLine = displayText(subject);
  const lines = body.replace(/\r\n|\r|\n/gu, '\r\n');
  return `mailto:${encodeURIComponent(recipient).replace(/%40/gu, '@')}?subject=${encodeURIComponent(oneLine)}&body=${encodeURIComponent(lines)}`;
}

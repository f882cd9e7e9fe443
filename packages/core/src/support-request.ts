import type { Locale, ProviderProfile, SupportRequestKind } from './knowledge/types';
import { SUPPORT_REQUEST_RECIPIENT } from './knowledge/vocabulary';
import { profileMessageParams } from './profiles/provider-profile';

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
  const to = SUPPORT_REQUEST_RECIPIENT[options.kind] === 'provider' ? (options.profile.supportEmail ?? '') : '';
  return { subject, body, mailto: mailtoLink(to, subject, body) };
}

/** A mailto: URL; line breaks become CRLF as RFC 6068 asks, and every other reserved character is escaped. */
export function mailtoLink(to: string, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/gu, '\r\n'));
  return `mailto:${encode(to).replace(/%40/gu, '@')}?subject=${encode(subject)}&body=${encode(body)}`;
}

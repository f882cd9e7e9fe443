/** Full-width digits, signs and spaces (ＡＢ１２３, ＋, U+3000) become their ASCII forms. */
export function toHalfWidth(input: string): string {
  return input.normalize('NFKC');
}

/** Names compare after Unicode NFC and trimming, as the identity rule asks (Z1). */
export function normalizeName(input: string): string {
  return input.normalize('NFC').trim();
}

/**
 * Characters that have no place in a name or number a person types: C0/C1 controls and the Unicode
 * bidirectional overrides and isolates that can make a string display differently from what it is.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's job.
export const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's job.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]+/gu;
/** Direction marks, embeddings, overrides and isolates: one left open would turn the text after it. */
const DIRECTION_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * A host's text (a provider's name, a path, a link) as the guide shows and mails it: no line break or
 * other control (each becomes a space), and no direction control, so an unterminated right-to-left
 * override cannot reverse the sentences around it or a mail's subject.
 */
export function displayText(text: string): string {
  return text.replace(DIRECTION_CONTROLS, '').replace(CONTROLS, ' ').trim();
}

/**
 * An e-mail address as the HTML standard reads one (its valid e-mail address), without `/` and `?`: nothing
 * a mailto: link could take for more than a recipient. Anything else is no address.
 */
export const isEmailAddress = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length <= 254 &&
  /^[A-Za-z0-9.!#$%&'*+=^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/u.test(
    value,
  );

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

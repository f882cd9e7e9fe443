import type { TroubleshootingEntry } from '../knowledge/types';

/** Width- and case-insensitive text: full-width digits and letters become ASCII, then lower case. */
export const normaliseText = (text: string) => text.normalize('NFKC').toLowerCase();

/** "2388001", "#133016", "(#133016)" or "１３３０１６" -> the code's digits, as the engine keeps them; otherwise null. */
export function parseErrorCode(query: string): string | null {
  const compact = normaliseText(query).replace(/\s+/gu, '');
  const digits = /^\(?#?(\d{1,12})\)?$/u.exec(compact)?.[1];
  return digits === undefined ? null : String(Number(digits));
}

/** Every word of the query appears in the text (both normalised). */
export function matchesText(text: string, query: string): boolean {
  const haystack = normaliseText(text);
  return normaliseText(query)
    .split(/\s+/u)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** A code query finds entries whose codes start with it, so typing a code narrows the list as it grows. */
export const matchesCode = (entry: TroubleshootingEntry, code: string) =>
  entry.codes.some((c) => String(c).startsWith(code));

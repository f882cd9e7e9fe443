import { parseGraphError } from '../engine/graph-error';
import type { TroubleshootingEntry } from '../knowledge/types';

/** Width- and case-insensitive text: full-width digits and letters become ASCII, then lower case. */
export const normaliseText = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * The code a query names, as the engine keeps it: `2388001`, `#133016`, `(#133016)`, `１３３０１６`, Meta's message
 * `(#2388103) Unable to …`, or a pasted Graph body (its subcode first). Null for words, even with a number
 * inside ("code 100"), so a search for a symptom is not taken for a code.
 */
export function parseErrorCode(query: string): string | null {
  const text = normaliseText(query).replace(/\s+/gu, ' ').trim();
  // A code alone, a code marked as Meta marks it ("#133016 …", "(#2388103) …"), or a body. "2 step …" is words.
  const looksLikeCode =
    /^\(?#?\d+\)?$/u.test(text.replace(/ /gu, '')) || /^\(?#\d+/u.test(text) || text.startsWith('{');
  if (!looksLikeCode) return null;
  const { code } = parseGraphError(query);
  return /^\d+$/u.test(code) ? code : null;
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

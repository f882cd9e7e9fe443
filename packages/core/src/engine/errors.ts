import type { TroubleshootingEntry } from '../knowledge/types';
import { UNSAFE_CHARACTERS } from '../validation/text';
import { evaluateRequirements } from './evaluate';
import type { EngineConfig, MigrationState } from './types';

const MAX_CODE_LENGTH = 40;
const MAX_DETAILS_LENGTH = 500;
const UNSAFE_GLOBAL = new RegExp(UNSAFE_CHARACTERS.source, 'gu');

/**
 * Error codes arrive as numbers, strings, or Meta's message form "(#133005) ...". A code is digits when it
 * can be read as one; anything else is kept as the host sent it, cleaned and cut short, so the generic
 * entry can still show it.
 */
export function normalizeErrorCode(raw: unknown): string {
  if (typeof raw !== 'string' && typeof raw !== 'number') return '?';
  const text = String(raw).replace(UNSAFE_GLOBAL, '').trim();
  const digits = /^\(?#?(\d{1,12})\)?/u.exec(text)?.[1];
  if (digits !== undefined) return String(Number(digits));
  return text.slice(0, MAX_CODE_LENGTH) || '?';
}

export function cleanDetails(details: unknown): string | undefined {
  if (typeof details !== 'string') return undefined;
  const text = details.replace(UNSAFE_GLOBAL, ' ').trim().slice(0, MAX_DETAILS_LENGTH);
  return text === '' ? undefined : text;
}

/**
 * The entries a code opens, the likeliest first: among a code's several causes (2388103 has nine), those
 * tied to a requirement the user has failed come before the rest.
 */
export function entriesForCode(config: EngineConfig, state: MigrationState, code: string): TroubleshootingEntry[] {
  const numeric = /^\d+$/u.test(code) ? Number(code) : null;
  const matches = numeric === null ? [] : config.troubleshooting.filter((e) => e.codes.includes(numeric));
  if (matches.length < 2) return matches;
  const failed = new Set(
    evaluateRequirements(config, state)
      .filter((r) => r.status === 'failed')
      .map((r) => r.requirement.id),
  );
  const tied = (e: TroubleshootingEntry) => (e.relatedRequirements ?? []).some((id) => failed.has(id));
  return [...matches.filter(tied), ...matches.filter((e) => !tied(e))];
}

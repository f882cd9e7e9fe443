import type { TroubleshootingEntry } from '../knowledge/types';
import { evaluateRequirements, failedRequirementIds } from './evaluate';
import { normaliseTitle } from './graph-error';
import { PORTAL_CODE_PREFIX } from './live';
import type { EngineConfig, MigrationState } from './types';

/**
 * The entries a code opens, the likeliest first. Among a code's several causes (2388103 has nine), a known
 * `error_user_title` narrows to its cause (Meta's titles are a hint: they may change, M3); otherwise every
 * cause is listed, those tied to a requirement the user has failed first.
 */
export function entriesForCode(
  config: EngineConfig,
  state: MigrationState,
  code: string,
  userTitle?: string,
): TroubleshootingEntry[] {
  const numeric = /^\d+$/u.test(code) ? Number(code) : null;
  const portal = code.startsWith(PORTAL_CODE_PREFIX) ? code.slice(PORTAL_CODE_PREFIX.length) : null;
  const matches = config.troubleshooting.filter((e) =>
    numeric !== null ? e.codes.includes(numeric) : portal !== null && (e.serverCodes ?? []).includes(portal),
  );
  if (matches.length < 2) return matches;
  if (userTitle !== undefined) {
    const title = normaliseTitle(userTitle);
    const named = matches.filter((e) => (e.userTitles ?? []).some((t) => normaliseTitle(t) === title));
    if (named.length > 0) return named;
  }
  const failed = failedRequirementIds(evaluateRequirements(config, state));
  const tied = (e: TroubleshootingEntry) => (e.relatedRequirements ?? []).some((id) => failed.has(id));
  return [...matches.filter(tied), ...matches.filter((e) => !tied(e))];
}

/** Subcode first, then code: a subcode no entry knows falls back to the entries of Meta's top-level code. */
export function entriesForError(
  config: EngineConfig,
  state: MigrationState,
  error: { readonly code: string; readonly parentCode?: string | undefined; readonly userTitle?: string | undefined },
): TroubleshootingEntry[] {
  const own = entriesForCode(config, state, error.code, error.userTitle);
  return own.length > 0 || error.parentCode === undefined
    ? own
    : entriesForCode(config, state, error.parentCode, error.userTitle);
}

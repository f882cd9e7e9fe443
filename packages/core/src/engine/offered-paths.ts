import type { ProviderProfile, Scenario } from '../knowledge/types';

/**
 * The paths a provider offers: every path without `replaces`, except those an alternative the profile
 * names stands in for, plus those alternatives. An id the profile names that is no alternative is ignored,
 * and of two alternatives for one path the first named wins, so a profile from a CMS cannot break the picker.
 */
export function offeredScenarios(scenarios: readonly Scenario[], profile: Pick<ProviderProfile, 'paths'>): Scenario[] {
  const named = Array.isArray(profile.paths) ? profile.paths : [];
  const chosen = new Map<string, string>();
  for (const id of named) {
    const alternative = scenarios.find((s) => s.id === id && s.replaces !== undefined);
    if (alternative?.replaces !== undefined && !chosen.has(alternative.replaces)) {
      chosen.set(alternative.replaces, alternative.id);
    }
  }
  const offered = new Set(chosen.values());
  return scenarios.filter((s) => (s.replaces === undefined ? !chosen.has(s.id) : offered.has(s.id)));
}

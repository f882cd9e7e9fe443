import type { ProviderProfile, Scenario } from '../knowledge/types';

/**
 * The paths a provider offers: every path without `replaces`, except those an alternative the profile
 * names stands in for, with those alternatives in their place. An id the profile names that is no alternative is ignored,
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
  // An alternative takes the place of the path it stands in for, so the picker's answers keep their order.
  return scenarios
    .filter((s) => s.replaces === undefined)
    .map((s) => scenarios.find((alt) => alt.id === chosen.get(s.id)) ?? s);
}

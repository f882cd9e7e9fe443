import { type ProfileMessageParams, profileMessageParams } from '@wamigrate/core';
import { useMemo } from 'react';
import type { MessageValues } from '../i18n/i18n-context';
import { useGuideI18n } from '../i18n/i18n-context';
import { useMigrationSelector } from './migration-context';

/**
 * {{provider}}, {{support}}, {{codeLimit}} ...: the values the knowledge's messages interpolate, for a host's
 * own parts (the library's parts get their texts from the core's view model). Re-renders only with the profile.
 */
export function useProfileParams(): ProfileMessageParams & MessageValues {
  const profile = useMigrationSelector((snapshot) => snapshot.profile);
  const { requestedLocale } = useGuideI18n();
  return useMemo(() => ({ ...profileMessageParams(profile, requestedLocale) }), [profile, requestedLocale]);
}

import { type ProfileMessageParams, profileMessageParams } from '@wamigrate/core';
import { useMemo } from 'react';
import type { MessageValues } from '../i18n/i18n-context';
import { useGuideI18n } from '../i18n/i18n-context';
import { useMigration } from './migration-context';

/** {{provider}}, {{support}}, {{codeLimit}} ...: the values the knowledge's messages interpolate. */
export function useProfileParams(): ProfileMessageParams & MessageValues {
  const { snapshot } = useMigration();
  const { locale } = useGuideI18n();
  return useMemo(() => ({ ...profileMessageParams(snapshot.profile, locale) }), [snapshot.profile, locale]);
}

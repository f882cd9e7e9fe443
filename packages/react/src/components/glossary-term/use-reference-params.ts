import { type ProfileMessageParams, profileMessageParams, zendeskProfile } from '@wamigrate/core';
import { useMemo } from 'react';
import { type MessageValues, useGuideI18n } from '../../i18n/i18n-context';
import { useOptionalProfile } from '../../migration/migration-context';

/**
 * `{{provider}}`, `{{codeLimit}}` ... for the glossary and carry-over texts: the host's `params`, else the
 * migration's profile, else the default profile's.
 */
export function useReferenceParams(params?: MessageValues): MessageValues {
  const { requestedLocale } = useGuideI18n();
  const profile = useOptionalProfile();
  return useMemo<MessageValues>(
    () => ({
      ...(profileMessageParams(profile ?? zendeskProfile, requestedLocale) satisfies ProfileMessageParams),
      ...params,
    }),
    [profile, requestedLocale, params],
  );
}

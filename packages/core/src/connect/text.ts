import type { MigrationSnapshot } from '../engine/types';
import { profileMessageParams } from '../profiles/provider-profile';
import { durationMessage } from '../rules/duration';
import type { ConnectEnv, MessageValues, Translate } from './types';

/** `t` with the profile's values ({{provider}}, {{support}}, {{codeLimit}} ...) filled in for every key. */
export function textWithProfile(snapshot: Pick<MigrationSnapshot, 'profile'>, env: ConnectEnv): Translate {
  const params: MessageValues = { ...profileMessageParams(snapshot.profile, env.locale) };
  return (key: string, values?: MessageValues) => env.t(key, values ? { ...params, ...values } : params);
}

/** A length of time in words ("7 hours 59 minutes"), in the guide's language. */
export function durationText(t: Translate, ms: number): string {
  const duration = durationMessage(ms);
  return t(duration.key, duration.values);
}

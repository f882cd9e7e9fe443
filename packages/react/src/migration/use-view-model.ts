import type { MigrationSnapshot, SupportRequestKind } from '@wamigrate/core';
import {
  type ChecklistApi,
  type ConnectEnv,
  connectChecklist,
  connectGuide,
  connectPicker,
  connectStepper,
  connectSupportRequest,
  connectTroubleshooting,
  connectVerificationCode,
  type GuideApi,
  type PickerAnswers,
  type PickerApi,
  type StepperApi,
  type SupportRequestApi,
  type TroubleshootingApi,
  type VerificationCodeApi,
} from '@wamigrate/core/connect';
import { useMemo } from 'react';
import { useGuideI18n } from '../i18n/i18n-context';
import { useMigrationEngine, useMigrationSelector } from './migration-context';

/**
 * The core's view models, for the parts: each subscribes to exactly the snapshot keys its `connect*` reads,
 * so a keystroke in one field re-renders only what shows that field.
 */

/** What every `connect*` needs besides the snapshot: ids from `id`, texts in the guide's language. */
export function useConnectEnv(id: string): ConnectEnv {
  const { t, locale, requestedLocale } = useGuideI18n();
  return useMemo(() => ({ id, t, locale: requestedLocale, language: locale }), [id, t, locale, requestedLocale]);
}

/**
 * The snapshot's `keys`, kept as the same object while none of them changed. `now` moves with every event:
 * it is read but never by itself a reason to re-render (countdowns keep their own clock).
 */
function useSnapshotKeys<K extends keyof MigrationSnapshot>(keys: readonly K[]): Pick<MigrationSnapshot, K> {
  return useMigrationSelector(
    (snapshot) => Object.fromEntries(keys.map((key) => [key, snapshot[key]])) as Pick<MigrationSnapshot, K>,
    (a, b) => keys.every((key) => key === 'now' || Object.is(a[key], b[key])),
  );
}

const STEPPER_KEYS = [
  'profile',
  'scenario',
  'steps',
  'requirements',
  'progress',
  'isComplete',
  'currentStepId',
  'rejection',
] as const;
const CODE_KEYS = ['profile', 'verificationCode', 'now'] as const;
const PICKER_KEYS = ['profile', 'knowledge', 'scenario', 'progress'] as const;
const TROUBLESHOOTING_KEYS = ['profile', 'knowledge', 'troubleshooting'] as const;
const CHECKLIST_KEYS = ['profile', 'scenario', 'requirements', 'requirementsLeft'] as const;
const GUIDE_KEYS = ['profile', 'status', 'scenario', 'scenarioFixed', 'isComplete', 'notice'] as const;
const SUPPORT_REQUEST_KEYS = ['profile', 'phoneNumberE164', 'phoneNumberRemembered'] as const;

export function useStepperApi(id: string): StepperApi {
  const { send } = useMigrationEngine();
  const env = useConnectEnv(id);
  const snapshot = useSnapshotKeys(STEPPER_KEYS);
  return useMemo(() => connectStepper(snapshot, send, env), [snapshot, send, env]);
}

export function useVerificationCodeApi(id: string): VerificationCodeApi {
  const { send } = useMigrationEngine();
  const env = useConnectEnv(id);
  const snapshot = useSnapshotKeys(CODE_KEYS);
  return useMemo(() => connectVerificationCode(snapshot, send, env), [snapshot, send, env]);
}

export function usePickerApi(id: string, answers: PickerAnswers): PickerApi {
  const { send } = useMigrationEngine();
  const env = useConnectEnv(id);
  const snapshot = useSnapshotKeys(PICKER_KEYS);
  return useMemo(() => connectPicker(snapshot, send, env, answers), [snapshot, send, env, answers]);
}

export function useTroubleshootingApi(id: string, query: string): TroubleshootingApi {
  const { send } = useMigrationEngine();
  const env = useConnectEnv(id);
  const snapshot = useSnapshotKeys(TROUBLESHOOTING_KEYS);
  return useMemo(() => connectTroubleshooting(snapshot, send, env, query), [snapshot, send, env, query]);
}

export function useChecklistApi(id: string): ChecklistApi {
  const { send } = useMigrationEngine();
  const env = useConnectEnv(id);
  const snapshot = useSnapshotKeys(CHECKLIST_KEYS);
  return useMemo(() => connectChecklist(snapshot, send, env), [snapshot, send, env]);
}

export function useGuideApi(id: string): GuideApi {
  const { send } = useMigrationEngine();
  const env = useConnectEnv(id);
  const snapshot = useSnapshotKeys(GUIDE_KEYS);
  return useMemo(() => connectGuide(snapshot, send, env), [snapshot, send, env]);
}

export function useSupportRequestApi(id: string, kind: SupportRequestKind): SupportRequestApi {
  const env = useConnectEnv(id);
  const snapshot = useSnapshotKeys(SUPPORT_REQUEST_KEYS);
  return useMemo(() => connectSupportRequest(snapshot, env, kind), [snapshot, env, kind]);
}

import type { MigrationSnapshot, SupportRequestKind } from '@wamigrate/core';
import {
  type ChecklistApi,
  type ConnectEnv,
  connectChecklist,
  connectGuide,
  connectLive,
  connectPicker,
  connectStepper,
  connectSupportRequest,
  connectTroubleshooting,
  connectVerificationCode,
  type GuideApi,
  type LiveApi,
  type PickerAnswers,
  type PickerApi,
  type Send,
  type StepperApi,
  type StepperOptions,
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
const LIVE_KEYS = ['profile', 'live', 'errors', 'troubleshooting', 'verificationCode', 'now'] as const;
const PICKER_KEYS = ['profile', 'knowledge', 'scenario', 'progress'] as const;
const TROUBLESHOOTING_KEYS = ['profile', 'knowledge', 'troubleshooting', 'scenario'] as const;
const CHECKLIST_KEYS = ['profile', 'scenario', 'requirements', 'requirementsLeft'] as const;
const GUIDE_KEYS = ['profile', 'status', 'scenario', 'scenarioFixed', 'isComplete', 'notice'] as const;
const SUPPORT_REQUEST_KEYS = ['profile', 'phoneNumberE164', 'phoneNumberRemembered'] as const;

/**
 * A view model from the snapshot keys it reads: rebuilt only when one of them, the guide's texts or
 * `inputs` (what `build` takes besides, such as the picker's answers) change.
 */
function useViewModel<K extends keyof MigrationSnapshot, Api>(
  id: string,
  keys: readonly K[],
  build: (snapshot: Pick<MigrationSnapshot, K>, send: Send, env: ConnectEnv) => Api,
  inputs: readonly unknown[] = [],
): Api {
  const { send } = useMigrationEngine();
  const env = useConnectEnv(id);
  const snapshot = useSnapshotKeys(keys);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `build` is a new closure each render; `inputs` lists what it reads
  return useMemo(() => build(snapshot, send, env), [snapshot, send, env, ...inputs]);
}

/** The stepper; with `options`, later steps open to be read ahead (see `StepperOptions`). */
export const useStepperApi = (id: string, options: StepperOptions = {}): StepperApi =>
  useViewModel(id, STEPPER_KEYS, (snapshot, send, env) => connectStepper(snapshot, send, env, options), [
    options.reading,
    options.read,
  ]);

/** Live mode's sub-steps in the code step (`hostActions`). */
export const useLiveApi = (id: string): LiveApi => useViewModel(id, LIVE_KEYS, connectLive);

export const useVerificationCodeApi = (id: string): VerificationCodeApi =>
  useViewModel(id, CODE_KEYS, connectVerificationCode);

export const usePickerApi = (id: string, answers: PickerAnswers): PickerApi =>
  useViewModel(id, PICKER_KEYS, (snapshot, send, env) => connectPicker(snapshot, send, env, answers), [answers]);

export const useTroubleshootingApi = (id: string, query: string): TroubleshootingApi =>
  useViewModel(id, TROUBLESHOOTING_KEYS, (snapshot, send, env) => connectTroubleshooting(snapshot, send, env, query), [
    query,
  ]);

/** The whole path's checklist, or with `stepId` only what that step waits for. */
export const useChecklistApi = (id: string, stepId?: string): ChecklistApi =>
  useViewModel(id, CHECKLIST_KEYS, (snapshot, send, env) => connectChecklist(snapshot, send, env, { stepId }), [
    stepId,
  ]);

export const useGuideApi = (id: string): GuideApi => useViewModel(id, GUIDE_KEYS, connectGuide);

export const useSupportRequestApi = (id: string, kind: SupportRequestKind): SupportRequestApi =>
  useViewModel(id, SUPPORT_REQUEST_KEYS, (snapshot, _send, env) => connectSupportRequest(snapshot, env, kind), [kind]);

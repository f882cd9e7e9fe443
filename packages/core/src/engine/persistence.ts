import type { InputField } from '../knowledge/types';
import { dropUnjustifiedSteps, findScenario, resolveCurrentStep } from './evaluate';
import {
  readStored,
  type SalvagedAttempts,
  STORAGE_SCHEMA,
  STORAGE_VERSION,
  type StoredMigration,
  salvageAttempts,
} from './stored-form';
import { initialState } from './transition';
import type { EngineConfig, MigrationState, NoticeReason } from './types';

export { STORAGE_SCHEMA, STORAGE_VERSION, type StoredMigration };

/** Stored progress is a few kilobytes; anything far larger is not ours. */
const MAX_STORED_LENGTH = 64 * 1024;

export interface PersistOptions {
  /** The phone number is stored only when the host opts in. */
  readonly persistPhoneNumber: boolean;
  /** Whether the phone requirement is met now (the engine's validator decides; see the snapshot). */
  readonly phoneNumberValid: boolean;
}

/**
 * What is written: progress by step id, answers, attempt times. Never a verification code or a two-step
 * PIN (the engine holds neither), never error details, and the phone number only on opt-in.
 */
export function serializeState(state: MigrationState, options: PersistOptions): string {
  const { phoneNumber, ...otherFields } = state.fields;
  const stored: StoredMigration = {
    schema: STORAGE_SCHEMA,
    version: STORAGE_VERSION,
    scenarioId: state.scenarioId,
    currentStepId: state.currentStepId,
    steps: state.steps,
    attestations: state.attestations,
    hostChecks: settledHostChecks(state),
    fields: options.persistPhoneNumber && phoneNumber !== undefined ? { ...otherFields, phoneNumber } : otherFields,
    rememberedValid: rememberedValid(options),
    attempts: {
      verificationCode: [...state.attempts.verificationCode],
      registration: [...state.attempts.registration],
    },
    errors: state.errors.map(({ code, stepId, at }) => ({ code, stepId, at })),
    lastSeenAt: state.lastSeenAt,
    live: state.live,
  };
  return JSON.stringify(stored);
}

function settledHostChecks(state: MigrationState): Record<string, 'met' | 'unmet'> {
  // Built from entries: a requirement may be called `__proto__`.
  return Object.fromEntries(
    Object.entries(state.hostChecks).filter(
      (entry): entry is [string, 'met' | 'unmet'] => entry[1] === 'met' || entry[1] === 'unmet',
    ),
  );
}

/** Without the opt-in, only the fact that the number was valid is kept, so progress that relied on it survives. */
function rememberedValid(options: PersistOptions): InputField[] {
  return !options.persistPhoneNumber && options.phoneNumberValid ? ['phoneNumber'] : [];
}

export type RestoreResult =
  /**
   * `adjusted`: some stored steps were not justified by the stored answers and were reopened; `damaged`:
   * some stored values could not be read and were left out, the rest kept.
   */
  | {
      readonly ok: true;
      readonly state: MigrationState;
      readonly adjusted: boolean;
      readonly damaged: boolean;
      /** Some stored times were further ahead than any wait: the clock was wrong, and they were read as now. */
      readonly clockAhead: boolean;
    }
  /** `salvaged`: the recorded attempts, read from the record even though the rest could not be used. */
  | { readonly ok: false; readonly reason: NoticeReason; readonly salvaged?: SalvagedAttempts };

/** Reads stored progress. Never throws: corrupt, tampered or foreign data gives a reason instead. */
export function restoreState(config: EngineConfig, raw: unknown, now: number): RestoreResult {
  if (typeof raw !== 'string' || raw.length > MAX_STORED_LENGTH) return { ok: false, reason: 'unreadable' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  // A time further ahead than the longest wait any policy sets is the clock's error, not a time: it is read
  // as now, so no wait runs from it and the guide's time is not held there.
  const latestTrusted =
    now + Math.max(config.profile.verificationCodePolicy.periodMs, config.profile.registrationPolicy.periodMs);
  let clockAhead = false;
  const clamp = (t: number) => {
    if (t <= latestTrusted) return t;
    clockAhead = true;
    return now;
  };
  // An attempt in the future by a little (the clock was set back since) counts from now, and stays at now.
  const clampAll = (times: readonly number[]) => times.map((t) => Math.min(clamp(t), now));
  const fail = (reason: NoticeReason): RestoreResult => {
    const salvaged = salvageAttempts(data);
    if (!salvaged) return { ok: false, reason };
    const attempts = {
      verificationCode: clampAll(salvaged.attempts.verificationCode),
      registration: clampAll(salvaged.attempts.registration),
    };
    return { ok: false, reason, salvaged: { attempts, lastSeenAt: clamp(salvaged.lastSeenAt) } };
  };
  const isOurs = typeof data === 'object' && data !== null && (data as { schema?: unknown }).schema === STORAGE_SCHEMA;
  if (!isOurs) return { ok: false, reason: 'foreign' };
  if ((data as { version?: unknown }).version !== STORAGE_VERSION) return fail('unsupported-version');
  const read = readStored(data);
  if (!read) return fail('invalid');
  const { stored, damaged } = read;
  const scenario = findScenario(config, stored.scenarioId);
  const fixedElsewhere = config.fixedScenarioId !== null && stored.scenarioId !== config.fixedScenarioId;
  // A path that could not be read is damage, not another guide's progress.
  if (damaged && (fixedElsewhere || (stored.scenarioId !== null && !scenario))) return fail('invalid');
  if ((stored.scenarioId !== null && !scenario) || fixedElsewhere) return fail('foreign');

  const known = new Set(config.requirements.map((r) => r.id));
  const stepIds = new Set(scenario?.steps.map((s) => s.id) ?? []);
  const base = initialState(now);
  const { fields } = stored;
  const candidate: MigrationState = {
    ...base,
    scenarioId: stored.scenarioId,
    // Steps the scenario no longer has are dropped; the rest keep their place by id.
    steps: Object.fromEntries(
      Object.entries(stored.steps)
        .filter(([stepId]) => stepIds.has(stepId))
        .map(([stepId, record]) => [stepId, { ...record, at: clamp(record.at) }]),
    ),
    attestations: Object.fromEntries(Object.entries(stored.attestations).filter(([reqId]) => known.has(reqId))),
    hostChecks: Object.fromEntries(
      Object.entries(stored.hostChecks ?? {}).filter(([reqId]) => config.hostCheckIds.has(reqId)),
    ),
    fields,
    // A stored value wins over the memory of one.
    rememberedValid: stored.rememberedValid.filter((field) => fields[field] === undefined),
    attempts: {
      verificationCode: clampAll(stored.attempts.verificationCode),
      registration: clampAll(stored.attempts.registration),
    },
    errors: stored.errors.map((e) => ({
      ...e,
      at: clamp(e.at),
      stepId: e.stepId !== null && stepIds.has(e.stepId) ? e.stepId : null,
    })),
    live: stored.live ?? base.live,
  };
  // Tampered progress (a step done without its requirements) is brought back to what the answers justify.
  const justified = dropUnjustifiedSteps(config, candidate);
  const currentStepId = scenario ? resolveCurrentStep(scenario, justified, stored.currentStepId) : null;
  const adjusted = Object.keys(justified.steps).length < Object.keys(candidate.steps).length;
  clamp(stored.lastSeenAt);
  return { ok: true, state: { ...justified, currentStepId }, adjusted, damaged, clockAhead };
}

import { INPUT_FIELDS } from '../knowledge/fields';
import type { InputField } from '../knowledge/types';
import {
  CODE_METHODS,
  INITIAL_LIVE,
  isCodeLanguage,
  isPhoneNumberId,
  LIVE_CALLS,
  type LiveCallState,
  type LiveState,
} from './live';
import type { StepRecord } from './types';

export const STORAGE_SCHEMA = 'wamigrate/migration';
export const STORAGE_VERSION = 1;

export interface StoredMigration {
  readonly schema: typeof STORAGE_SCHEMA;
  readonly version: typeof STORAGE_VERSION;
  readonly scenarioId: string | null;
  readonly currentStepId: string | null;
  /** Keyed by step id, never by index. */
  readonly steps: Readonly<Record<string, StepRecord>>;
  readonly attestations: Readonly<Record<string, boolean>>;
  /** The host's last answers, so progress that relied on them survives a reload until they are asked again. */
  readonly hostChecks: Readonly<Record<string, 'met' | 'unmet'>>;
  readonly fields: Readonly<Partial<Record<InputField, string>>>;
  /** Fields that were valid but are not stored (the phone number without the host's opt-in). */
  readonly rememberedValid: readonly InputField[];
  readonly attempts: { readonly verificationCode: readonly number[]; readonly registration: readonly number[] };
  readonly errors: readonly { readonly code: string; readonly stepId: string | null; readonly at: number }[];
  readonly lastSeenAt: number;
  /** Live mode's calls: the number's id (never the number itself), what each call did, what Meta said. */
  readonly live?: LiveState;
}

/**
 * Checks stored progress field by field, as untrusted input: wrong types, oversized values and unknown
 * keys make it unusable (null) or are dropped. Written by hand because zod would double the main entry.
 */
export function readStored(data: unknown): StoredMigration | null {
  if (!isObject(data)) return null;
  const steps = record(data.steps, (v): StepRecord | undefined =>
    isObject(v) && (v.status === 'complete' || v.status === 'skipped') && isTime(v.at)
      ? { status: v.status, at: v.at }
      : undefined,
  );
  const attestations = record(data.attestations, (v) => (typeof v === 'boolean' ? v : undefined));
  const hostChecks =
    data.hostChecks === undefined ? {} : record(data.hostChecks, (v) => (v === 'met' || v === 'unmet' ? v : undefined));
  const fields = readFields(data.fields);
  const rememberedValid =
    data.rememberedValid === undefined
      ? []
      : list(data.rememberedValid, INPUT_FIELDS.length, (v) => INPUT_FIELDS.find((f) => f === v));
  const attempts = isObject(data.attempts)
    ? { verificationCode: times(data.attempts.verificationCode), registration: times(data.attempts.registration) }
    : null;
  // Errors are kept leniently: a malformed or surplus report is dropped rather than the whole record.
  const errors = Array.isArray(data.errors)
    ? data.errors
        .filter(
          (v): v is Bag =>
            isObject(v) && isText(v.code, 40) && isTime(v.at) && (v.stepId === null || isText(v.stepId, MAX_ID)),
        )
        .map((v) => ({ code: v.code as string, stepId: v.stepId as string | null, at: v.at as number }))
        .slice(-MAX_ERRORS)
    : null;
  const scenarioId = data.scenarioId === null || isText(data.scenarioId, MAX_ID) ? data.scenarioId : undefined;
  const currentStepId =
    data.currentStepId === null || isText(data.currentStepId, MAX_ID) ? data.currentStepId : undefined;
  if (
    !steps ||
    !attestations ||
    !hostChecks ||
    !fields ||
    !rememberedValid ||
    !attempts?.verificationCode ||
    !attempts.registration ||
    !errors ||
    scenarioId === undefined ||
    currentStepId === undefined ||
    !isTime(data.lastSeenAt) ||
    data.schema !== STORAGE_SCHEMA ||
    data.version !== STORAGE_VERSION
  ) {
    return null;
  }
  return {
    schema: STORAGE_SCHEMA,
    version: STORAGE_VERSION,
    scenarioId,
    currentStepId,
    steps,
    attestations,
    hostChecks,
    fields,
    rememberedValid,
    attempts: { verificationCode: attempts.verificationCode, registration: attempts.registration },
    errors,
    lastSeenAt: data.lastSeenAt,
    live: readLive(data.live),
  };
}

/**
 * Live progress, read leniently: anything malformed starts live mode over (the attempts, kept apart, still
 * hold Meta's limits). A call that was on its way when the page closed is unknown: it is tried again.
 */
function readLive(value: unknown): LiveState {
  if (!isObject(value) || !isObject(value.calls)) return INITIAL_LIVE;
  const phoneNumberId =
    value.phoneNumberId === null || isPhoneNumberId(value.phoneNumberId) ? value.phoneNumberId : undefined;
  const method = value.method === null || CODE_METHODS.includes(value.method as never) ? value.method : undefined;
  const language = value.language === null || isCodeLanguage(value.language) ? value.language : undefined;
  if (phoneNumberId === undefined || method === undefined || language === undefined) return INITIAL_LIVE;
  const calls: Partial<Record<(typeof LIVE_CALLS)[number], LiveCallState>> = {};
  for (const call of LIVE_CALLS) {
    const v = value.calls[call];
    if (!isObject(v) || !isTime(v.at) || (v.status !== 'succeeded' && v.status !== 'failed')) continue;
    const errorCode = isText(v.errorCode, 40) ? { errorCode: v.errorCode } : {};
    calls[call] = { status: v.status, at: v.at, tries: 1, ...errorCode };
  }
  const number =
    isObject(value.number) && isText(value.number.status, 40)
      ? {
          status: value.number.status,
          ...textField(value.number, 'codeVerificationStatus', 40),
          ...textField(value.number, 'nameStatus', 40),
          ...textField(value.number, 'verifiedName', 256),
        }
      : null;
  const nameConfirmed = typeof value.nameConfirmed === 'boolean' ? value.nameConfirmed : null;
  return {
    phoneNumberId: phoneNumberId as string | null,
    method: method as LiveState['method'],
    language: language as string | null,
    calls,
    number,
    nameConfirmed,
  };
}

const textField = (bag: Bag, key: string, max: number) => (isText(bag[key], max) ? { [key]: bag[key] as string } : {});

const MAX_ID = 100;
const MAX_ERRORS = 20;
const MAX_TEXT = 1024;
const MAX_KEYS = 100;

type Bag = Record<string, unknown>;
const isObject = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A record of bounded size whose every value passes `read`; otherwise null. */
function record<T>(value: unknown, read: (v: unknown) => T | undefined): Record<string, T> | null {
  if (!isObject(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > MAX_KEYS) return null;
  const out: Record<string, T> = {};
  for (const [key, v] of entries) {
    const item = read(v);
    if (key.length > MAX_ID || item === undefined) return null;
    out[key] = item;
  }
  return out;
}

function list<T>(value: unknown, max: number, read: (v: unknown) => T | undefined): T[] | null {
  if (!Array.isArray(value) || value.length > max) return null;
  const out: T[] = [];
  for (const v of value) {
    const item = read(v);
    if (item === undefined) return null;
    out.push(item);
  }
  return out;
}

const times = (value: unknown) => list(value, MAX_KEYS, (v) => (isTime(v) ? v : undefined));

function readFields(value: unknown): Partial<Record<InputField, string>> | null {
  if (!isObject(value)) return null;
  const out: Partial<Record<InputField, string>> = {};
  for (const name of INPUT_FIELDS) {
    const v = value[name];
    if (v === undefined) continue;
    if (!isText(v, MAX_TEXT)) return null;
    out[name] = v;
  }
  return out;
}

export interface SalvagedAttempts {
  readonly attempts: StoredMigration['attempts'];
  readonly lastSeenAt: number;
}

/**
 * The recorded attempts of a record that cannot be used as a whole (another version, another scenario, a
 * damaged field): they belong to the phone number, not to the progress, and keep its cool-downs in force.
 */
export function salvageAttempts(data: unknown): SalvagedAttempts | null {
  if (!isObject(data) || !isObject(data.attempts)) return null;
  const verificationCode = times(data.attempts.verificationCode) ?? [];
  const registration = times(data.attempts.registration) ?? [];
  const latest = Math.max(...verificationCode, ...registration);
  if (!Number.isFinite(latest)) return null;
  return {
    attempts: { verificationCode, registration },
    lastSeenAt: isTime(data.lastSeenAt) ? Math.max(data.lastSeenAt, latest) : latest,
  };
}

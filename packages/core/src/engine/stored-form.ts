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

/** Stored progress as read, and whether some of its values were damaged and left out. */
export interface ReadStored {
  readonly stored: StoredMigration;
  readonly damaged: boolean;
}

/**
 * Checks stored progress value by value, as untrusted input: a value of the wrong type, oversized or
 * unknown drops itself alone (a string where an answer's boolean belongs loses that answer, not the
 * record), and `damaged` says so. Only a record of another schema or version is no record (null). Written
 * by hand because zod would double the main entry.
 */
export function readStored(data: unknown): ReadStored | null {
  if (!isObject(data) || data.schema !== STORAGE_SCHEMA || data.version !== STORAGE_VERSION) return null;
  let damaged = false;
  /** The value if it read (`undefined` if not), else the fallback, noting the damage. */
  const read = <T>(value: T | undefined, fallback: T): T => {
    if (value === undefined) {
      damaged = true;
      return fallback;
    }
    return value;
  };
  const kept = <T>(result: { readonly value: T; readonly dropped: boolean }): T => {
    if (result.dropped) damaged = true;
    return result.value;
  };
  const steps = kept(
    record(data.steps, (v): StepRecord | undefined =>
      isObject(v) && (v.status === 'complete' || v.status === 'skipped') && isTime(v.at)
        ? { status: v.status, at: v.at }
        : undefined,
    ),
  );
  const attestations = kept(record(data.attestations, (v) => (typeof v === 'boolean' ? v : undefined)));
  const hostChecks =
    data.hostChecks === undefined
      ? {}
      : kept(record(data.hostChecks, (v) => (v === 'met' || v === 'unmet' ? v : undefined)));
  const fields = kept(readFields(data.fields));
  const rememberedValid =
    data.rememberedValid === undefined
      ? []
      : kept(list(data.rememberedValid, INPUT_FIELDS.length, (v) => INPUT_FIELDS.find((f) => f === v)));
  // Not an object, the attempts read as none, and the lists below say the record was damaged.
  const attemptsBag: Bag = isObject(data.attempts) ? data.attempts : {};
  const attempts = {
    verificationCode: kept(times(attemptsBag.verificationCode)),
    registration: kept(times(attemptsBag.registration)),
  };
  // Errors are kept leniently: a malformed or surplus report is dropped rather than the whole record.
  const errors = kept(
    list(Array.isArray(data.errors) ? data.errors.slice(-MAX_ERRORS) : data.errors, MAX_ERRORS, (v) =>
      isObject(v) && isText(v.code, 40) && isTime(v.at) && (v.stepId === null || isText(v.stepId, MAX_ID))
        ? { code: v.code as string, stepId: v.stepId as string | null, at: v.at as number }
        : undefined,
    ),
  );
  const scenarioId = read(
    data.scenarioId === null || isText(data.scenarioId, MAX_ID) ? (data.scenarioId as string | null) : undefined,
    null,
  );
  const currentStepId = read(
    data.currentStepId === null || isText(data.currentStepId, MAX_ID)
      ? (data.currentStepId as string | null)
      : undefined,
    null,
  );
  const live = data.live === undefined ? INITIAL_LIVE : kept(readLive(data.live));
  // A lost time of last use is the latest time the record holds; the clock rules take it from there.
  const latest = Math.max(0, ...attempts.verificationCode, ...attempts.registration);
  const lastSeenAt = read(isTime(data.lastSeenAt) ? data.lastSeenAt : undefined, latest);
  return {
    stored: {
      schema: STORAGE_SCHEMA,
      version: STORAGE_VERSION,
      scenarioId,
      currentStepId,
      steps,
      attestations,
      hostChecks,
      fields,
      rememberedValid,
      attempts,
      errors,
      lastSeenAt,
      live,
    },
    damaged,
  };
}

/**
 * Live progress, read leniently: anything malformed starts live mode over (the attempts, kept apart, still
 * hold Meta's limits). A call that was on its way when the page closed is unknown: it is tried again.
 */
function readLive(value: unknown): Kept<LiveState> {
  const lost = { value: INITIAL_LIVE, dropped: true };
  if (!isObject(value) || !isObject(value.calls)) return lost;
  const phoneNumberId =
    value.phoneNumberId === null || isPhoneNumberId(value.phoneNumberId) ? value.phoneNumberId : undefined;
  const method = value.method === null || CODE_METHODS.includes(value.method as never) ? value.method : undefined;
  const language = value.language === null || isCodeLanguage(value.language) ? value.language : undefined;
  if (phoneNumberId === undefined || method === undefined || language === undefined) return lost;
  const calls: Partial<Record<(typeof LIVE_CALLS)[number], LiveCallState>> = {};
  let dropped = false;
  for (const call of LIVE_CALLS) {
    const v = value.calls[call];
    if (v === undefined) continue;
    // A call that was on its way is unknown (it is tried again); anything else malformed is damage.
    if (!isObject(v) || !isTime(v.at) || (v.status !== 'succeeded' && v.status !== 'failed')) {
      dropped ||= !(isObject(v) && v.status === 'pending');
      continue;
    }
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
  const live: LiveState = {
    phoneNumberId: phoneNumberId as string | null,
    method: method as LiveState['method'],
    language: language as string | null,
    calls,
    number,
    nameConfirmed,
  };
  return { value: live, dropped };
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

/** What a lenient reader kept, and whether it had to leave something out. */
interface Kept<T> {
  readonly value: T;
  readonly dropped: boolean;
}

/**
 * The entries of a record that pass `read`, each on its own; not a record, or one too large to be ours,
 * gives none. Built from entries: a key may be `__proto__`.
 */
function record<T>(value: unknown, read: (v: unknown) => T | undefined): Kept<Record<string, T>> {
  if (!isObject(value)) return { value: {}, dropped: true };
  const entries = Object.entries(value);
  if (entries.length > MAX_KEYS) return { value: {}, dropped: true };
  const good = entries.flatMap(([key, v]) => {
    const item = key.length <= MAX_ID ? read(v) : undefined;
    return item === undefined ? [] : [[key, item] as const];
  });
  return { value: Object.fromEntries(good), dropped: good.length < entries.length };
}

/** The items of a list that pass `read`, each on its own; not a list, or too long a one, gives none. */
function list<T>(value: unknown, max: number, read: (v: unknown) => T | undefined): Kept<T[]> {
  if (!Array.isArray(value) || value.length > max) return { value: [], dropped: true };
  const good = value.map(read).filter((item): item is T => item !== undefined);
  return { value: good, dropped: good.length < value.length };
}

const times = (value: unknown) => list(value, MAX_KEYS, (v) => (isTime(v) ? v : undefined));

function readFields(value: unknown): Kept<Partial<Record<InputField, string>>> {
  if (!isObject(value)) return { value: {}, dropped: true };
  const out: Partial<Record<InputField, string>> = {};
  let dropped = false;
  for (const name of INPUT_FIELDS) {
    const v = value[name];
    if (v === undefined) continue;
    if (isText(v, MAX_TEXT)) out[name] = v;
    else dropped = true;
  }
  return { value: out, dropped };
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
  const verificationCode = times(data.attempts.verificationCode).value;
  const registration = times(data.attempts.registration).value;
  const latest = Math.max(...verificationCode, ...registration);
  if (!Number.isFinite(latest)) return null;
  return {
    attempts: { verificationCode, registration },
    lastSeenAt: isTime(data.lastSeenAt) ? Math.max(data.lastSeenAt, latest) : latest,
  };
}

import type { HostActions } from '../engine/live-runner';

/**
 * A stand-in for a portal backend in front of Meta's Graph API, for tests and stories only: Meta cannot be
 * called from here. It answers as Meta documents (DOMAIN.md §1.2, §5, §8.1, §8.4; M1, M3, M22–M25):
 * success bodies as given there, failures as Graph error bodies with the documented codes and texts.
 */
export interface FakeMetaBackendOptions {
  /** Two-step verification still on at the source: start fails with 100 / subcode 2388001 (M3). */
  readonly twoStepOn?: boolean;
  /** The code Meta "sends"; any other fails `verify_code` with 136025 (M24). */
  readonly code?: string;
  /** `register` fails with 133005, two-step PIN mismatch (M3). */
  readonly pinMismatch?: boolean;
  /** The first n calls of each kind fail with 131000, "Something went wrong" (M25), then succeed. */
  readonly transient?: Partial<Record<keyof HostActions, number>>;
  /** Calls wait until `release()` is called. */
  readonly slow?: boolean;
  /** What `getStatus` reports as the display name Meta holds. */
  readonly verifiedName?: string;
  /** The id `startMigration` returns. */
  readonly phoneNumberId?: string;
  /** Registrations made elsewhere in the last 72 hours (another tool, a deregister): Meta counts them too (M4). */
  readonly registrationsBefore?: number;
  /** Every call fails as a lost connection does: a TypeError, no Meta body. */
  readonly offline?: boolean;
  /**
   * The portal's own server refuses these calls before Meta, with the `wamigrate_code` @wamigrate/server
   * sends (`not-owner`, `not-started`, …), in its body shape.
   */
  readonly portalRefuses?: Partial<Record<keyof HostActions, string>>;
}

export interface FakeMetaBackend {
  readonly actions: HostActions;
  /** Every call, in order, with what it was given (the code included: the test owns this backend). */
  readonly calls: { readonly name: keyof HostActions; readonly input: unknown }[];
  /** Calls under way at once; a correct engine never has more than one. */
  readonly inFlight: () => number;
  /** Lets every waiting call answer (with `slow`). */
  release(): void;
}

const HOUR = 60 * 60 * 1000;

/** A Graph API error body, as Meta sends it (§8.1). */
export const graphError = (
  code: number,
  message: string,
  extra: { subcode?: number; title?: string; userMessage?: string; details?: string } = {},
) => ({
  error: {
    message,
    type: 'OAuthException',
    code,
    ...(extra.subcode === undefined ? {} : { error_subcode: extra.subcode }),
    ...(extra.title === undefined ? {} : { error_user_title: extra.title }),
    ...(extra.userMessage === undefined ? {} : { error_user_msg: extra.userMessage }),
    ...(extra.details === undefined ? {} : { error_data: { messaging_product: 'whatsapp', details: extra.details } }),
    fbtrace_id: 'AbCdEfGhIjK',
  },
});

/** A refusal of the portal's own server (`@wamigrate/server`), as it sends one: nothing reached Meta. */
export const portalRefusal = (code: string) => ({
  error: { message: 'Refused by the portal', type: 'WamigrateError', wamigrate_code: code },
});

export const META_ERRORS = {
  twoStepOn: graphError(100, 'Invalid parameter', {
    subcode: 2388001,
    title: 'Please make sure two-step authentication is disabled',
    userMessage: 'Two-step authentication must be disabled for this phone number.',
  }),
  wrongCode: graphError(136025, '(#136025) Verify code error', {
    details: 'Code couldn’t be verified, You have entered wrong code. Please try again.',
  }),
  // Its title and text are M3's (the title translated from the PT mirror); the shape is 2388001's.
  alreadyInAccount: graphError(100, 'Invalid parameter', {
    subcode: 2388012,
    title: 'Number already exists in your phone numbers list',
    userMessage: 'The phone number you are trying to migrate is already present in your WhatsApp account.',
  }),
  pinMismatch: graphError(133005, '(#133005) Two step verification PIN Mismatch'),
  registerLimit: graphError(133016, '(#133016) Account register deregister rate limit exceeded'),
  somethingWrong: graphError(131000, '(#131000) Something went wrong'),
} as const;

/** Meta's own register limit (M4): 10 register calls per number in 72 hours, then 133016. */
const REGISTER_LIMIT = 10;
const REGISTER_PERIOD = 72 * HOUR;

export function fakeMetaBackend(
  options: FakeMetaBackendOptions = {},
  now: () => number = () => Date.now(),
): FakeMetaBackend {
  const calls: { name: keyof HostActions; input: unknown }[] = [];
  const seen: Partial<Record<keyof HostActions, number>> = {};
  const waiting: (() => void)[] = [];
  const registrations: number[] = Array.from({ length: options.registrationsBefore ?? 0 }, () => now());
  let inFlight = 0;
  let verified = false;
  let registered = false;

  function answer<T>(name: keyof HostActions, input: unknown, respond: () => T): Promise<T> {
    calls.push({ name, input });
    const count = (seen[name] ?? 0) + 1;
    seen[name] = count;
    inFlight++;
    const settle = () =>
      new Promise<T>((resolve, reject) => {
        inFlight--;
        const refusal = options.portalRefuses?.[name];
        if (options.offline) reject(new TypeError('Failed to fetch'));
        else if (refusal !== undefined) reject(portalRefusal(refusal));
        else if (count <= (options.transient?.[name] ?? 0)) reject(META_ERRORS.somethingWrong);
        else {
          try {
            resolve(respond());
          } catch (error) {
            reject(error);
          }
        }
      });
    return options.slow ? new Promise<void>((go) => waiting.push(go)).then(settle) : Promise.resolve().then(settle);
  }

  const actions: HostActions = {
    startMigration: (input) =>
      answer('startMigration', input, () => {
        if (options.twoStepOn) throw META_ERRORS.twoStepOn;
        return { phoneNumberId: options.phoneNumberId ?? '106540352242922' };
      }),
    requestCode: (input) => answer('requestCode', input, () => ({ success: true })),
    verifyCode: (input) =>
      answer('verifyCode', input, () => {
        if (input.code !== (options.code ?? '123456')) throw META_ERRORS.wrongCode;
        verified = true;
        return { success: true };
      }),
    register: (input) =>
      answer('register', input, () => {
        const t = now();
        const recent = registrations.filter((at) => at > t - REGISTER_PERIOD);
        if (recent.length >= REGISTER_LIMIT) throw META_ERRORS.registerLimit;
        registrations.push(t);
        if (options.pinMismatch) throw META_ERRORS.pinMismatch;
        registered = verified;
        return { success: true };
      }),
    getStatus: (input) =>
      answer('getStatus', input, () => ({
        status: registered ? 'CONNECTED' : 'PENDING',
        codeVerificationStatus: verified ? 'VERIFIED' : 'NOT_VERIFIED',
        nameStatus: 'APPROVED',
        verifiedName: options.verifiedName ?? 'Acme Coffee',
      })),
  };

  return {
    actions,
    calls,
    inFlight: () => inFlight,
    release: () => {
      for (const go of waiting.splice(0)) go();
    },
  };
}

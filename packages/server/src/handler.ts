import {
  type AttemptPolicy,
  CODE_METHODS,
  isPhoneNumberId,
  normaliseCode,
  PORTAL_REFUSAL_CODES,
  REGISTRATION_POLICY,
  VERIFICATION_CODE_POLICY_SEED,
} from '@wamigrate/core';
import * as z from 'zod/mini';
import { type AttemptStore, memoryAttemptStore } from './attempt-store';
import { GraphCallError, type GraphClient } from './graph-client';
import { type MigrationOwner, memoryOwnerStore, type OwnerStore } from './owner-store';
import { generatePin, memoryPinStore, type PinStore } from './pin-store';

/**
 * The JSON API `hostActions` calls (`httpHostActions` in `@wamigrate/core`): one POST route per call of
 * DOMAIN.md §8.4, as a Web-standard `(request) => Promise<Response>` for any framework. Meta's limits are
 * enforced here, per number and per principal, before Graph is called; the PIN is chosen and kept here.
 */
export interface MigrationHandlerOptions {
  readonly client: GraphClient;
  /** The WABA numbers move into; or `resolveWaba` to choose it per request (per tenant). */
  readonly destinationWabaId?: string;
  readonly resolveWaba?: (request: Request) => string | Promise<string>;
  /**
   * Who is asking: a principal id (a user, a business), `null` when the request carries no identity (401),
   * `false` when it does but may not do this (403).
   */
  readonly authorize: (request: Request) => string | null | false | Promise<string | null | false>;
  /** Where attempts are counted (default: this process's memory; several instances need a shared store). */
  readonly attempts?: AttemptStore;
  readonly pins?: PinStore;
  /**
   * Who started each number's move (default: this process's memory). Only that principal, moving into that
   * WABA, may continue it; give every instance the same store, as with `attempts`.
   */
  readonly owners?: OwnerStore;
  /** How long a started move stays its principal's (default 30 days: a display-name review can take days). */
  readonly ownerTtlMs?: number;
  /** Default: the seed's 3 code requests, then 8 hours (Z1). */
  readonly codePolicy?: AttemptPolicy;
  /** Default: Meta's 10 registrations in 72 hours (M4). */
  readonly registrationPolicy?: AttemptPolicy;
  /** How often one principal may start moves (default 10 an hour): each start makes up to four Graph calls. */
  readonly startPolicy?: AttemptPolicy;
  readonly now?: () => number;
  /** Larger bodies are refused with 413 (default 4 KiB; every body of this API is far smaller). */
  readonly maxBodyBytes?: number;
  /** Told of what went wrong on the server's side, with no secret in it. Default: `console.warn`. */
  readonly log?: (message: string) => void;
}

/** The header the browser side sends; a cross-origin form cannot, so a forged request is refused. */
export const REQUEST_HEADER = 'x-wamigrate-request';

/**
 * The stable machine codes of this API's answers (`wamigrate_code`): its own refusals, each made before Meta
 * was called (the guide reads them as `portal:<code>`), and `graph-error` on what Meta answered, or did not.
 */
export const HANDLER_ERROR_CODES = [...PORTAL_REFUSAL_CODES, 'graph-error'] as const;
export type HandlerErrorCode = (typeof HANDLER_ERROR_CODES)[number];

/** Meta's "already in your phone numbers list" (M3): the number is in the destination, under its own id. */
const ALREADY_IN_ACCOUNT = 2388012;

/** Ten starts an hour for one principal: enough for reloads and second tabs, not for hammering Graph (M3). */
export const START_POLICY: AttemptPolicy = {
  id: 'wamigrate-server-start',
  mode: 'moving-window',
  limit: 10,
  periodMs: 60 * 60 * 1000,
  sources: ['M3'],
};

const digits = (max: number) => z.string().check(z.regex(new RegExp(`^\\d{1,${max}}$`, 'u')));
const phoneNumberId = digits(32);
const ROUTES = {
  start: z.object({ cc: digits(3), phoneNumber: digits(15) }),
  'request-code': z.object({
    phoneNumberId,
    method: z.enum(CODE_METHODS),
    language: z.string().check(z.regex(/^[a-z]{2,3}(?:_[A-Z]{2})?$/u)),
  }),
  'verify-code': z.object({ phoneNumberId, code: z.string().check(z.maxLength(64)) }),
  register: z.object({ phoneNumberId }),
  status: z.object({ phoneNumberId }),
} as const;
type Route = keyof typeof ROUTES;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

/** One of this API's own refusals, in Meta's error shape so the guide reads it the same way. */
const refusal = (status: number, code: HandlerErrorCode, message: string, extra: Record<string, unknown> = {}) =>
  json(status, { error: { message, type: 'WamigrateError', wamigrate_code: code, ...extra } });

export function createMigrationHandler(options: MigrationHandlerOptions): (request: Request) => Promise<Response> {
  const {
    client,
    authorize,
    attempts = memoryAttemptStore(),
    codePolicy = VERIFICATION_CODE_POLICY_SEED,
    registrationPolicy = REGISTRATION_POLICY,
    startPolicy = START_POLICY,
    now = Date.now,
    maxBodyBytes = 4096,
    log = (message: string) => console.warn(`[@wamigrate/server] ${message}`),
    ownerTtlMs = 30 * 24 * 60 * 60 * 1000,
  } = options;
  if (!options.destinationWabaId && !options.resolveWaba) {
    throw new TypeError('[@wamigrate/server] createMigrationHandler needs destinationWabaId or resolveWaba');
  }
  if (!Number.isSafeInteger(ownerTtlMs) || ownerTtlMs <= 0) {
    throw new TypeError('[@wamigrate/server] ownerTtlMs must be a positive whole number of milliseconds');
  }
  const pins =
    options.pins ??
    (() => {
      log('PINs are kept in memory only: a restart forgets them. Pass `pins` for a store of your own.');
      return memoryPinStore();
    })();
  const owners =
    options.owners ??
    (() => {
      log(
        'who started each move is kept in memory only: a restart forgets it, and other instances do not know it. ' +
          'Pass `owners` (redisOwnerStore) for a store of your own.',
      );
      return memoryOwnerStore();
    })();

  async function readJson(request: Request): Promise<unknown> {
    const declared = Number(request.headers.get('content-length') ?? '0');
    if (declared > maxBodyBytes) throw refusal(413, 'too-large', `The body is over ${maxBodyBytes} bytes`);
    const reader = request.body?.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBodyBytes) {
        await reader.cancel();
        throw refusal(413, 'too-large', `The body is over ${maxBodyBytes} bytes`);
      }
      chunks.push(value);
    }
    // Joined by hand, not with Node's Buffer: the handler runs wherever Request does.
    const joined = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      joined.set(chunk, offset);
      offset += chunk.byteLength;
    }
    const text = new TextDecoder().decode(joined);
    try {
      return JSON.parse(text);
    } catch {
      throw refusal(400, 'bad-request', 'The body is not JSON');
    }
  }

  /** A store that cannot answer stops the call: 503, and nothing is sent to Graph. */
  async function fromStore<T>(read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch {
      log('a store (attempts, owners or PINs) could not be reached; the call was not sent');
      throw refusal(503, 'store-unavailable', 'The limits cannot be checked right now; nothing was sent');
    }
  }

  /** Counts the attempt before Graph is called. */
  async function count(
    keys: readonly string[],
    policy: AttemptPolicy,
    code: 'code-limit-reached' | 'registration-limit-reached' | 'start-limit-reached',
  ): Promise<Response | null> {
    const decision = await fromStore(() => attempts.record(keys, policy, now()));
    if (decision.ok) return null;
    const retryAfter = Math.max(1, Math.ceil((decision.nextAllowedAt - now()) / 1000));
    return json(
      429,
      {
        error: {
          message: 'The limit is reached',
          type: 'WamigrateError',
          wamigrate_code: code,
          next_allowed_at: decision.nextAllowedAt,
        },
      },
      { 'retry-after': String(retryAfter) },
    );
  }

  const sameOwner = (a: MigrationOwner, b: MigrationOwner) => a.principal === b.principal && a.wabaId === b.wabaId;
  const notOwner = () => refusal(403, 'not-owner', 'Another account started the move of this number');

  /** A body Meta's documentation does not give: a bad gateway, read by the guide as no answer. */
  const unexpected = () =>
    json(502, {
      error: {
        message: 'Meta answered in a form this server does not know',
        type: 'WamigrateError',
        wamigrate_code: 'graph-error',
      },
    });

  /**
   * §8.4 steps 0 and 1: the destination's webhooks subscribed (none would give 2388103 later), then the move
   * started. A number already in the destination (2388012) is found in its list: `listed` says so, and only
   * its known owner may have the id.
   */
  async function startMove(
    waba: string,
    cc: string,
    phoneNumber: string,
  ): Promise<{ readonly id: string; readonly listed: boolean } | null> {
    const subscribed: unknown = (await client.subscribedApps(waba))?.data;
    if (!Array.isArray(subscribed) || subscribed.length === 0) await client.subscribeApp(waba);
    try {
      const { id } = (await client.startMigration(waba, { cc, phoneNumber })) ?? {};
      return isPhoneNumberId(id) ? { id, listed: false } : null;
    } catch (error) {
      const meta = error instanceof GraphCallError ? error.body.error : undefined;
      // Meta sends it as a subcode of 100 (as with 2388001) in the sources; as the code it is read the same.
      if (meta?.error_subcode !== ALREADY_IN_ACCOUNT && meta?.code !== ALREADY_IN_ACCOUNT) throw error;
      const wanted = [`${cc}${phoneNumber}`, `${cc}${phoneNumber.replace(/^0+/u, '')}`];
      const data: unknown = (await client.phoneNumbers(waba))?.data;
      const record = (Array.isArray(data) ? data : []).find(
        (r: { id?: unknown; display_phone_number?: unknown } | null) =>
          typeof r?.display_phone_number === 'string' &&
          isPhoneNumberId(r.id) &&
          wanted.includes(r.display_phone_number.replace(/\D/gu, '')),
      ) as { id: string } | undefined;
      if (!record) throw error;
      return { id: record.id, listed: true };
    }
  }

  /** A key for a number awaiting its move, without the number in it: the stores never hold one. */
  async function numberKey(waba: string, cc: string, phoneNumber: string): Promise<string> {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${waba}:${cc}${phoneNumber}`));
    return `move:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  }

  async function run(route: Route, input: Record<string, string>, principal: string, request: Request) {
    const waba = options.destinationWabaId ?? (await options.resolveWaba?.(request)) ?? '';
    const caller: MigrationOwner = { principal, wabaId: waba };
    if (route === 'start') {
      const cc = input.cc ?? '';
      const phoneNumber = input.phoneNumber ?? '';
      // The number is this caller's to move before anything is sent: another principal's start sends nothing.
      const key = await numberKey(waba, cc, phoneNumber);
      if (!sameOwner(await fromStore(() => owners.claim(key, caller, ownerTtlMs, now())), caller)) return notOwner();
      const refused = await count([`start:principal:${principal}`], startPolicy, 'start-limit-reached');
      if (refused) return refused;
      const started = await startMove(waba, cc, phoneNumber);
      if (!started) return unexpected();
      if (started.listed) {
        // Already in the destination: its id goes to the one who started its move here, and to no one else.
        const owner = await fromStore(() => owners.get(started.id, now()));
        if (!owner) return refusal(409, 'already-in-account', 'The number is already in the destination account');
        return sameOwner(owner, caller) ? json(200, { phoneNumberId: started.id }) : notOwner();
      }
      const owner = await fromStore(() => owners.claim(started.id, caller, ownerTtlMs, now()));
      return sameOwner(owner, caller) ? json(200, { phoneNumberId: started.id }) : notOwner();
    }
    const code = route === 'verify-code' ? normaliseCode(input.code) : null;
    if (route === 'verify-code' && code === null) return refusal(400, 'code-malformed', 'The code must be 6 digits');
    // Every later call acts on a number this caller started; a number id alone proves nothing.
    const id = input.phoneNumberId ?? '';
    const owner = await fromStore(() => owners.get(id, now()));
    if (!owner) return refusal(409, 'not-started', 'Start the move of this number first');
    if (!sameOwner(owner, caller)) return notOwner();
    const keys = [`number:${id}`, `principal:${principal}`];
    switch (route) {
      case 'request-code': {
        const refused = await count(keys, codePolicy, 'code-limit-reached');
        if (refused) return refused;
        const method = input.method === 'VOICE' ? 'VOICE' : 'SMS';
        return json(200, await client.requestCode(id, { method, language: input.language ?? 'en_US' }));
      }
      case 'verify-code':
        return json(200, await client.verifyCode(id, code ?? ''));
      case 'register': {
        // The PIN is ready before the count: a PIN store that fails costs no registration.
        let pin = await fromStore(() => pins.get(id));
        if (pin === undefined) {
          const chosen = generatePin();
          await fromStore(() => pins.set(id, chosen));
          pin = chosen;
        }
        const refused = await count(keys, registrationPolicy, 'registration-limit-reached');
        if (refused) return refused;
        return json(200, await client.register(id, pin));
      }
      case 'status': {
        const status = await client.status(id);
        return json(200, {
          status: status.status ?? 'UNKNOWN',
          ...(status.code_verification_status ? { codeVerificationStatus: status.code_verification_status } : {}),
          ...(status.name_status ? { nameStatus: status.name_status } : {}),
          ...(status.verified_name ? { verifiedName: status.verified_name } : {}),
        });
      }
    }
  }

  return async function handle(request: Request): Promise<Response> {
    try {
      const route = new URL(request.url).pathname.split('/').filter(Boolean).at(-1) ?? '';
      if (!Object.hasOwn(ROUTES, route)) return refusal(404, 'not-found', 'No such call');
      if (request.method !== 'POST') return refusal(405, 'method-not-allowed', 'Use POST');
      // A cross-origin page cannot send the custom header without the browser asking first.
      const origin = request.headers.get('origin');
      if (request.headers.get(REQUEST_HEADER) !== '1' && origin !== null && origin !== new URL(request.url).origin) {
        return refusal(403, 'cross-origin', 'The request came from another origin');
      }
      if (request.headers.get(REQUEST_HEADER) !== '1' && origin === null) {
        return refusal(403, 'cross-origin', `The ${REQUEST_HEADER} header is missing`);
      }
      const principal: unknown = await authorize(request);
      if (principal === false) return refusal(403, 'forbidden', 'Not allowed');
      // A blank id (a header or cookie that is there but empty) is no identity, nor is anything but text.
      if (typeof principal !== 'string' || principal.trim() === '') {
        return refusal(401, 'unauthorized', 'Sign in first');
      }
      const body = await readJson(request);
      const parsed = ROUTES[route as Route].safeParse(body);
      if (!parsed.success) {
        const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))].filter(Boolean);
        return refusal(400, 'bad-request', 'The body does not fit this call', { fields });
      }
      return await run(route as Route, parsed.data as Record<string, string>, principal, request);
    } catch (error) {
      if (error instanceof Response) return error;
      if (error instanceof GraphCallError) {
        // The client refused its own input (a WABA id that is not digits): the portal's configuration.
        if (error.status === null && !error.transient) {
          log('the Graph client refused its input (is the destination WABA id digits?)');
          return refusal(500, 'internal', 'Something went wrong on the server');
        }
        // Meta's body as it came (the token already taken out), marked as Meta's answer; Meta's 4xx status
        // passes through, a 5xx or no answer is a bad gateway.
        const status = error.status === null ? 504 : error.status >= 500 ? 502 : error.status;
        return json(status, { error: { ...error.body.error, wamigrate_code: 'graph-error' } });
      }
      log('an unexpected failure; no detail is returned to the browser');
      return refusal(500, 'internal', 'Something went wrong on the server');
    }
  };
}

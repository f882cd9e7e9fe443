import {
  type AttemptPolicy,
  CODE_METHODS,
  normaliseCode,
  REGISTRATION_POLICY,
  VERIFICATION_CODE_POLICY_SEED,
} from '@wamigrate/core';
import * as z from 'zod/mini';
import { type AttemptStore, memoryAttemptStore } from './attempt-store';
import { GraphCallError, type GraphClient } from './graph-client';
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
  /** Default: the seed's 3 code requests, then 8 hours (Z1). */
  readonly codePolicy?: AttemptPolicy;
  /** Default: Meta's 10 registrations in 72 hours (M4). */
  readonly registrationPolicy?: AttemptPolicy;
  readonly now?: () => number;
  /** Larger bodies are refused with 413 (default 4 KiB; every body of this API is far smaller). */
  readonly maxBodyBytes?: number;
  /** Told of what went wrong on the server's side, with no secret in it. Default: `console.warn`. */
  readonly log?: (message: string) => void;
}

/** The header the browser side sends; a cross-origin form cannot, so a forged request is refused. */
export const REQUEST_HEADER = 'x-wamigrate-request';

/** The stable machine codes of this API's own refusals. */
export const HANDLER_ERROR_CODES = [
  'bad-request',
  'code-malformed',
  'unauthorized',
  'forbidden',
  'cross-origin',
  'not-found',
  'method-not-allowed',
  'too-large',
  'limit-reached',
  'store-unavailable',
  'graph-error',
  'internal',
] as const;
export type HandlerErrorCode = (typeof HANDLER_ERROR_CODES)[number];

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
    now = Date.now,
    maxBodyBytes = 4096,
    log = (message: string) => console.warn(`[@wamigrate/server] ${message}`),
  } = options;
  if (!options.destinationWabaId && !options.resolveWaba) {
    throw new TypeError('[@wamigrate/server] createMigrationHandler needs destinationWabaId or resolveWaba');
  }
  const pins =
    options.pins ??
    (() => {
      log('PINs are kept in memory only: a restart forgets them. Pass `pins` for a store of your own.');
      return memoryPinStore();
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

  /** Counts the attempt before Graph is called; a store that cannot answer stops the call (fails closed). */
  async function count(keys: readonly string[], policy: AttemptPolicy): Promise<Response | null> {
    let decision: Awaited<ReturnType<AttemptStore['record']>>;
    try {
      decision = await attempts.record(keys, policy, now());
    } catch {
      log('the attempt store could not be reached; the call was not sent');
      return refusal(503, 'store-unavailable', 'The limits cannot be checked right now; nothing was sent');
    }
    if (decision.ok) return null;
    const retryAfter = Math.max(1, Math.ceil((decision.nextAllowedAt - now()) / 1000));
    return json(
      429,
      {
        error: {
          message: 'The limit is reached',
          type: 'WamigrateError',
          wamigrate_code: 'limit-reached',
          next_allowed_at: decision.nextAllowedAt,
        },
      },
      { 'retry-after': String(retryAfter) },
    );
  }

  async function run(route: Route, input: Record<string, string>, principal: string, request: Request) {
    const keys = (id: string) => [`number:${id}`, `principal:${principal}`];
    switch (route) {
      case 'start': {
        const waba = options.destinationWabaId ?? (await options.resolveWaba?.(request)) ?? '';
        const { id } = await client.startMigration(waba, { cc: input.cc ?? '', phoneNumber: input.phoneNumber ?? '' });
        return json(200, { phoneNumberId: id });
      }
      case 'request-code': {
        const id = input.phoneNumberId ?? '';
        const refused = await count(keys(id), codePolicy);
        if (refused) return refused;
        const method = input.method === 'VOICE' ? 'VOICE' : 'SMS';
        return json(200, await client.requestCode(id, { method, language: input.language ?? 'en_US' }));
      }
      case 'verify-code': {
        const code = normaliseCode(input.code);
        if (code === null) return refusal(400, 'code-malformed', 'The code must be 6 digits');
        return json(200, await client.verifyCode(input.phoneNumberId ?? '', code));
      }
      case 'register': {
        const id = input.phoneNumberId ?? '';
        const refused = await count(keys(id), registrationPolicy);
        if (refused) return refused;
        let pin = await pins.get(id);
        if (pin === undefined) {
          pin = generatePin();
          await pins.set(id, pin);
        }
        return json(200, await client.register(id, pin));
      }
      case 'status': {
        const status = await client.status(input.phoneNumberId ?? '');
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
      const principal = await authorize(request);
      if (principal === null) return refusal(401, 'unauthorized', 'Sign in first');
      if (principal === false) return refusal(403, 'forbidden', 'Not allowed');
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

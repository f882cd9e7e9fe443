/**
 * Meta's Graph API calls of a programmatic migration (DOMAIN.md §1.2, §8.4; M1, M22–M25), made server to
 * server with the portal's token. A failure throws `GraphCallError`, whose `body` has Meta's error shape
 * (`{ error: { code, error_subcode, … } }`, §8.1) so `parseGraphError` and the guide read it as they read
 * Meta's own. The token goes in the Authorization header only and never into an error.
 */

/** Meta's current examples use v25.0 (§1.2). */
export const DEFAULT_GRAPH_VERSION = 'v25.0';
export const DEFAULT_GRAPH_URL = 'https://graph.facebook.com';

/** Meta's error object (§8.1), as thrown in `GraphCallError.body`. */
export interface GraphErrorBody {
  readonly error: {
    readonly message: string;
    readonly type: string;
    readonly code?: number;
    readonly error_subcode?: number;
    readonly error_user_title?: string;
    readonly error_user_msg?: string;
    readonly error_data?: unknown;
    readonly fbtrace_id?: string;
    readonly is_transient?: boolean;
  };
}

export class GraphCallError extends Error {
  /** Meta's body, or one in its shape for what Meta did not answer (a timeout, a lost connection). */
  readonly body: GraphErrorBody;
  /** The HTTP status, or null when no answer came. */
  readonly status: number | null;
  /** Worth trying again after a pause (the client already did, `retries` times). */
  readonly transient: boolean;
  constructor(body: GraphErrorBody, status: number | null, transient: boolean) {
    super(body.error.message);
    this.name = 'GraphCallError';
    this.body = body;
    this.status = status;
    this.transient = transient;
  }
  /** What a handler sends on to the browser: Meta's body, never the request. */
  toJSON(): GraphErrorBody {
    return this.body;
  }
}

export interface GraphClientOptions {
  readonly accessToken: string;
  readonly graphVersion?: string;
  /** Another base URL, e.g. the local stand-in (`wamigrate-fake-graph`). */
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  /** Each call gives up after this long (default 15 s). */
  readonly timeoutMs?: number;
  /** Extra tries for a transient failure (default 2), after a pause that doubles, with jitter. */
  readonly retries?: number;
  readonly retryDelayMs?: number;
  /** For tests: the pause and the jitter. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

/** Meta's "try again later" codes (§8.4): something went wrong, temporary, rate limits. */
const TRANSIENT_CODES: ReadonlySet<number> = new Set([131000, 133004, 4, 80007]);

const DIGITS = /^\d{1,32}$/u;

export interface PhoneNumberRecord {
  readonly id: string;
  readonly display_phone_number?: string;
  readonly verified_name?: string;
  readonly [field: string]: unknown;
}

export interface NumberStatus {
  readonly id?: string;
  readonly status?: string;
  readonly name_status?: string;
  readonly quality_rating?: string;
  readonly code_verification_status?: string;
  readonly verified_name?: string;
}

export interface GraphClient {
  /** §8.4 step 0: the apps subscribed to the destination WABA's webhooks (none would give 2388103 later). */
  subscribedApps(wabaId: string): Promise<{ data: readonly unknown[] }>;
  subscribeApp(wabaId: string): Promise<{ success: boolean }>;
  /** §8.4 step 0: the numbers already in the destination WABA (one already there: reuse its id). */
  phoneNumbers(wabaId: string): Promise<{ data: readonly PhoneNumberRecord[] }>;
  /** Step 1: `POST /{waba}/phone_numbers` with `migrate_phone_number=true`. */
  startMigration(
    wabaId: string,
    number: { readonly cc: string; readonly phoneNumber: string },
  ): Promise<{ id: string }>;
  /** Step 2: `POST /{id}/request_code`. */
  requestCode(
    phoneNumberId: string,
    input: { readonly method: 'SMS' | 'VOICE'; readonly language: string },
  ): Promise<{ success: boolean }>;
  /** Step 3: `POST /{id}/verify_code`. */
  verifyCode(phoneNumberId: string, code: string): Promise<{ success: boolean }>;
  /** Step 4 (optional): `POST /{waba}/migrate_message_templates`, at most 500 a page. */
  migrateTemplates(
    wabaId: string,
    input: { readonly sourceWabaId: string; readonly pageNumber?: number; readonly count?: number },
  ): Promise<unknown>;
  /** Step 5: `POST /{id}/register`; the PIN becomes the number's two-step PIN. */
  register(phoneNumberId: string, pin: string): Promise<{ success: boolean }>;
  /** Step 6: `GET /{id}?fields=status,name_status,quality_rating,code_verification_status,verified_name`. */
  status(phoneNumberId: string): Promise<NumberStatus>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const {
    accessToken,
    graphVersion = DEFAULT_GRAPH_VERSION,
    baseUrl = DEFAULT_GRAPH_URL,
    timeoutMs = 15_000,
    retries = 2,
    retryDelayMs = 500,
    sleep = sleepFor,
    random = Math.random,
  } = options;
  const doFetch = options.fetch ?? fetch;
  if (typeof accessToken !== 'string' || accessToken.trim() === '') {
    throw new TypeError('[@wamigrate/server] createGraphClient needs an accessToken');
  }
  if (!/^v\d+\.\d+$/u.test(graphVersion)) throw new TypeError(`[@wamigrate/server] graphVersion must look like v25.0`);

  /** Anything Meta or the network says, with the token taken out wherever it might appear. */
  const scrub = <T>(value: T): T => JSON.parse(JSON.stringify(value).split(accessToken).join('[token]')) as T;

  const ours = (message: string, extra: Partial<GraphErrorBody['error']> = {}): GraphErrorBody => ({
    error: { message, type: 'WamigrateError', ...extra },
  });

  async function once(method: 'GET' | 'POST', path: string, body?: Record<string, unknown>): Promise<unknown> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      response = await doFetch(`${baseUrl.replace(/\/$/u, '')}/${graphVersion}/${path}`, {
        method,
        headers: {
          authorization: `Bearer ${accessToken}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: controller.signal,
      });
    } catch (error) {
      const timedOut = controller.signal.aborted;
      // No Meta body: the guide reads a failure without a code as the network's.
      throw new GraphCallError(
        ours(timedOut ? `Graph did not answer within ${timeoutMs} ms` : 'Graph could not be reached', {
          ...(error instanceof Error && !timedOut ? { error_data: { details: error.name } } : {}),
        }),
        null,
        true,
      );
    } finally {
      clearTimeout(timer);
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? {} : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const isBag = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
    if (response.ok && isBag(parsed) && !isBag(parsed.error)) return scrub(parsed);
    if (isBag(parsed) && isBag(parsed.error)) {
      const error = scrub(parsed.error) as GraphErrorBody['error'];
      const transient =
        error.is_transient === true || (typeof error.code === 'number' && TRANSIENT_CODES.has(error.code));
      throw new GraphCallError(
        {
          error: {
            ...error,
            message: String(error.message ?? 'Graph error'),
            type: String(error.type ?? 'OAuthException'),
          },
        },
        response.status,
        transient,
      );
    }
    // A body that is not Meta's (a proxy's HTML page, truncated JSON): no code to act on.
    throw new GraphCallError(
      ours(`Graph answered HTTP ${response.status} with a body that is not Graph's`),
      response.status,
      response.status >= 500,
    );
  }

  /**
   * `counted`: a code request or a registration, which Meta limits (§8.4): never tried again here, so each
   * one passes the limits of whoever sent it (the handler, the guide) first.
   */
  async function call(
    method: 'GET' | 'POST',
    path: string,
    body?: Record<string, unknown>,
    { counted = false } = {},
  ): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await once(method, path, body);
      } catch (error) {
        if (!(error instanceof GraphCallError) || !error.transient || counted || attempt >= retries) throw error;
        // Doubling pauses with jitter, so instances that failed together do not retry together.
        await sleep(retryDelayMs * 2 ** attempt + random() * retryDelayMs);
      }
    }
  }

  const id = (value: string, what: string) => {
    if (typeof value !== 'string' || !DIGITS.test(value)) {
      throw new GraphCallError(ours(`The ${what} must be digits`, { code: 100 }), null, false);
    }
    return value;
  };

  return {
    subscribedApps: async (wabaId) => (await call('GET', `${id(wabaId, 'WABA id')}/subscribed_apps`)) as never,
    subscribeApp: async (wabaId) => (await call('POST', `${id(wabaId, 'WABA id')}/subscribed_apps`, {})) as never,
    phoneNumbers: async (wabaId) => (await call('GET', `${id(wabaId, 'WABA id')}/phone_numbers`)) as never,
    startMigration: async (wabaId, { cc, phoneNumber }) =>
      (await call('POST', `${id(wabaId, 'WABA id')}/phone_numbers`, {
        cc: id(cc, 'country calling code'),
        phone_number: id(phoneNumber, 'national number'),
        migrate_phone_number: true,
      })) as never,
    requestCode: async (phoneNumberId, { method, language }) =>
      (await call(
        'POST',
        `${id(phoneNumberId, 'phone number id')}/request_code`,
        { code_method: method, language },
        { counted: true },
      )) as never,
    verifyCode: async (phoneNumberId, code) =>
      (await call('POST', `${id(phoneNumberId, 'phone number id')}/verify_code`, { code })) as never,
    migrateTemplates: async (wabaId, { sourceWabaId, pageNumber = 0, count = 500 }) =>
      call('POST', `${id(wabaId, 'WABA id')}/migrate_message_templates`, {
        source_waba_id: id(sourceWabaId, 'source WABA id'),
        page_number: pageNumber,
        count: Math.min(count, 500),
      }),
    register: async (phoneNumberId, pin) =>
      (await call(
        'POST',
        `${id(phoneNumberId, 'phone number id')}/register`,
        { messaging_product: 'whatsapp', pin },
        { counted: true },
      )) as never,
    status: async (phoneNumberId) =>
      (await call(
        'GET',
        `${id(phoneNumberId, 'phone number id')}?fields=status,name_status,quality_rating,code_verification_status,verified_name`,
      )) as never,
  };
}

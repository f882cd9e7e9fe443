import type { HostActions } from './live-runner';

/** The part of `fetch` these actions use; the browser's (or any other) fits. */
export type FetchLike = (
  url: string,
  init: {
    readonly method: 'POST';
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string;
    readonly credentials: 'same-origin';
  },
) => Promise<{ readonly ok: boolean; readonly status: number; json(): Promise<unknown> }>;

export interface HttpHostActionsOptions {
  /** Where `createMigrationHandler` (`@wamigrate/server`) answers, e.g. `/api/whatsapp`. */
  readonly endpoint: string;
  /** Extra headers (a CSRF token, a tenant). The API's own request header is always sent. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly fetch?: FetchLike;
}

/**
 * `hostActions` over the JSON API of `@wamigrate/server`: each call is one same-origin POST. A refusal
 * rejects with the body as it came (Meta's error shape), a lost connection with the fetch error; the engine
 * reads both with `parseGraphError`.
 */
export function httpHostActions(options: HttpHostActionsOptions): HostActions {
  const found = options.fetch ?? (globalThis as { fetch?: FetchLike }).fetch;
  if (!found) throw new TypeError('[@wamigrate/core] httpHostActions needs fetch');
  const doFetch: FetchLike = found;
  const base = options.endpoint.replace(/\/+$/u, '');
  async function post<T>(route: string, body: unknown): Promise<T> {
    const response = await doFetch(`${base}/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wamigrate-request': '1', ...options.headers },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      json = { error: { message: `HTTP ${response.status}`, type: 'WamigrateError' } };
    }
    if (!response.ok) throw json;
    return json as T;
  }
  return {
    startMigration: (input) => post('start', input),
    requestCode: (input) => post('request-code', input),
    verifyCode: (input) => post('verify-code', input),
    register: (input) => post('register', input),
    getStatus: (input) => post('status', input),
  };
}

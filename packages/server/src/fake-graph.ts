import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphError, META_ERRORS } from '@wamigrate/core/testing';

/**
 * A local stand-in for Meta's Graph API, on loopback, for tests and for trying live mode on one's own machine:
 * Meta cannot be called from here. It serves the calls of DOMAIN.md §8.4 with the bodies Meta documents
 * (§1.2, §5, §8.1; M1, M3, M22–M25) and can be told to misbehave. It is not Meta: only what those sources
 * say is imitated.
 */
export const FAKE_GRAPH_CALLS = [
  'subscribed_apps',
  'phone_numbers',
  'request_code',
  'verify_code',
  'migrate_message_templates',
  'register',
  'status',
] as const;
export type FakeGraphCall = (typeof FAKE_GRAPH_CALLS)[number];

export interface FakeGraphBehaviour {
  /** The token it accepts; any other gets 190 (default `fake-token`). */
  readonly accessToken?: string;
  /** Two-step verification still on at the source: starting fails with 100 / 2388001 (M3). */
  readonly twoStepOn?: boolean;
  /** The code it "sends"; another fails `verify_code` with 136025 (M24). Default `123456`. */
  readonly code?: string;
  /** `register` fails with 133005, PIN mismatch (M3). */
  readonly pinMismatch?: boolean;
  /** Registrations of the number made elsewhere in the last 72 hours (M4): past 10, 133016. */
  readonly registrationsBefore?: number;
  /** The first n answers of a call are 131000, "Something went wrong" (M25). */
  readonly transient?: Partial<Record<FakeGraphCall, number>>;
  /** Waits this long before every answer. */
  readonly slowMs?: number;
  /** These calls answer HTTP 502 with a proxy's HTML page instead of Graph's JSON. */
  readonly malformed?: readonly FakeGraphCall[];
  /** The display name it holds for the number. */
  readonly verifiedName?: string;
  /** The destination WABA already subscribed by an app. */
  readonly subscribed?: boolean;
  /**
   * These calls answer with this Meta error (`start` is `POST /{waba}/phone_numbers`): any code of §5 and
   * §8.4, with the HTTP status Meta gives it. A body written by the caller, from those sources.
   */
  readonly fail?: Partial<Record<FakeGraphCall | 'start', { readonly status: number; readonly body: unknown }>>;
}

export interface FakeGraph {
  /** The base URL to give `createGraphClient({ baseUrl })`. */
  readonly url: string;
  /** Every request it answered: which call, with the parsed body (the test owns this server). */
  readonly calls: {
    readonly call: FakeGraphCall | 'start' | 'unknown';
    readonly path: string;
    readonly body: unknown;
  }[];
  /** Changes how it behaves from the next request on, for a number new to it. */
  configure(behaviour: FakeGraphBehaviour): void;
  close(): Promise<void>;
}

const PHONE_NUMBER_ID = '106540352242922';
const REGISTER_LIMIT = 10;
const REGISTER_PERIOD = 72 * 60 * 60 * 1000;

const invalidToken = graphError(190, 'Invalid OAuth access token - Cannot parse access token');
const unknownPath = graphError(100, 'Unsupported request - method type or path not known');

export async function startFakeGraph(
  initial: FakeGraphBehaviour = {},
  { port = 0, host = '127.0.0.1' }: { readonly port?: number; readonly host?: string } = {},
): Promise<FakeGraph> {
  let behaviour = initial;
  const calls: { call: FakeGraphCall | 'start' | 'unknown'; path: string; body: unknown }[] = [];
  let answered: Partial<Record<FakeGraphCall, number>> = {};
  let registrations: number[] = [];
  let registrationsSeeded = false;
  let verified = false;
  let registered = false;
  // The numbers started since the last `configure`, by WABA: in that WABA's list from then on (M22).
  let numbers = new Map<string, { id: string; display_phone_number: string }>();

  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(body));
  };

  async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    if (text === '') return {};
    try {
      const parsed: unknown = JSON.parse(text);
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    } catch {
      return Object.fromEntries(new URLSearchParams(text));
    }
  }

  function route(
    method: string,
    segments: readonly string[],
    query: URLSearchParams,
  ): FakeGraphCall | 'start' | 'unknown' {
    const [, , edge] = segments;
    if (segments.length === 2 && method === 'GET' && query.has('fields')) return 'status';
    if (edge === 'phone_numbers') return method === 'POST' ? 'start' : 'phone_numbers';
    return (FAKE_GRAPH_CALLS as readonly string[]).includes(edge ?? '') ? (edge as FakeGraphCall) : 'unknown';
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://fake-graph.local');
    const segments = url.pathname.split('/').filter(Boolean);
    const method = request.method ?? 'GET';
    const body = method === 'POST' ? await readBody(request) : {};
    const call = route(method, segments, url.searchParams);
    calls.push({ call, path: url.pathname, body });
    if (behaviour.slowMs) await new Promise((resolve) => setTimeout(resolve, behaviour.slowMs));
    if (request.headers.authorization !== `Bearer ${behaviour.accessToken ?? 'fake-token'}`) {
      return send(response, 401, invalidToken);
    }
    if (call === 'unknown') return send(response, 400, unknownPath);
    const kind: FakeGraphCall = call === 'start' ? 'phone_numbers' : call;
    const count = (answered[kind] ?? 0) + 1;
    answered[kind] = count;
    if (behaviour.malformed?.includes(kind)) {
      response.writeHead(502, { 'content-type': 'text/html' });
      return response.end('<html><body>502 Bad Gateway</body></html>');
    }
    if (count <= (behaviour.transient?.[kind] ?? 0)) return send(response, 500, META_ERRORS.somethingWrong);
    const failure = behaviour.fail?.[call];
    if (failure) return send(response, failure.status, failure.body);
    switch (call) {
      case 'subscribed_apps':
        if (method === 'POST') return send(response, 200, { success: true });
        return send(response, 200, {
          data: behaviour.subscribed === false ? [] : [{ whatsapp_business_api_data: { id: '1', name: 'Portal app' } }],
        });
      case 'phone_numbers':
        return send(response, 200, {
          data: [...numbers].filter(([key]) => key.startsWith(`${segments[1]}:`)).map(([, record]) => record),
        });
      case 'start': {
        if (behaviour.twoStepOn) return send(response, 400, META_ERRORS.twoStepOn);
        // A number is in one WABA's list; moving it into another WABA is another migration.
        const number = `${segments[1]}:${String(body.cc ?? '')}${String(body.phone_number ?? '')}`;
        if (numbers.has(number)) return send(response, 400, META_ERRORS.alreadyInAccount);
        // The first number gets Meta's example id, later ones the ids after it.
        const id = String(BigInt(PHONE_NUMBER_ID) + BigInt(numbers.size));
        numbers.set(number, {
          id,
          display_phone_number: `+${String(body.cc ?? '')} ${String(body.phone_number ?? '')}`,
        });
        return send(response, 200, { id });
      }
      case 'request_code':
        return send(response, 200, { success: true });
      case 'verify_code':
        if (body.code !== (behaviour.code ?? '123456')) return send(response, 400, META_ERRORS.wrongCode);
        verified = true;
        return send(response, 200, { success: true });
      case 'migrate_message_templates':
        return send(response, 200, { migrated_templates: [], failed_templates: {} });
      case 'register': {
        const now = Date.now();
        if (!registrationsSeeded) {
          registrations = Array.from({ length: behaviour.registrationsBefore ?? 0 }, () => now);
          registrationsSeeded = true;
        }
        registrations = registrations.filter((at) => at > now - REGISTER_PERIOD);
        if (registrations.length >= REGISTER_LIMIT) return send(response, 400, META_ERRORS.registerLimit);
        registrations.push(now);
        if (behaviour.pinMismatch) return send(response, 400, META_ERRORS.pinMismatch);
        registered = verified;
        return send(response, 200, { success: true });
      }
      case 'status':
        return send(response, 200, {
          id: segments[1],
          status: registered ? 'CONNECTED' : 'PENDING',
          name_status: 'APPROVED',
          quality_rating: 'GREEN',
          code_verification_status: verified ? 'VERIFIED' : 'NOT_VERIFIED',
          verified_name: behaviour.verifiedName ?? 'Acme Coffee',
        });
    }
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, graphError(1, 'An unknown error occurred'));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    calls,
    // A new behaviour starts a new number: nothing verified, registered or counted yet.
    configure: (next) => {
      behaviour = next;
      answered = {};
      registrationsSeeded = false;
      verified = false;
      registered = false;
      numbers = new Map();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

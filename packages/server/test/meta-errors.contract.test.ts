import { createMigration, parseGraphError, TROUBLESHOOTING_ENTRIES } from '@wamigrate/core';
import { graphError } from '@wamigrate/core/testing';
import { describe, expect, it } from 'vitest';
import { createGraphClient } from '../src/graph-client';
import { createMigrationHandler, REQUEST_HEADER } from '../src/handler';
import { memoryPinStore } from '../src/pin-store';
import { useFakeGraph } from './fake-graph-fixture';

/**
 * Every error §8.4 names for each call (DOMAIN.md §5, §8.1, §8.4; M1, M3, M22–M25), as Meta sends it: the
 * migration codes as `error_subcode` under code 100, the others as `code`, with the HTTP status of §5
 * (400 where §5 gives none). Through the stand-in, the Graph client and the handler, each must reach the
 * browser as Meta's body, be read as its code, open its own troubleshooting entry, and be tried again only
 * when it is transient and the call is not one Meta counts.
 */
type Call = 'start' | 'request-code' | 'verify-code' | 'register' | 'status';
interface Row {
  readonly call: Call;
  readonly code: number;
  readonly subcode?: number;
  readonly message: string;
  readonly title?: string;
  readonly status?: number;
  readonly transient?: boolean;
  /** The entry it must open when several share the code (2388103's causes, told apart by the title). */
  readonly entry?: string;
}
const migration = (subcode: number, title: string, entry?: string): Omit<Row, 'call'> => ({
  code: 100,
  subcode,
  message: 'Invalid parameter',
  title,
  ...(entry ? { entry } : {}),
});
const ROWS: readonly Row[] = [
  // Step 1, POST /{waba}/phone_numbers (M1, M3, M22).
  { call: 'start', ...migration(2388001, 'Please make sure two-step authentication is disabled') },
  { call: 'start', ...migration(2388012, 'Number already exists in your phone numbers list') },
  {
    call: 'start',
    ...migration(2388103, 'Unable to migrate phone number', 'e2388103-webhooks-not-set-up'),
  },
  {
    call: 'start',
    ...migration(
      2388103,
      'This phone number belongs to a different Business Manager account',
      'e2388103-different-business-manager',
    ),
  },
  { call: 'start', code: 200000, message: 'Cannot add phone number to WhatsApp Business Account' },
  { call: 'start', ...migration(2593079, 'WABA already tagged for migration to a different solution ID') },
  { call: 'start', ...migration(2593085, 'Invalid WABA for OBO mobility') },
  { call: 'start', code: 190, message: 'Invalid OAuth access token - Cannot parse access token', status: 401 },
  { call: 'start', code: 10, message: '(#10) Permission denied', status: 403 },
  { call: 'start', code: 200, message: '(#200) Permissions error', status: 403 },
  { call: 'start', code: 4, message: '(#4) Application request limit reached', transient: true },
  { call: 'start', code: 80007, message: '(#80007) Rate limit issues', transient: true },
  // Step 2, POST /{id}/request_code (M23).
  { call: 'request-code', code: 136024, message: '(#136024) Request code error' },
  { call: 'request-code', ...migration(2388091, 'Phone number not eligible to receive a registration code') },
  { call: 'request-code', code: 100, message: '(#100) Invalid parameter' },
  { call: 'request-code', code: 200, message: '(#200) Permissions error', status: 403 },
  // Step 3, POST /{id}/verify_code (M24).
  { call: 'verify-code', code: 136025, message: '(#136025) Verify code error' },
  { call: 'verify-code', ...migration(2388093, 'Phone number not eligible to verify a registration code') },
  { call: 'verify-code', code: 100, message: '(#100) Invalid parameter' },
  // Step 5, POST /{id}/register (M3, M25).
  { call: 'register', code: 133005, message: '(#133005) Two step verification PIN Mismatch' },
  { call: 'register', code: 133006, message: '(#133006) Phone number re-verification needed' },
  { call: 'register', code: 133008, message: '(#133008) Too Many two step verification PIN Guesses' },
  { call: 'register', code: 133009, message: '(#133009) Two step verification PIN Guessed Too Fast' },
  {
    call: 'register',
    code: 133015,
    message: '(#133015) Please wait a few minutes before attempting to register this phone number',
  },
  { call: 'register', code: 133016, message: '(#133016) Account register deregister rate limit exceeded' },
  { call: 'register', code: 133000, message: '(#133000) Incomplete Deregistration', status: 500 },
  { call: 'register', code: 131009, message: '(#131009) Parameter value is not valid' },
  { call: 'register', code: 131031, message: '(#131031) Account has been locked', status: 403 },
  // Transient, but a registration is counted: never sent again by itself.
  { call: 'register', code: 131000, message: '(#131000) Something went wrong', status: 500, transient: true },
  { call: 'register', code: 133004, message: '(#133004) Server Temporarily Unavailable', status: 503, transient: true },
  { call: 'register', code: 100, message: '(#100) Invalid parameter' },
  { call: 'register', code: 200, message: '(#200) Permissions error', status: 403 },
  // Step 6, GET /{id}?fields=… (M1).
  { call: 'status', code: 100, message: '(#100) Invalid parameter' },
  { call: 'status', code: 190, message: 'Error validating access token: Session has expired', status: 401 },
];

const FAKE_CALL = {
  start: 'start',
  'request-code': 'request_code',
  'verify-code': 'verify_code',
  register: 'register',
  status: 'status',
} as const;
const BODIES: Record<Call, unknown> = {
  start: { cc: '81', phoneNumber: '9012345678' },
  'request-code': { phoneNumberId: '106540352242922', method: 'SMS', language: 'ja_JP' },
  'verify-code': { phoneNumberId: '106540352242922', code: '123456' },
  register: { phoneNumberId: '106540352242922' },
  status: { phoneNumberId: '106540352242922' },
};
/** Meta counts code requests and registrations: whoever sends one counts it first, so no one resends it. */
const COUNTED: ReadonlySet<Call> = new Set(['request-code', 'register']);

const graph = useFakeGraph({});

const handlerFor = () => {
  const handle = createMigrationHandler({
    // No real pauses between tries: the test is about how many, not how long.
    client: createGraphClient({ accessToken: 'fake-token', baseUrl: graph.url, sleep: async () => undefined }),
    destinationWabaId: '102290129340398',
    authorize: () => 'user-1',
    pins: memoryPinStore(),
    log: () => undefined,
  });
  return (call: Call) =>
    handle(
      new Request(`https://portal.example/api/whatsapp/${call}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [REQUEST_HEADER]: '1' },
        body: JSON.stringify(BODIES[call]),
      }),
    );
};

describe('every error of §8.4, from the stand-in through the client and the handler to the guide', () => {
  it.each(ROWS.map((row) => [row.call, row.subcode ?? row.code, row.title ?? row.message, row] as const))(
    '%s: %s (%s)',
    async (call, expectedCode, _, row) => {
      const status = row.status ?? 400;
      const body = graphError(row.code, row.message, {
        ...(row.subcode === undefined ? {} : { subcode: row.subcode }),
        ...(row.title === undefined ? {} : { title: row.title }),
      });
      const post = handlerFor();
      if (call !== 'start') expect((await post('start')).status).toBe(200);
      graph.configure({ fail: { [FAKE_CALL[call]]: { status, body } } });
      graph.calls.length = 0;
      const answer = await post(call);
      // Meta's 4xx passes on as it came; a 5xx from Meta is a bad gateway to the browser.
      expect(answer.status).toBe(status >= 500 ? 502 : status);
      const sent = (await answer.json()) as { error: Record<string, unknown> };
      expect(sent.error).toMatchObject({ ...body.error, wamigrate_code: 'graph-error' });
      const parsed = parseGraphError(sent);
      expect(parsed.code).toBe(String(expectedCode));
      const tries = graph.calls.filter((c) => c.call === FAKE_CALL[call]).length;
      expect(tries).toBe(row.transient && !COUNTED.has(call) ? 3 : 1);
      // The guide opens the code's own entry (the cause's, where the title names one), never "unknown".
      const guide = createMigration({ scenario: 'programmatic-migration' });
      guide.send({ type: 'REPORT_ERROR', error: sent });
      const opened = guide.getSnapshot().troubleshooting.openEntryId;
      expect(TROUBLESHOOTING_ENTRIES.find((e) => e.id === opened)?.codes).toContain(expectedCode);
      if (row.entry) expect(opened).toBe(row.entry);
      guide.destroy();
    },
  );
});

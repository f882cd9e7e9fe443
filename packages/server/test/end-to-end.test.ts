import { createMigration, httpHostActions } from '@wamigrate/core';
import { validatePhoneNumber } from '@wamigrate/core/phone';
import { meetRequirements, walkTo } from '@wamigrate/core/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FakeGraph, startFakeGraph } from '../src/fake-graph';
import { createGraphClient } from '../src/graph-client';
import { createMigrationHandler } from '../src/handler';
import { memoryPinStore } from '../src/pin-store';

let graph: FakeGraph;
beforeAll(async () => {
  graph = await startFakeGraph({ accessToken: 'token', verifiedName: 'Sakura Dental Clinic' });
});
afterAll(async () => {
  await graph.close();
});

const settled = async (migration: ReturnType<typeof createMigration>) => {
  // Generous, so a busy machine does not matter: a call over loopback takes milliseconds.
  for (let i = 0; i < 2000 && migration.getSnapshot().live.busy; i++) await new Promise((r) => setTimeout(r, 5));
};

const newHandler = () =>
  createMigrationHandler({
    client: createGraphClient({ accessToken: 'token', baseUrl: graph.url }),
    destinationWabaId: '102290129340398',
    authorize: () => 'user-1',
    pins: memoryPinStore(),
    log: () => undefined,
  });

/**
 * The guide's engine at the code step, its hostActions going through the handler to the stand-in; `restart`
 * replaces the handler with a new one, as a server restart does (its memory stores start empty).
 */
function liveMigration() {
  let handle = newHandler();
  const migration = createMigration({
    scenario: 'bsp-to-provider',
    validatePhoneNumber: (input) => validatePhoneNumber(input),
    hostActions: httpHostActions({
      endpoint: 'https://portal.example/api/whatsapp/',
      // The browser's fetch, answered by the handler as a server would.
      fetch: (url, init) => handle(new Request(url, init)),
    }),
  });
  meetRequirements(migration);
  walkTo(migration, 'add-whatsapp-channel');
  return Object.assign(migration, {
    restart: () => {
      handle = newHandler();
    },
  });
}

it('the guide’s engine, httpHostActions, the handler, the Graph client and the stand-in: a whole live move', async () => {
  const migration = liveMigration();
  for (const command of [
    { type: 'LIVE_START' },
    { type: 'LIVE_REQUEST_CODE', method: 'SMS', language: 'ja_JP' },
    { type: 'LIVE_VERIFY_CODE', code: '123456' },
    { type: 'LIVE_REGISTER' },
    { type: 'LIVE_CHECK_STATUS' },
  ] as const) {
    expect(migration.send(command)).toEqual({ accepted: true });
    await settled(migration);
  }
  expect(migration.getSnapshot().live).toMatchObject({ phase: 'confirm-name', verifiedName: 'Sakura Dental Clinic' });
  migration.send({ type: 'LIVE_CONFIRM_NAME', confirmed: true });
  expect(migration.send({ type: 'COMPLETE_STEP', stepId: 'add-whatsapp-channel' })).toEqual({ accepted: true });
  migration.destroy();
});

it('a refusal of the server reaches the engine as Meta’s error shape: 2388001 opens its entry', async () => {
  graph.configure({ accessToken: 'token', twoStepOn: true });
  const migration = liveMigration();
  migration.send({ type: 'LIVE_START' });
  await settled(migration);
  expect(migration.getSnapshot().live.calls.start).toMatchObject({ status: 'failed', errorCode: '2388001' });
  expect(migration.getSnapshot().troubleshooting.openEntryId).not.toBeNull();
  migration.destroy();
});

it('a server that restarted mid-move forgets who started it: the guide starts again, and the id goes to no one', async () => {
  graph.configure({ accessToken: 'token' });
  graph.calls.length = 0;
  const migration = liveMigration();
  migration.send({ type: 'LIVE_START' });
  await settled(migration);
  migration.restart();
  migration.send({ type: 'LIVE_REQUEST_CODE', method: 'SMS', language: 'ja_JP' });
  await settled(migration);
  expect(migration.getSnapshot().live.phase).toBe('start');
  expect(migration.getSnapshot().troubleshooting.openEntryId).toBe('portal-move-not-started');
  // Nothing reached Meta, and the guide does not count the refused request.
  expect(graph.calls.filter((c) => c.call === 'request_code')).toHaveLength(0);
  expect(migration.getSnapshot().verificationCode.used).toBe(0);
  // Meta has the number in the destination (2388012), but this server no longer knows whose move it is: it
  // gives the id to no one, so the business asks the portal's support instead of a stranger taking it over.
  expect(migration.send({ type: 'LIVE_START' })).toEqual({ accepted: true });
  await settled(migration);
  expect(migration.getSnapshot().live.calls.start).toMatchObject({
    status: 'failed',
    errorCode: 'portal:already-in-account',
  });
  expect(migration.getSnapshot().troubleshooting.openEntryId).toBe('e2388012-number-already-added');
  migration.destroy();
});

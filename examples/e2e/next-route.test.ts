import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMigration, httpHostActions } from '@wamigrate/core';
import { validatePhoneNumber } from '@wamigrate/core/phone';
import { meetRequirements, walkTo } from '@wamigrate/core/testing';
import { type FakeGraph, startFakeGraph } from '@wamigrate/server/fake-graph';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../chromium.ts';
import { type ServerProcess, startServerProcess } from './server-process';

/**
 * `@wamigrate/server`'s handler in a real Next.js app (App Router, `next build` output, `next start`), as a
 * portal mounts it: `app/api/whatsapp/[call]/route.ts`. Meta is the local stand-in on loopback.
 */
const APP = path.join(path.dirname(fileURLToPath(import.meta.url)), '../next-portal');
const NEXT = path.join(APP, 'node_modules/next/dist/bin/next');
const TOKEN = 'next-example-token';

let graph: FakeGraph;
let next: ServerProcess | undefined;
let origin: string;

beforeAll(async () => {
  graph = await startFakeGraph({ accessToken: TOKEN, verifiedName: 'Sakura Dental Clinic' });
  // Ready when it answers; a start that fails says why (`next build` must have run: `pnpm -r build`).
  next = await startServerProcess({
    args: [NEXT, 'start', '--port', '{port}', '--hostname', '127.0.0.1'],
    cwd: APP,
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      WHATSAPP_TOKEN: TOKEN,
      WHATSAPP_WABA_ID: '102290129340398',
      WAMIGRATE_GRAPH_URL: graph.url,
      WAMIGRATE_EXAMPLE_TRUST_USER_HEADER: '1',
    },
  });
  origin = next.origin;
});

afterAll(async () => {
  await next?.stop();
  await graph?.close();
});

// One stand-in for the file, never reconfigured: the Next.js server keeps its owners from test to test, and
// the stand-in's numbers and ids stay as they are too.
const post = (call: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin}/api/whatsapp/${call}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wamigrate-request': '1', 'x-example-user': 'owner', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

it('serves the calls from a route handler: a whole move, with the PIN and the token never in an answer', async () => {
  const started = await post('start', { cc: '81', phoneNumber: '9012345678' });
  expect(started.status).toBe(200);
  const { phoneNumberId } = (await started.json()) as { phoneNumberId: string };
  const answers = [
    await post('request-code', { phoneNumberId, method: 'SMS', language: 'ja_JP' }),
    await post('verify-code', { phoneNumberId, code: '123456' }),
    await post('register', { phoneNumberId }),
  ];
  expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
  const status = await post('status', { phoneNumberId });
  expect(await status.json()).toMatchObject({ status: 'CONNECTED', verifiedName: 'Sakura Dental Clinic' });
  const registered = graph.calls.find((c) => c.call === 'register')?.body as { pin?: string } | undefined;
  const pin = registered?.pin ?? '';
  expect(pin).toMatch(/^\d{6}$/u);
  const texts = await Promise.all(
    answers.map((a) =>
      a
        .clone()
        .text()
        .catch(() => ''),
    ),
  );
  for (const text of texts) {
    expect(text).not.toContain(pin);
    expect(text).not.toContain(TOKEN);
  }
});

it('refuses what a portal must refuse, through Next as through any server', async () => {
  graph.calls.length = 0;
  const { phoneNumberId } = (await (await post('start', { cc: '81', phoneNumber: '8011112222' })).json()) as {
    phoneNumberId: string;
  };
  const refusals = [
    [await post('status', { phoneNumberId }, { 'x-wamigrate-request': '' }), 403, 'cross-origin'],
    [await post('status', { phoneNumberId }, { 'x-example-user': '' }), 401, 'unauthorized'],
    [await post('status', { phoneNumberId }, { 'x-example-user': 'someone-else' }), 403, 'not-owner'],
    [await post('status', { phoneNumberId: '1' }), 409, 'not-started'],
    [await post('start', { cc: '81', phoneNumber: '+81 90' }), 400, 'bad-request'],
    [await post('status', JSON.stringify({ pad: 'x'.repeat(1024 * 1024) })), 413, 'too-large'],
  ] as const;
  for (const [response, status, code] of refusals) {
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: { wamigrate_code: string } }).error.wamigrate_code).toBe(code);
  }
  expect(graph.calls.filter((c) => c.call === 'status')).toHaveLength(0);
});

it('the guide’s engine walks the move over HTTP through the Next.js route (httpHostActions)', async () => {
  // Started here by this principal first; the engine's start then gets the id back from Meta's 2388012.
  expect((await post('start', { cc: '81', phoneNumber: '9012345678' })).status).toBe(200);
  graph.calls.length = 0;
  const migration = createMigration({
    scenario: 'bsp-to-provider',
    validatePhoneNumber: (input) => validatePhoneNumber(input),
    hostActions: httpHostActions({ endpoint: `${origin}/api/whatsapp`, headers: { 'x-example-user': 'owner' } }),
  });
  meetRequirements(migration);
  walkTo(migration, 'add-whatsapp-channel');
  const settled = async () => {
    // Generous, so a busy machine does not matter: each call is one loopback request.
    for (let i = 0; i < 4000 && migration.getSnapshot().live.busy; i++) await new Promise((r) => setTimeout(r, 5));
  };
  for (const command of [
    { type: 'LIVE_START' },
    { type: 'LIVE_REQUEST_CODE', method: 'SMS', language: 'ja_JP' },
    { type: 'LIVE_VERIFY_CODE', code: '123456' },
    { type: 'LIVE_REGISTER' },
    { type: 'LIVE_CHECK_STATUS' },
  ] as const) {
    expect(migration.send(command)).toEqual({ accepted: true });
    await settled();
  }
  expect(migration.getSnapshot().live).toMatchObject({ phase: 'confirm-name', verifiedName: 'Sakura Dental Clinic' });
  expect(graph.calls.slice(0, 4).map((c) => c.call)).toEqual([
    'subscribed_apps',
    'start',
    'phone_numbers',
    'request_code',
  ]);
  migration.destroy();
});

it('the guide in a server-rendered page hydrates for a first and a returning visitor, with no error', async () => {
  const browser = await chromium.launch({ ...chromiumLaunchOptions, headless: true });
  try {
    const page = await (await browser.newContext()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || /hydrat/iu.test(message.text())) errors.push(message.text());
    });
    // The server's HTML holds the loading line: it cannot know what this browser stored.
    const html = await (await fetch(`${origin}/guide`)).text();
    expect(html).toContain('data-part="loading"');
    await page.goto(`${origin}/guide`);
    await page.getByRole('radio', { name: 'In Zendesk' }).check();
    await page.getByRole('button', { name: 'Start this move' }).click();
    await expect.poll(() => page.locator('[data-part="scenario-title"]').textContent()).toMatch(/Zendesk/u);
    const path = await page.locator('[data-part="scenario-title"]').textContent();
    // The returning visitor: the same path, from localStorage, after hydration.
    await page.reload();
    await expect.poll(() => page.locator('[data-part="scenario-title"]').textContent()).toBe(path);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { createGraphClient, GraphCallError } from '../src/graph-client';

const BIN = fileURLToPath(new URL('../dist/fake-graph-cli.js', import.meta.url));
let child: ChildProcess | null = null;
afterEach(async () => {
  const running = child;
  child = null;
  if (running && running.exitCode === null) {
    await new Promise((resolve) => {
      running.once('exit', resolve);
      running.kill('SIGTERM');
    });
  }
});

it('wamigrate-fake-graph serves the stand-in on loopback and misbehaves when told (built by npm test first)', async () => {
  child = spawn(process.execPath, [BIN, '--port', '0', '--access-token', 'cli-token', '--two-step-on'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child?.stdout?.on('data', (chunk: Buffer) => {
      const found = /at (http:\/\/127\.0\.0\.1:\d+)/u.exec(chunk.toString());
      if (found?.[1]) resolve(found[1]);
    });
    child?.once('exit', (code) => reject(new Error(`exited with ${code}`)));
  });
  const graph = createGraphClient({ accessToken: 'cli-token', baseUrl: url });
  expect(await graph.status('106540352242922')).toMatchObject({ status: 'PENDING' });
  const failed = await graph.startMigration('1', { cc: '81', phoneNumber: '9012345678' }).catch((e: unknown) => e);
  expect(failed).toBeInstanceOf(GraphCallError);
  expect((failed as GraphCallError).body.error.error_subcode).toBe(2388001);
});

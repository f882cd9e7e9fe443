import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

/**
 * A real redis-server (Debian's, see scripts/ensure-redis.sh) for one test file: on loopback, on a free
 * port; `stop` and `start` again simulate an outage. Its data outlives the outage, as a production Redis's
 * does (append-only file in a temporary folder, written on every change); `close` ends it and removes that.
 */
export async function startRedis() {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'wamigrate-redis-'));
  const binary = process.env.REDIS_SERVER_PATH ?? 'redis-server';
  let child: ChildProcess | null = null;
  async function start() {
    const started = spawn(
      binary,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child = started;
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        if (chunk.toString().includes('Ready to accept connections')) {
          started.stdout?.off('data', onData);
          resolve();
        }
      };
      started.stdout?.on('data', onData);
      started.once('error', reject);
      started.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
    });
  }
  async function stop() {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  }
  await start();
  async function close() {
    await stop();
    await rm(dir, { recursive: true, force: true });
  }
  return { port, url: `redis://127.0.0.1:${port}`, start, stop, close };
}

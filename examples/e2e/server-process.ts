import { spawn } from 'node:child_process';
import { freePort } from '../../packages/server/test/free-port.ts';

/** A server program running in its own Node process (`next start`, `vite preview`), on a free port. */
export interface ServerProcess {
  readonly origin: string;
  /** Stops it and waits until it has gone; safe to call twice or after it exited. */
  stop(): Promise<void>;
}

// How long a server may take to answer at all: a bound for one that hangs, not a speed check.
const START_BOUND_MS = 5 * 60_000;

/**
 * Starts `node <args>` with `{port}` in args replaced by a free port, and resolves once it answers HTTP at
 * its root. A server that exits first, or never answers, fails with everything it printed. `signal` stops it
 * (and a start still under way) when the test file is torn down.
 */
export async function startServerProcess({
  args,
  cwd,
  env = {},
  signal,
}: {
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}): Promise<ServerProcess> {
  signal?.throwIfAborted();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    args.map((arg) => arg.replace('{port}', String(port))),
    { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], ...(signal ? { signal } : {}) },
  );
  child.on('error', () => undefined); // an abort kills it; that is not a failure of the test
  const output: string[] = [];
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await gone;
  };
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${args.join(' ')} exited:\n${output.join('')}`);
    }
    if (signal?.aborted || Date.now() - started > START_BOUND_MS) {
      await stop();
      throw new Error(`${args.join(' ')} ${signal?.aborted ? 'was stopped' : 'never answered'}:\n${output.join('')}`);
    }
    const answered = await fetch(origin).then(
      (response) => response.status < 500,
      () => false,
    );
    if (answered) return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

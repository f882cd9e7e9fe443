import { numberForMeta } from './commands';
import { parseGraphError } from './graph-error';
import { type CodeMethod, type LiveCall, MAX_TRIES, normaliseCode, retryDelayMs, TRANSIENT_CODES } from './live';
import type { EngineConfig, MigrationCommand, MigrationState } from './types';

/**
 * The portal backend's half of live mode (`createMigration({ hostActions })`): each function makes one of
 * Meta's calls server to server (DOMAIN.md §1.2, §8.4), with the token and the two-step PIN kept there. A
 * failure rejects with Meta's error body as it came (or any error, for the network); the engine reads it
 * with `parseGraphError`.
 */
export interface HostActions {
  /** `POST /{DESTINATION_WABA}/phone_numbers` with `migrate_phone_number=true`. */
  startMigration(input: { readonly cc: string; readonly phoneNumber: string }): Promise<{ phoneNumberId: string }>;
  /** `POST /{id}/request_code`. */
  requestCode(input: {
    readonly phoneNumberId: string;
    readonly method: CodeMethod;
    readonly language: string;
  }): Promise<unknown>;
  /** `POST /{id}/verify_code`. The code passes through and is kept nowhere. */
  verifyCode(input: { readonly phoneNumberId: string; readonly code: string }): Promise<unknown>;
  /** `POST /{id}/register`; the backend chooses and keeps the PIN. */
  register(input: { readonly phoneNumberId: string }): Promise<unknown>;
  /** `GET /{id}?fields=status,code_verification_status,name_status,verified_name`. */
  getStatus(input: { readonly phoneNumberId: string }): Promise<{
    status: string;
    codeVerificationStatus?: string;
    nameStatus?: string;
    verifiedName?: string;
  }>;
}

interface RunnerContext {
  readonly actions: HostActions;
  /** The engine's configuration now (the phone validator may arrive after the runner is made). */
  readonly config: () => EngineConfig;
  readonly state: () => MigrationState;
  /** Sends a command the store alone may send (a result, a retry); says whether the engine took it. */
  readonly dispatch: (command: MigrationCommand) => boolean;
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

/** The live command that sends each call. */
const CALL_OF: Readonly<Partial<Record<MigrationCommand['type'], LiveCall>>> = {
  LIVE_START: 'start',
  LIVE_REQUEST_CODE: 'request-code',
  LIVE_VERIFY_CODE: 'verify-code',
  LIVE_REGISTER: 'register',
  LIVE_CHECK_STATUS: 'status',
};

/**
 * Makes the call an accepted live command asks for, and sends the engine its outcome. A transient failure
 * is tried again after a pause, each try passing the engine's limits first; any other failure is reported
 * at once. After `destroy` nothing it started acts any more.
 */
export function createLiveRunner(context: RunnerContext) {
  let run = 0;
  let retry: unknown;
  let destroyed = false;
  // The code, in memory only, for the tries of one verification; forgotten as soon as it settles. The
  // same for a number typed for the start call alone.
  let heldCode: string | null = null;
  let heldNumber: string | undefined;

  function invoke(call: LiveCall, state: MigrationState): Promise<unknown> {
    const { actions } = context;
    const phoneNumberId = state.live.phoneNumberId ?? '';
    switch (call) {
      case 'start': {
        const number = numberForMeta(context.config(), state, heldNumber);
        return number ? actions.startMigration(number) : Promise.reject(new Error('number not split'));
      }
      case 'request-code':
        return actions.requestCode({
          phoneNumberId,
          method: state.live.method ?? 'SMS',
          language: state.live.language ?? 'en_US',
        });
      case 'verify-code':
        return actions.verifyCode({ phoneNumberId, code: heldCode ?? '' });
      case 'register':
        return actions.register({ phoneNumberId });
      case 'status':
        return actions.getStatus({ phoneNumberId });
    }
  }

  function send(call: LiveCall) {
    const mine = ++run;
    // Called now, in the same turn as the count: the call Meta sees is the one the limit counted.
    let answer: Promise<unknown>;
    try {
      answer = Promise.resolve(invoke(call, context.state()));
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer.then(
      (value) => {
        if (destroyed || mine !== run) return;
        forget(call);
        context.dispatch({ type: 'LIVE_RESULT', call, outcome: 'succeeded', value });
      },
      (error: unknown) => {
        if (destroyed || mine !== run) return;
        const parsed = parseGraphError(error);
        const code = parsed.code === '?' ? 'network' : parsed.code;
        const tries = context.state().live.calls[call]?.tries ?? MAX_TRIES;
        if (TRANSIENT_CODES.has(code) && tries < MAX_TRIES) {
          retry = context.setTimeout(() => {
            retry = undefined;
            if (destroyed || mine !== run) return;
            // A retry the limits refuse ends the run with the failure that asked for it.
            if (context.dispatch({ type: 'LIVE_RETRY', call })) send(call);
            else fail(call, error);
          }, retryDelayMs(tries));
          return;
        }
        fail(call, error);
      },
    );
  }

  function forget(call: LiveCall) {
    if (call === 'verify-code') heldCode = null;
    if (call === 'start') heldNumber = undefined;
  }

  function fail(call: LiveCall, error: unknown) {
    forget(call);
    context.dispatch({ type: 'LIVE_RESULT', call, outcome: 'failed', error });
  }

  return {
    /** After the engine accepted `command`: the call it asks for. */
    accepted(command: MigrationCommand) {
      if (destroyed) return;
      const call = CALL_OF[command.type];
      if (!call) return;
      if (command.type === 'LIVE_VERIFY_CODE') heldCode = normaliseCode(command.code);
      if (command.type === 'LIVE_START') heldNumber = command.phoneNumber;
      send(call);
    },
    destroy() {
      destroyed = true;
      heldCode = null;
      heldNumber = undefined;
      if (retry !== undefined) context.clearTimeout(retry);
      retry = undefined;
    },
  };
}

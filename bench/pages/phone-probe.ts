/**
 * Counts phone validations in the page. The calls into it are not in any source: the typing page's build
 * (src/phone-probe-plugin.ts) adds them to the core's validatePhoneNumber and to every libphonenumber-js
 * function the bundle imports, so each path that validates is counted however it reaches the validator.
 */

/** What was validated since the last reset. */
export interface PhoneReading {
  /** Calls of the core's validatePhoneNumber, from any caller. */
  readonly validations: number;
  /** Calls into libphonenumber-js by function, e.g. parsePhoneNumberWithError. */
  readonly libphonenumber: Readonly<Record<string, number>>;
  /** For each validation, the named functions that led to it, nearest first. */
  readonly callers: readonly string[];
}

export interface PhoneProbe {
  /** Called first thing in validatePhoneNumber. */
  validation(): void;
  /** Called by the wrapper around each libphonenumber-js function. */
  libphonenumber(name: string): void;
  reset(): void;
  read(): PhoneReading;
}

declare global {
  interface Window {
    benchPhoneProbe: PhoneProbe;
  }
}

/** Enough named frames to tell the paths apart; further up it is React's and the engine's plumbing. */
const CALLER_FRAMES = 6;
/** The probe itself and the core's validatePhoneNumber it sits in (the engine's option is `Object.…`). */
const OWN_FRAMES = /^(?:callerChain|Object\.validation|validatePhoneNumber)$/u;
/** A qualifier the minifier shortened (`te.useMemo`, React's `exports`) says nothing; `Object.` / `Array.` do. */
const MINIFIED_QUALIFIER = /^[\w$]{1,3}\./u;

/** `at name (file:line:col)` → name; anonymous frames name nothing and are skipped. */
function callerChain(): string {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 40;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  const names: string[] = [];
  for (const line of stack.split('\n').slice(1)) {
    const name = /^\s*at (?:async )?([^\s(]+) \(/u.exec(line)?.[1]?.replace(MINIFIED_QUALIFIER, '');
    if (!name || OWN_FRAMES.test(name) || names.at(-1) === name) continue;
    names.push(name);
    if (names.length === CALLER_FRAMES) break;
  }
  return names.join(' < ') || 'unknown';
}

export function installPhoneProbe(): void {
  let validations = 0;
  let libphonenumber: Record<string, number> = {};
  let callers: string[] = [];
  window.benchPhoneProbe = {
    validation() {
      validations++;
      callers.push(callerChain());
    },
    libphonenumber(name) {
      libphonenumber[name] = (libphonenumber[name] ?? 0) + 1;
    },
    reset() {
      validations = 0;
      libphonenumber = {};
      callers = [];
    },
    read: () => ({ validations, libphonenumber: { ...libphonenumber }, callers: [...callers] }),
  };
}

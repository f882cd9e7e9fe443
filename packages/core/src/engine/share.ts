/**
 * Structural sharing: `next` with every part that deep-equals the same part of `previous` replaced by
 * `previous`'s object, so a view that selects a part can tell by reference whether it changed. Plain
 * objects and arrays are compared; anything else (functions, records from the knowledge) by identity.
 */
export function replaceEqualDeep<T>(previous: unknown, next: T): T {
  if (previous === next) return next;
  if (Array.isArray(previous) && Array.isArray(next)) return shareArray(previous, next) as T;
  if (!(isPlainObject(previous) && isPlainObject(next))) return next;
  return shareObject(previous, next as Record<string, unknown>) as T;
}

// Both walk without allocating while every part is the same (the common case: most of a snapshot does not
// change from one event to the next), and copy only from the first part that differs.
function shareArray(previous: readonly unknown[], next: readonly unknown[]): readonly unknown[] {
  let copy: unknown[] | undefined;
  for (let i = 0; i < next.length; i++) {
    const value = replaceEqualDeep(previous[i], next[i]);
    if (copy === undefined && (value !== previous[i] || i >= previous.length)) copy = previous.slice(0, i);
    copy?.push(value);
  }
  return copy === undefined && next.length === previous.length ? previous : (copy ?? previous.slice(0, next.length));
}

function shareObject(previous: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(next);
  let copy: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const value = replaceEqualDeep(previous[key], next[key]);
    if (copy === undefined && (value !== previous[key] || !Object.hasOwn(previous, key))) {
      copy = {};
      for (let j = 0; j < i; j++) copy[keys[j] as string] = previous[keys[j] as string];
    }
    if (copy !== undefined) copy[key] = value;
  }
  if (copy !== undefined) return copy;
  // Every key of next is the same in previous: the same object unless previous has keys next has not.
  return Object.keys(previous).length === keys.length ? previous : pick(previous, keys);
}

/** The values of `keys` in `source`. */
function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of keys) picked[key] = source[key];
  return picked;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The last answer of `fn`, kept for its last input: the same text is validated once, however often it is asked. */
export function lastValueMemo<A, R>(fn: (input: A) => R): (input: A) => R {
  let last: { readonly input: A; readonly result: R } | undefined;
  return (input) => {
    if (last === undefined || !Object.is(last.input, input)) last = { input, result: fn(input) };
    return last.result;
  };
}

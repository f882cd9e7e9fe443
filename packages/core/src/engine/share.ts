/**
 * Structural sharing: `next` with every part that deep-equals the same part of `previous` replaced by
 * `previous`'s object, so a view that selects a part can tell by reference whether it changed. Plain
 * objects and arrays are compared; anything else (functions, records from the knowledge) by identity.
 */
export function replaceEqualDeep<T>(previous: unknown, next: T): T {
  if (previous === next) return next;
  const bothArrays = Array.isArray(previous) && Array.isArray(next);
  if (!bothArrays && !(isPlainObject(previous) && isPlainObject(next))) return next;
  const prev = previous as Record<string, unknown>;
  const copy = (bothArrays ? [] : {}) as Record<string, unknown>;
  const keys = Object.keys(next as object);
  let same = keys.length === Object.keys(prev).length;
  for (const key of keys) {
    const value = replaceEqualDeep(prev[key], (next as Record<string, unknown>)[key]);
    copy[key] = value;
    if (value !== prev[key] || !(key in prev)) same = false;
  }
  return (same ? previous : copy) as T;
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

/**
 * A record's own value for a key a host or storage supplied: `constructor`, `toString` or `__proto__` are
 * ids like any other, never the inherited members of `Object.prototype`.
 */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

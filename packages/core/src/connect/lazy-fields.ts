/**
 * `base` with each of `fields` worked out the first time it is read, then kept: a plain, enumerable property
 * like the others to whoever reads it (a copy made with its descriptors, as a view does, works out its own).
 */
export function withLazyFields<T extends object, L extends object>(
  base: T,
  fields: { readonly [K in keyof L]: () => L[K] },
): T & L {
  const view = { ...base } as T & L;
  for (const key of Object.keys(fields) as (keyof L & string)[]) {
    Object.defineProperty(view, key, {
      enumerable: true,
      configurable: true,
      get(this: object) {
        const value = fields[key]();
        Object.defineProperty(this, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return view;
}

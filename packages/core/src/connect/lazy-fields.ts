/**
 * `base` with each of `fields` worked out the first time it is read, then kept: an enumerable property like
 * the others to whoever reads it, spreads it or copies its descriptors (as a view does), frozen or not.
 */
export function withLazyFields<T extends object, L extends object>(
  base: T,
  fields: { readonly [K in keyof L]: () => L[K] },
): T & L {
  const view = { ...base } as T & L;
  for (const key of Object.keys(fields) as (keyof L & string)[]) {
    let worked: { readonly value: L[typeof key] } | undefined;
    Object.defineProperty(view, key, {
      enumerable: true,
      get() {
        worked ??= { value: fields[key]() };
        return worked.value;
      },
    });
  }
  return view;
}

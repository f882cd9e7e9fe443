/** A catalogue in i18next's nested JSON shape: `{ step: { 'add-whatsapp-channel': { title: '...' } } }`. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

type Merged<T extends readonly object[]> = T extends readonly [infer First, ...infer Rest extends readonly object[]]
  ? First & Merged<Rest>
  : unknown;

/**
 * The area files' top-level keys merged into one catalogue. A function the call of which is marked pure, not
 * an object spread: a bundler drops a pure call whose result is unused, so importing only a constant from
 * `@wamigrate/core/messages` brings no catalogue (a top-level spread may run getters, so it is always kept).
 */
export function mergeAreas<const T extends readonly object[]>(...areas: T): Merged<T> {
  return Object.assign({}, ...areas) as Merged<T>;
}

type DeepMerged<A, B> = A extends string
  ? A
  : B extends string
    ? B
    : {
        [K in keyof A | keyof B]: K extends keyof A
          ? K extends keyof B
            ? DeepMerged<A[K], B[K]>
            : A[K]
          : K extends keyof B
            ? B[K]
            : never;
      };

/**
 * Two catalogues as one: their trees merged key by key (a text of `b` where both have one). Pure, as
 * mergeAreas is, so an unused merge leaves both out of a bundle.
 */
export function mergeTrees<const A extends object, const B extends object>(a: A, b: B): DeepMerged<A, B> {
  const merged: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [key, value] of Object.entries(b)) {
    const mine = merged[key];
    merged[key] =
      typeof mine === 'object' && mine !== null && typeof value === 'object' && value !== null
        ? mergeTrees(mine, value)
        : value;
  }
  return merged as DeepMerged<A, B>;
}

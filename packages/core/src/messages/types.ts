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

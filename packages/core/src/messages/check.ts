import type { MessageTree } from './types';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/u;
const PLACEHOLDER = /\{\{\s*([^},\s]+)[^}]*\}\}/gu;

/** Dotted key -> text. */
function flatten(tree: MessageTree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'object' && value !== null) flatten(value, path, out);
    else out.set(path, value as never);
  }
  return out;
}

const placeholdersOf = (texts: readonly string[]) =>
  [...new Set(texts.flatMap((text) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string)))].sort();

/** Every form of each base key: `duration.hours` -> its `_one` and `_other` texts. */
function byBase(flat: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, text] of flat) {
    const base = key.replace(PLURAL_SUFFIX, '');
    out.set(base, [...(out.get(base) ?? []), text]);
  }
  return out;
}

export interface CatalogueCheckOptions {
  /** Every key of the reference must be there (the library's own locales); a host's may be partial. */
  readonly complete?: boolean;
}

/**
 * What is wrong with a locale's catalogue, measured against the English one: keys English does not have
 * (a typo never shows), texts that are empty or not text, placeholders that differ from English's, plural
 * forms the locale does not use, and, when `complete`, keys it lacks. Empty when all is well. A host runs it
 * over the catalogue of a locale it adds; the library's tests run it over every locale it ships.
 */
export function catalogueIssues(
  locale: string,
  catalogue: MessageTree,
  reference: MessageTree,
  options: CatalogueCheckOptions = {},
): string[] {
  const issues: string[] = [];
  const flat = flatten(catalogue);
  const known = byBase(flatten(reference));
  const own = byBase(flat);
  let categories: ReadonlySet<string>;
  try {
    categories = new Set(['zero', ...new Intl.PluralRules(locale).resolvedOptions().pluralCategories]);
  } catch {
    return [`${locale}: not a well-formed BCP 47 tag`];
  }
  for (const [key, text] of flat) {
    if (typeof text !== 'string' || text.trim() === '') issues.push(`${key}: empty or not text`);
    const suffix = PLURAL_SUFFIX.exec(key)?.[1];
    if (suffix !== undefined && !categories.has(suffix)) issues.push(`${key}: ${locale} has no "${suffix}" form`);
  }
  for (const [base, texts] of own) {
    const english = known.get(base);
    if (english === undefined) {
      issues.push(`${base}: not a key of the catalogue`);
      continue;
    }
    const expected = placeholdersOf(english).join(', ');
    const got = placeholdersOf(texts.filter((t) => typeof t === 'string')).join(', ');
    if (got !== expected) issues.push(`${base}: placeholders {${got}} instead of {${expected}}`);
  }
  if (options.complete === true) {
    for (const base of known.keys()) if (!own.has(base)) issues.push(`${base}: missing`);
  }
  return issues;
}

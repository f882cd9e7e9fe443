/**
 * The part of i18next the guide calls (create-i18n.ts, i18n-context.tsx), for the element's single file, which
 * swaps `i18next` for this module: i18next is 16 kB of that file, this about 1. React hosts keep i18next.
 *
 * What it does as i18next does: texts per language and namespace, merged as `addResourceBundle` merges them;
 * keys read as paths split at `.`, then as flat keys; the languages of `lngs` walked in order; for a `count`
 * that is not text, the `_zero` form (count 0), then `Intl.PluralRules`' form (`_one`, `_other`, ...), then
 * the bare key; `{{name}}` and `{{- name}}` filled from the values, a missing one left as written, a value
 * never read again for placeholders; a missing key gives the key. test/small-i18next.test.ts renders every key of every catalogue
 * through both, in every language and at several counts, and finds them identical.
 *
 * Not here: nesting (`$t(...)`), formats (`{{n, number}}` gives the value as it is), context, events, loading.
 */

type Tree = { [key: string]: unknown };
type Options = { readonly [key: string]: unknown };

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null;
const own = (tree: Tree, key: string) => Object.hasOwn(tree, key);

/** i18next's merge: what is there stays unless `overwrite`; trees merge into trees. */
function deepExtend(target: Tree, source: Tree, overwrite: boolean) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor') continue;
    const there = target[key];
    const added = source[key];
    if (!own(target, key)) target[key] = added;
    else if (typeof there === 'string' || typeof added === 'string') {
      if (overwrite) target[key] = added;
    } else if (isTree(there) && isTree(added)) deepExtend(there, added, overwrite);
    // Anything else (a number where a tree is) stays: i18next would throw there.
  }
}

function lookUp(tree: unknown, path: readonly string[]): unknown {
  let at = tree;
  for (const key of path) {
    if (!isTree(at) || !own(at, key)) return undefined;
    at = at[key];
  }
  return at;
}

/**
 * i18next's second look, when the path finds nothing: the key, or a run of its parts, as one flat key
 * (`{ step: { 'v2.verify': { title } } }`, `{ 'step.mine.title': ... }`).
 */
function lookUpFlat(tree: unknown, key: string): unknown {
  if (!isTree(tree)) return undefined;
  if (tree[key]) return own(tree, key) ? tree[key] : undefined;
  const parts = key.split('.');
  let at: unknown = tree;
  for (let i = 0; i < parts.length; ) {
    if (!isTree(at)) return undefined;
    let next: unknown;
    let joined = '';
    for (let j = i; j < parts.length; j++) {
      joined += (j === i ? '' : '.') + parts[j];
      next = own(at, joined) ? at[joined] : undefined;
      if (next === undefined) continue;
      // A text part-way along the key: a longer run may still name a tree.
      if (typeof next !== 'object' && typeof next !== 'function' && j < parts.length - 1) continue;
      i = j + 1;
      break;
    }
    at = next;
  }
  return at;
}

const PLACEHOLDER = /\{\{(.+?)\}\}/gu;

function interpolate(text: string, values: Options): string {
  return text.replace(PLACEHOLDER, (written, inside: string) => {
    const name = (inside.startsWith('-') ? inside.slice(1) : inside).trim();
    // A format (`{{n, number}}`) is not applied: the value as it is.
    const key = name.includes(',') ? (name.split(',')[0] ?? '').trim() : name;
    if (!own(values, key)) return written;
    const value = values[key];
    return value === undefined || value === null ? '' : String(value);
  });
}

const plurals = new Map<string, Intl.PluralRules>();
function pluralForm(language: string, count: number): string {
  let rules = plurals.get(language);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(language);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    plurals.set(language, rules);
  }
  return rules.select(count);
}

/** i18next's list, for engines without `Intl.Locale#getTextInfo`. */
const RIGHT_TO_LEFT = new Set(
  'ar shu sqr ssh xaa yhd yud aao abh abv acm acq acw acx acy adf ads aeb aec afb ajp apc apd arb arq ars ary arz auz avl ayh ayl ayn ayp bbz pga he iw ps pbt pbu pst prp prd ug ur ydd yds yih ji yi hbo men xmn fa jpr peo pes prs dv sam ckb'.split(
    ' ',
  ),
);

class SmallI18next {
  language = 'en';
  store: { data: Tree } = { data: {} };
  /** It never escapes a value, as the guide asks of i18next (React escapes text itself). */
  readonly options = { interpolation: { escapeValue: false } } as const;

  init(options: { readonly lng?: string }) {
    if (options.lng) this.language = options.lng;
    return Promise.resolve(this.t.bind(this));
  }

  cloneInstance() {
    const clone = new SmallI18next();
    clone.language = this.language;
    clone.store = this.store;
    return clone;
  }

  addResourceBundle(lng: string, ns: string, resources: Tree, deep?: boolean, overwrite?: boolean) {
    const languages = this.store.data;
    if (!isTree(languages[lng])) languages[lng] = {};
    const namespaces = languages[lng] as Tree;
    // Copied, as i18next copies: a later merge must not write into the caller's objects.
    const copy = JSON.parse(JSON.stringify(resources)) as Tree;
    const pack = isTree(namespaces[ns]) ? (namespaces[ns] as Tree) : {};
    if (deep) deepExtend(pack, copy, overwrite === true);
    else Object.assign(pack, copy);
    namespaces[ns] = pack;
    return this;
  }

  hasResourceBundle(lng: string, ns: string) {
    return lookUp(this.store.data, [lng, ns]) !== undefined;
  }

  t(key: string, options: Options = {}): unknown {
    const languages = (options.lngs as readonly string[] | undefined) ?? [(options.lng as string) ?? this.language];
    const ns = (options.ns as string | undefined) ?? 'translation';
    const count = options.count;
    let found: unknown;
    for (const language of languages) {
      // Tried in this order, as i18next does: `_zero` (count 0), the language's plural form, the bare key.
      const forms = [key];
      if (count !== undefined && typeof count !== 'string') {
        forms.unshift(`${key}_${pluralForm(language, count as number)}`);
        if (count === 0) forms.unshift(`${key}_zero`);
      }
      for (const form of forms) {
        found = lookUp(this.store.data, [language, ns, ...form.split('.')]);
        if (found === undefined || found === null) found = lookUpFlat(lookUp(this.store.data, [language, ns]), form);
        if (found !== undefined && found !== null) break;
      }
      if (found !== undefined && found !== null) break;
    }
    if (found === undefined || found === null) found = key;
    if (isTree(found)) return `key '${key} (${this.language})' returned an object instead of string.`;
    return typeof found === 'string' ? interpolate(found, options) : found;
  }

  dir(lng: string = this.language): 'ltr' | 'rtl' {
    try {
      const locale = new Intl.Locale(lng) as Intl.Locale & { getTextInfo?: () => { direction?: string } };
      const direction = locale.getTextInfo?.().direction;
      if (direction === 'rtl' || direction === 'ltr') return direction;
    } catch {}
    const lower = lng.toLowerCase();
    if (lower.indexOf('-latn') > 1) return 'ltr';
    return RIGHT_TO_LEFT.has(lower.split(/[-_]/u)[0] ?? '') || lower.indexOf('-arab') > 1 ? 'rtl' : 'ltr';
  }

  /** The guide never changes an instance's language (each call names it): nothing to tell. */
  on() {}
  off() {}
}

export function createInstance() {
  return new SmallI18next();
}

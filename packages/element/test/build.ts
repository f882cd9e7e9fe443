/**
 * Which build the browser tests are looking at: the element from the source, with React (the default project),
 * or a single file the page loads as it is (`SINGLE_FILE`, set per vitest project), some with one language.
 */
declare const SINGLE_FILE: string | null;

export const singleFile: string | null = SINGLE_FILE;

/** The languages the build shows: a one-language file (`wamigrate-guide.ja.js`) has only its own. */
export const BUILD_LANGUAGES: readonly ('en' | 'ja')[] = singleFile?.endsWith('.ja.js')
  ? ['ja']
  : singleFile?.endsWith('.en.js')
    ? ['en']
    : ['en', 'ja'];

/** The language a guide asked for `tag` shows in this build: its own, else English, else the file's one. */
export function shown(tag: string): 'en' | 'ja' {
  const language = tag.split('-')[0];
  const known = BUILD_LANGUAGES.find((l) => l === language);
  return known ?? (BUILD_LANGUAGES.includes('en') ? 'en' : (BUILD_LANGUAGES[0] ?? 'en'));
}

/** Texts the tests read, in each language, as the catalogues have them. */
const TEXTS = {
  guideTitle: { en: 'Move your WhatsApp Business number', ja: 'WhatsApp Business の電話番号を移転する' },
  providerToBsp: {
    en: 'Move your number from Zendesk to another BSP',
    ja: 'Zendeskから別のBSPへ電話番号を移転する',
  },
} as const;

/** A text as a guide asked for `locale` shows it in this build. */
export const text = (key: keyof typeof TEXTS, locale: string) => TEXTS[key][shown(locale)];

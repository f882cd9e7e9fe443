/**
 * `@wamigrate/core/messages`: the English and Japanese catalogues, in i18next format (nested keys,
 * `{{name}}` interpolation, `_one`/`_other` plurals). Kept out of the main entry so hosts load only the
 * locales they use.
 */
import { en } from './messages/en';
import { ja } from './messages/ja';

export type { MessageTree } from './messages/types';
export { en, ja };

/** The i18next namespace the catalogues are written for. */
export const MESSAGE_NAMESPACE = 'wamigrate';

/** Ready for `i18next.init({ resources })`. */
export const resources = {
  en: { [MESSAGE_NAMESPACE]: en },
  ja: { [MESSAGE_NAMESPACE]: ja },
} as const;

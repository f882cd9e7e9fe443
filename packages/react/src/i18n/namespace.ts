import type { MESSAGE_NAMESPACE as CORE_NAMESPACE } from '@wamigrate/core/messages';

/**
 * The core's i18next namespace, written here (the type holds it to the core's): imported from
 * `@wamigrate/core/messages`, whose module also imports both catalogues, it would make esbuild put the
 * Japanese catalogue in every first load, though it is fetched only for a guide in Japanese.
 */
export const MESSAGE_NAMESPACE: typeof CORE_NAMESPACE = 'wamigrate';

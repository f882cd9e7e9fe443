/**
 * @wamigrate/element: the `<wamigrate-guide>` custom element. Importing this module registers nothing;
 * call `define()`. React is a peer here; `wamigrate-guide.js` is the single file with Preact (through
 * preact/compat) inside.
 */
export { define, TAG_NAME } from './define';
export {
  EVENT_PREFIX,
  type Knowledge,
  type WamigrateGuideAttributes,
  WamigrateGuideElement,
  type WamigrateGuideEventMap,
} from './guide-element';
export type { ProviderProfileInput, StorageName, Theme } from './settings';

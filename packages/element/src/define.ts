import { WamigrateGuideElement } from './guide-element';

export const TAG_NAME = 'wamigrate-guide';

/**
 * Registers the element (under another name if `wamigrate-guide` is taken). Safe to call twice, as a
 * page that includes the script from both its theme and an article does.
 */
export function define(tagName: string = TAG_NAME): CustomElementConstructor {
  if (typeof customElements === 'undefined') {
    throw new Error(
      `[@wamigrate/element] define("${tagName}") needs a browser: call it in client code (no customElements here)`,
    );
  }
  const existing = customElements.get(tagName);
  if (existing) return existing;
  // A constructor can be registered once: another name gets its own subclass.
  const element = tagName === TAG_NAME ? WamigrateGuideElement : class extends WamigrateGuideElement {};
  customElements.define(tagName, element);
  return element;
}

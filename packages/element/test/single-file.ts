/**
 * What `../src` gives the element's browser tests, from a built single file instead (the projects that set
 * `SINGLE_FILE`): the file registers `<wamigrate-guide>` as it loads, as on a help-centre page. Only its own
 * files are loaded; `define(name)` registers the file's element under another name as `define` does.
 */
// The project's file, by the name its alias gives it (dist/wamigrate-guide*.js).
import 'wamigrate-single-file';
import { singleFile } from './build';

export type { WamigrateGuideElement } from '../src';
export { EVENT_PREFIX } from '../src/events';

export function define(tagName = 'wamigrate-guide'): CustomElementConstructor {
  const registered = customElements.get('wamigrate-guide');
  if (!registered) throw new Error(`${singleFile} did not register <wamigrate-guide>`);
  const existing = customElements.get(tagName);
  if (existing) return existing;
  const element = class extends registered {};
  customElements.define(tagName, element);
  return element;
}

// Compiled by `tsc -p test` (npm test's typecheck), never run: the element's types as a page's code uses them.
import type { WamigrateGuideElement } from '../src';

const element = document.createElement('wamigrate-guide');
export const typed: WamigrateGuideElement = element;

// An event's detail is typed by its name.
element.addEventListener('wamigrate:step-change', (event) => {
  const type: 'step-change' = event.detail.type;
  return type;
});
// @ts-expect-error: a step-change event has no such field
element.addEventListener('wamigrate:step-change', (event) => event.detail.notAField);

// In a React page, the element is a JSX tag with its attributes.
export const inReact = <wamigrate-guide locale="ja" heading-level="2" storage="local" />;
// @ts-expect-error: not a storage the element knows
export const wrong = <wamigrate-guide storage="cloud" />;

/**
 * `@wamigrate/react/stylesheet`: the optional stylesheet as a string, minified, for a shadow root
 * (`sheet.replaceSync(stylesheet)` into `adoptedStyleSheets`), where a `<link>` to styles.css cannot reach.
 */
import css from './styles.css?inline';

export const stylesheet: string = css;

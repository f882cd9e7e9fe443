import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

/**
 * Renders examples/zendesk-guide-theme as Zendesk Guide does, as far as the fragment uses it: `$setting` and
 * `#{$setting}` replaced in style.css, page templates through Handlebars (Guide's Curlybars is a strict subset:
 * an unknown variable is an error, so strict mode here), `{{asset}}` naming the renamed upload, `article.body`
 * as the article's own HTML. Zendesk cannot run here; the page around the templates is this test's own.
 */
export const THEME = path.join(path.dirname(fileURLToPath(import.meta.url)), '../zendesk-guide-theme');

interface Variable {
  readonly identifier: string;
  readonly type: string;
  readonly label: string;
  readonly description: string;
  readonly value: string | number;
  readonly options?: readonly { readonly label: string; readonly value: string }[];
}
export interface Manifest {
  readonly default_locale: string;
  readonly settings: readonly { readonly label: string; readonly variables: readonly Variable[] }[];
}
export type Settings = Readonly<Record<string, string | number>>;

/** Guide renames each upload; the example server serves the single file under such a name. */
const ASSETS: Readonly<Record<string, string>> = {
  'wamigrate-guide.js': '/theme_assets/wamigrate-guide-4f9c2e.js',
};

const read = (file: string) => readFileSync(path.join(THEME, file), 'utf8');

export const manifest = (): Manifest => JSON.parse(read('manifest.json')) as Manifest;

/** The Settings panel as it opens: every variable at its manifest value. */
export function defaultSettings(): Record<string, string | number> {
  return Object.fromEntries(manifest().settings.flatMap((g) => g.variables.map((v) => [v.identifier, v.value])));
}

/** style.css with the settings in; a variable the manifest does not define is an error, as on import. */
export function compileStyle(settings: Settings): string {
  return read('style.css').replace(/#\{\$(\w+)\}|\$(\w+)/gu, (_, braced: string | undefined, bare: string) => {
    const id = braced ?? bare;
    if (!(id in settings)) throw new Error(`style.css uses $${id}, which manifest.json does not define`);
    return String(settings[id]);
  });
}

function template(file: string) {
  const runtime = Handlebars.create();
  runtime.registerHelper('asset', (name: string) => {
    const url = ASSETS[name];
    if (!url) throw new Error(`{{asset '${name}'}}: the theme has no such asset`);
    return url;
  });
  return runtime.compile(read(file), { strict: true });
}

export interface ArticlePage {
  /** The help centre's locale as Guide writes it: `ja`, `en-us`. */
  readonly locale: string;
  readonly title: string;
  /** The article's HTML as its editor saved it. */
  readonly body: string;
  readonly settings: Settings;
}

/** A whole article page: document_head.hbs in the head, the article template in the body. */
export function renderArticlePage({ locale, title, body, settings }: ArticlePage): string {
  const context = {
    help_center: { locale },
    settings,
    article: { title, body: new Handlebars.SafeString(body) },
  };
  const head = template('templates/document_head.hbs')(context);
  const article = template('templates/article_pages/whatsapp_number_move.hbs')(context);
  return `<!doctype html>
<html lang="${Handlebars.escapeExpression(locale)}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${Handlebars.escapeExpression(title)}</title>
${head}
<link rel="stylesheet" href="style.css">
</head>
<body>
<main id="main">
${article}
</main>
</body>
</html>
`;
}

/**
 * Puts our stylesheet into a shadow root without an inline style a strict CSP would block: one constructed
 * sheet shared by every guide on the page. Browsers without constructable stylesheets get a `<style>` in
 * the shadow root, which `style-src` allows only with the page's nonce.
 */

/** The host box: the page's inherited text settings (letter-spacing, text-transform, ...) stop here. */
const HOST_CSS = ':host{all:initial;display:block}:host([hidden]){display:none}';

let shared: CSSStyleSheet | undefined;

const constructable = () =>
  typeof CSSStyleSheet !== 'undefined' &&
  'replaceSync' in CSSStyleSheet.prototype &&
  'adoptedStyleSheets' in ShadowRoot.prototype;

export function adoptStyles(root: ShadowRoot, css: string, nonce: string | null) {
  if (constructable()) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(HOST_CSS + css);
    }
    root.adoptedStyleSheets = [shared];
    return;
  }
  if (root.querySelector('style[data-wm-styles]')) return;
  const style = root.ownerDocument.createElement('style');
  style.setAttribute('data-wm-styles', '');
  if (nonce) style.nonce = nonce;
  style.textContent = HOST_CSS + css;
  root.prepend(style);
}

/**
 * The focused element as `node`'s own tree sees it: inside its shadow root when focus is there (the
 * document would name only the host element), else the document's, which is then outside the guide.
 */
export function focusedFrom(node: Node): Element | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? node.ownerDocument?.activeElement ?? null;
}

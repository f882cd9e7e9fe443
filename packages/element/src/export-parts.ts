import { ANATOMIES } from '@wamigrate/core/connect';

/** `<scope>-<part>` for every part the components' anatomy lists: the names a page may style. */
export const PART_NAMES: ReadonlySet<string> = new Set(
  ANATOMIES.flatMap((anatomy) => anatomy.parts.map((part) => `${anatomy.scope}-${part}`)),
);

/**
 * Names every part of the guide for `::part()`, from the anatomy the React parts already carry:
 * `data-scope="migration-stepper" data-part="item" data-state="complete"` becomes
 * `part="migration-stepper-item migration-stepper-item-complete"`, so a page can write
 * `wamigrate-guide::part(migration-stepper-item-complete)`. Returns a function that stops watching.
 */
export function exportParts(root: Node): () => void {
  const name = (element: Element) => {
    const scope = element.getAttribute('data-scope');
    const part = element.getAttribute('data-part');
    if (!scope || !part) return;
    const base = `${scope}-${part}`;
    // Only the documented anatomy becomes a styling API; anything else stays private to the guide.
    if (!PART_NAMES.has(base)) return;
    const state = element.getAttribute('data-state');
    element.setAttribute('part', state ? `${base} ${base}-${state}` : base);
  };
  const nameAll = (node: Node) => {
    if (!(node instanceof Element)) return;
    name(node);
    for (const element of node.querySelectorAll('[data-part]')) name(element);
  };
  for (const child of root.childNodes) nameAll(child);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') name(record.target as Element);
      else record.addedNodes.forEach(nameAll);
    }
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-part', 'data-state'],
  });
  return () => observer.disconnect();
}

import { cloneElement, isValidElement, type ReactNode } from 'react';

/**
 * A part's content: the host's children, else its default. With `asChild` the child is the host's element;
 * when that element is empty (`<strong />`) the default content goes inside it.
 */
export function partContent(asChild: boolean | undefined, children: ReactNode, fallback: ReactNode): ReactNode {
  if (!asChild) return children ?? fallback;
  if (isValidElement<{ children?: ReactNode }>(children) && children.props.children == null) {
    return cloneElement(children, undefined, fallback);
  }
  return children;
}

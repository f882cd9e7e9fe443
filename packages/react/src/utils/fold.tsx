import { type ComponentPropsWithoutRef, type ReactNode, useRef, useState } from 'react';
import { useBrowserLayoutEffect } from './use-focus-effect';

type FoldProps = Omit<ComponentPropsWithoutRef<'details'>, 'children' | 'open' | 'onToggle'> & {
  /** The `<summary>`, always rendered. */
  readonly summary: ReactNode;
  /** What the fold opens to: rendered the first time it opens, then kept, so nothing typed in it is lost. */
  readonly children: ReactNode;
};

/**
 * A native disclosure whose body is rendered only once it has been opened, as Radix's and zag's collapsibles
 * render closed content only on demand. A closed body is outside the accessibility tree anyway, and rendering
 * it cost every step that folds its checklist or its support request a mount of their forms and long texts
 * that the person rarely opens. The summary says what is inside: find-in-page cannot open a body not yet
 * rendered.
 */
export function Fold({ summary, children, ...props }: FoldProps) {
  const [opened, setOpened] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // Server-rendered markup can be opened before hydration attaches the toggle listener.
  useBrowserLayoutEffect(() => {
    if (details.current?.open) setOpened(true);
  }, []);
  return (
    <details ref={details} {...props} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      {summary}
      {opened && children}
    </details>
  );
}

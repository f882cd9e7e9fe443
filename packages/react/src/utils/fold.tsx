import { type ComponentPropsWithoutRef, type ReactNode, useRef, useState } from 'react';
import { useBrowserLayoutEffect } from './use-focus-effect';

type FoldProps = Omit<ComponentPropsWithoutRef<'details'>, 'children' | 'open' | 'onToggle'> & {
  /** The `<summary>`, always rendered. */
  readonly summary: ReactNode;
  /** What the fold opens to: rendered the first time it opens, then kept, so nothing typed in it is lost. */
  readonly children: ReactNode;
  /**
   * Opens the fold when it turns true: something inside was opened from elsewhere (an entry a reported error
   * opens). The person can still close it.
   */
  readonly openWhen?: boolean | undefined;
};

/**
 * A native disclosure whose body is rendered only once it has been opened, as Radix's and zag's collapsibles
 * render closed content only on demand. A closed body is outside the accessibility tree anyway, and rendering
 * it cost every step that folds its checklist or its support request a mount of their forms and long texts
 * that the person rarely opens. The summary says what is inside: find-in-page cannot open a body not yet
 * rendered.
 */
export function Fold({ summary, children, openWhen = false, ...props }: FoldProps) {
  const [opened, setOpened] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // Server-rendered markup can be opened before hydration attaches the toggle listener.
  useBrowserLayoutEffect(() => {
    if (details.current?.open) setOpened(true);
  }, []);
  // Before paint and before the layout effects of what contains it, so whatever scrolls to or focuses
  // something inside finds it open.
  useBrowserLayoutEffect(() => {
    if (!openWhen || !details.current) return;
    details.current.open = true;
    setOpened(true);
  }, [openWhen]);
  return (
    <details ref={details} {...props} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      {summary}
      {(opened || openWhen) && children}
    </details>
  );
}

import type { ComponentPropsWithoutRef } from 'react';

/**
 * Text for assistive technology only, hidden by the optional stylesheet (`[data-wm-sr-only]`). No inline
 * style: a strict Content-Security-Policy would block it. Unstyled, the text simply shows.
 */
export function VisuallyHidden(props: ComponentPropsWithoutRef<'span'>) {
  return <span data-wm-sr-only="" {...props} />;
}

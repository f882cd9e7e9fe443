import { type ComponentPropsWithoutRef, useCallback, useState } from 'react';

export interface Announcement {
  readonly text: string;
  readonly id: number;
}

/**
 * A polite live region that exists before anything is announced (WCAG 4.1.3, ARIA22). Each announcement
 * replaces the region's child node, so the same sentence said twice is read twice.
 */
export function useLiveRegion() {
  const [message, setMessage] = useState<Announcement>({ text: '', id: 0 });
  const announce = useCallback((text: string) => setMessage((m) => ({ text, id: m.id + 1 })), []);
  return { announce, message } as const;
}

/** Hidden by the optional stylesheet (`[data-wm-sr-only]`), never by an inline style a CSP would block. */
export function LiveRegion({
  message,
  ...props
}: { readonly message: Announcement } & ComponentPropsWithoutRef<'div'>) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-wm-sr-only="" {...props}>
      <span key={message.id}>{message.text}</span>
    </div>
  );
}

import type { PartProps } from '@wamigrate/core/connect';

const HANDLER = /^on[A-Z]/u;

/**
 * A part's props from the core's prop getter, with the host's props over them: the host's attributes win,
 * `undefined` included (it removes ours, as a later spread would); for a handler both run, the host's first,
 * and the host's `event.preventDefault()` stops ours (the core's handlers check `defaultPrevented`).
 */
export function mergeProps<Theirs extends object>(ours: PartProps, theirs: Theirs): PartProps & Theirs {
  const merged: Record<string, unknown> = { ...ours, ...theirs };
  for (const [key, value] of Object.entries(theirs)) {
    const own = (ours as Record<string, unknown>)[key];
    if (HANDLER.test(key) && typeof own === 'function' && typeof value === 'function') {
      merged[key] = (event: unknown) => {
        value(event);
        own(event);
      };
    } else if (HANDLER.test(key) && value === undefined && typeof own === 'function') {
      // A host forwarding its own optional handler (`onClick={props.onClick}`) does not erase ours.
      merged[key] = own;
    }
  }
  return merged as PartProps & Theirs;
}

import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';

/** Presses Tab (a real key press in Chromium) until the focused element passes `match`; fails if it never does. */
export async function tabTo(match: (element: Element) => boolean, what: string, limit = 150) {
  for (let i = 0; i < limit; i++) {
    const active = document.activeElement;
    if (active && active !== document.body && match(active)) return active as HTMLElement;
    await userEvent.keyboard('{Tab}');
  }
  expect.fail(`Tab never reached ${what}`);
}

export const isPart = (scope: string, part: string) => (element: Element) =>
  element.closest(`[data-scope="${scope}"]`) !== null && element.getAttribute('data-part') === part;

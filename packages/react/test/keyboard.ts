import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';

/**
 * The keys pressed through `press` and `tabTo` since the last `resetKeyCount`: what a keyboard user pays to
 * move and act (Tab, Enter, Space, arrows), and apart from it the characters of the values they type.
 */
const pressed = { keys: 0, typed: 0 };
export const keyCount = () => ({ ...pressed });
export const resetKeyCount = () => {
  pressed.keys = 0;
  pressed.typed = 0;
};

/**
 * Real key presses in Chromium, counted: a `{Key}` or a single character is a key; longer text is typing.
 * `signal` is the test's (its context's): a test that timed out stops pressing instead of typing into the
 * next test's page.
 */
export async function press(keys: string, signal: AbortSignal) {
  signal.throwIfAborted();
  const named = keys.match(/\{[^}]+\}/gu)?.length ?? 0;
  const text = keys.replace(/\{[^}]+\}/gu, '');
  if (text.length <= 1) pressed.keys += named + text.length;
  else {
    pressed.keys += named;
    pressed.typed += text.length;
  }
  await userEvent.keyboard(keys);
}

/** Presses Tab until the focused element passes `match`; fails if it never does. */
export async function tabTo(match: (element: Element) => boolean, what: string, signal: AbortSignal, limit = 150) {
  for (let i = 0; i < limit; i++) {
    const active = document.activeElement;
    if (active && active !== document.body && match(active)) return active as HTMLElement;
    await press('{Tab}', signal);
  }
  expect.fail(`Tab never reached ${what}`);
}

export const isPart = (scope: string, part: string) => (element: Element) =>
  element.closest(`[data-scope="${scope}"]`) !== null && element.getAttribute('data-part') === part;

import { type RefObject, useEffect } from 'react';
import { contrastRatio, cssRgb, inkOn, parseRgb, TEXT_CONTRAST, textOn } from './contrast';

/** What the check may set on the guide's root; the stylesheet reads them. */
const ON_ACCENT = '--_wm-on-accent';
const ACCENT_INK = '--_wm-accent-ink';

/** What a theme variable resolves to inside `root`, as the browser computes it (null if not plain sRGB). */
function colourOf(root: HTMLElement, variable: string) {
  const probe = root.ownerDocument.createElement('span');
  // Through the CSSOM, which a strict CSP allows (no style="" attribute is parsed).
  probe.style.color = `var(${variable})`;
  probe.hidden = true;
  root.append(probe);
  const colour = parseRgb(getComputedStyle(probe).color);
  probe.remove();
  return colour;
}

/**
 * Checks the accent the host gave (`--wm-color-accent`, one value for both themes) against the theme in
 * force: text on it becomes white or black when it would read below 4.5:1, and the accent used as text
 * (links, outlined buttons) is mixed toward the body text until it reads on the guide and its cards.
 */
export function checkAccentContrast(root: HTMLElement): void {
  root.style.removeProperty(ON_ACCENT);
  root.style.removeProperty(ACCENT_INK);
  const accent = colourOf(root, '--_wm-accent');
  const onAccent = colourOf(root, ON_ACCENT);
  const backgrounds = [colourOf(root, '--_wm-bg'), colourOf(root, '--_wm-surface')];
  const text = colourOf(root, '--_wm-text');
  if (!accent) return;
  if (onAccent && contrastRatio(onAccent, accent) < TEXT_CONTRAST) {
    root.style.setProperty(ON_ACCENT, cssRgb(textOn(accent)));
  }
  const known = backgrounds.filter((b) => b !== null);
  if (text && known.length > 0 && known.some((b) => contrastRatio(accent, b) < TEXT_CONTRAST)) {
    root.style.setProperty(ACCENT_INK, cssRgb(inkOn(accent, known, text)));
  }
}

/** Runs the check after each render that can change the theme, and when the system's colour scheme changes. */
export function useAccentContrast(root: RefObject<HTMLElement | null>, theme: string): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the stylesheet reads the theme from data-theme; a new theme needs a new check.
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const check = () => checkAccentContrast(element);
    check();
    const scheme = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    scheme?.addEventListener('change', check);
    return () => scheme?.removeEventListener('change', check);
  }, [root, theme]);
}

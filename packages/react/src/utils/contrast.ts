/**
 * WCAG 2 contrast for the host's accent colour: the text on it and the accent used as text must both reach
 * 4.5:1 (1.4.3), in light and dark. Colours come from getComputedStyle, which gives sRGB as `rgb()`/`rgba()`.
 */
export type Rgb = readonly [red: number, green: number, blue: number];

export const TEXT_CONTRAST = 4.5;

/** `rgb(15, 95, 143)`, `rgba(…, 1)` or `rgb(15 95 143 / 1)`; null for anything else or a see-through colour. */
export function parseRgb(css: string): Rgb | null {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/iu.exec(css.trim());
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : Number.parseFloat(match[4]) / (match[4].endsWith('%') ? 100 : 1);
  if (alpha < 1) return null;
  const channels = [match[1], match[2], match[3]].map((c) => Number(c));
  return channels.every((c) => Number.isFinite(c) && c >= 0 && c <= 255) ? (channels as unknown as Rgb) : null;
}

/** Relative luminance (WCAG 2.2, "relative luminance"). */
function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

/** White or black, whichever reads better on `background` (one of them always reaches 4.5:1). */
export function textOn(background: Rgb): Rgb {
  return contrastRatio(WHITE, background) >= contrastRatio(BLACK, background) ? WHITE : BLACK;
}

/**
 * The accent as text on each of `backgrounds`: itself when it reads, else mixed step by step toward `text`
 * (the theme's body text, which reads there) until it does; the hue stays as long as it can.
 */
export function inkOn(accent: Rgb, backgrounds: readonly Rgb[], text: Rgb): Rgb {
  const reads = (colour: Rgb) => backgrounds.every((b) => contrastRatio(colour, b) >= TEXT_CONTRAST);
  for (let step = 0; step <= 20; step++) {
    const mixed = accent.map((c, i) => Math.round(c + ((text[i] as number) - c) * (step / 20))) as unknown as Rgb;
    if (reads(mixed)) return mixed;
  }
  return text;
}

export const cssRgb = ([r, g, b]: Rgb) => `rgb(${r} ${g} ${b})`;

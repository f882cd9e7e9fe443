import { describe, expect, it } from 'vitest';
import { contrastRatio, inkOn, parseRgb, type Rgb, TEXT_CONTRAST, textOn } from '../src/utils/contrast';

const WHITE: Rgb = [255, 255, 255];
const DARK_BG: Rgb = [13, 17, 23]; // #0d1117, the dark theme's background
const DARK_TEXT: Rgb = [230, 237, 243]; // #e6edf3
const HOST_ACCENT: Rgb = [15, 95, 143]; // #0f5f8f, the help-centre example's accent

describe('contrast of a host accent', () => {
  it('reads the colours getComputedStyle gives, and refuses what it cannot judge', () => {
    expect(parseRgb('rgb(15, 95, 143)')).toEqual([15, 95, 143]);
    expect(parseRgb('rgba(15, 95, 143, 1)')).toEqual([15, 95, 143]);
    expect(parseRgb('rgb(15 95 143 / 100%)')).toEqual([15, 95, 143]);
    for (const unknown of [
      '',
      'transparent',
      'rgba(0, 0, 0, 0)',
      'rgb(0 0 0 / 0.5)',
      'oklch(0.5 0.1 240)',
      'rgb(300, 0, 0)',
    ]) {
      expect(parseRgb(unknown), unknown).toBeNull();
    }
  });

  it("matches WCAG's ratios", () => {
    expect(contrastRatio(WHITE, [0, 0, 0])).toBeCloseTo(21, 5);
    // The example theme documents #0f5f8f on white at 6.88:1.
    expect(contrastRatio(HOST_ACCENT, WHITE)).toBeCloseTo(6.88, 1);
    expect(contrastRatio(HOST_ACCENT, DARK_BG)).toBeLessThan(TEXT_CONTRAST);
  });

  it('puts white or black on an accent, whichever reads', () => {
    expect(textOn(HOST_ACCENT)).toEqual(WHITE);
    expect(textOn([108, 182, 255])).toEqual([0, 0, 0]);
    // The hardest accent there is still gets 4.5:1 from one of them.
    for (let grey = 0; grey <= 255; grey += 5) {
      const accent: Rgb = [grey, grey, grey];
      expect(contrastRatio(textOn(accent), accent), `grey ${grey}`).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    }
  });

  it('mixes an accent that does not read on the dark theme toward its text, no further than needed', () => {
    const ink = inkOn(HOST_ACCENT, [DARK_BG, [22, 27, 34]], DARK_TEXT);
    expect(contrastRatio(ink, DARK_BG)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    expect(contrastRatio(ink, [22, 27, 34])).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    expect(ink).not.toEqual(DARK_TEXT);
    // Still blue: more blue than red.
    expect(ink[2]).toBeGreaterThan(ink[0]);
    expect(inkOn(HOST_ACCENT, [WHITE], [31, 35, 40])).toEqual(HOST_ACCENT);
  });
});

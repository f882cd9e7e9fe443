import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MigrationGuide } from '../src';
import { contrastRatio, parseRgb, type Rgb, TEXT_CONTRAST } from '../src/utils/contrast';
import { expectNoAxeViolations } from './axe';
import { testMigration } from './helpers';

afterEach(() => {
  cleanup();
});

const colour = (value: string) => {
  const rgb = parseRgb(value);
  if (!rgb) throw new Error(`not an sRGB colour: ${value}`);
  return rgb;
};

/** The guide inside a host that sets one accent for both themes, as the help-centre example does. */
function renderWithAccent(accent: string, theme: 'light' | 'dark') {
  const host = document.createElement('div');
  host.style.setProperty('--wm-color-accent', accent);
  document.body.append(host);
  const migration = testMigration();
  migration.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
  render(<MigrationGuide migration={migration} theme={theme} />, { container: host });
  return host;
}

describe("a host's accent colour keeps its text readable", () => {
  it.each([
    ['#0f5f8f', 'dark'],
    ['#6cb6ff', 'light'],
    ['#ffd400', 'light'],
    ['#0f5f8f', 'light'],
  ] as const)('%s in the %s theme: text on the accent and the accent as text reach 4.5:1', async (accent, theme) => {
    const host = renderWithAccent(accent, theme);
    const root = host.querySelector('[data-scope="migration-guide"][data-part="root"]') as HTMLElement;
    const background: Rgb = colour(getComputedStyle(root).backgroundColor);
    // Text on the accent: a filled button.
    const filled = host.querySelector('[data-part="fields-submit"]') as HTMLElement;
    const filledStyle = getComputedStyle(filled);
    expect(contrastRatio(colour(filledStyle.color), colour(filledStyle.backgroundColor))).toBeGreaterThanOrEqual(
      TEXT_CONTRAST,
    );
    // The accent as text: an outlined button on the guide's background.
    const outlined = host.querySelector('[data-part="change-scenario"]') as HTMLElement;
    expect(contrastRatio(colour(getComputedStyle(outlined).color), background)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    await expectNoAxeViolations(host);
    host.remove();
  });

  it('leaves an accent that reads as it is', () => {
    const host = renderWithAccent('#0f5f8f', 'light');
    const outlined = host.querySelector('[data-part="change-scenario"]') as HTMLElement;
    expect(getComputedStyle(outlined).color).toBe('rgb(15, 95, 143)');
    host.remove();
  });

  it('checks again when the theme changes', async () => {
    const host = document.createElement('div');
    host.style.setProperty('--wm-color-accent', '#0f5f8f');
    document.body.append(host);
    const migration = testMigration();
    migration.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    const view = render(<MigrationGuide migration={migration} theme="light" />, { container: host });
    const outlined = () => host.querySelector('[data-part="change-scenario"]') as HTMLElement;
    expect(getComputedStyle(outlined()).color).toBe('rgb(15, 95, 143)');
    view.rerender(<MigrationGuide migration={migration} theme="dark" />);
    await expect.poll(() => getComputedStyle(outlined()).color).not.toBe('rgb(15, 95, 143)');
    const root = host.querySelector('[data-scope="migration-guide"][data-part="root"]') as HTMLElement;
    expect(
      contrastRatio(colour(getComputedStyle(outlined()).color), colour(getComputedStyle(root).backgroundColor)),
    ).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    host.remove();
  });
});

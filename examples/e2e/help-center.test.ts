import { describe, expect, it } from 'vitest';
import { axeViolations, createSite, focused, guide, observed, scenario, tabTo } from './harness';
import { pickScenario, walkSteps } from './keyboard-walk';

const site = createSite();

describe('help-centre article with one <script> and one <wamigrate-guide>, under a strict CSP', () => {
  it('ja: loads the single renamed file and nothing else, and walks a path by keyboard to done, through the dialog', async () => {
    const { page, errors, requests, origin } = await site.open('/help-center/ja/');
    await expect
      .poll(() => guide(page).evaluate((host) => (host.shadowRoot ?? host).querySelector('h2')?.textContent ?? null))
      .toBe('WhatsApp Business の電話番号を移転する');
    expect(requests.filter((r) => r.startsWith('script '))).toEqual([
      `script ${origin}/theme_assets/wamigrate-guide-4f9c2e.js`,
    ]);
    expect(await axeViolations(page)).toEqual([]);

    const path = scenario('hosted-to-self-hosted');
    await pickScenario(page, path);
    expect(await axeViolations(page)).toEqual([]);
    const { dialogs } = await walkSteps(page, path.steps.length);
    expect(dialogs).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    const seen = await observed(page);
    expect(seen.cspViolations).toEqual([]);
    expect(errors).toEqual([]);
    const types = seen.events.map((e) => e.type);
    for (const type of [
      'scenario-select',
      'requirement-change',
      'step-change',
      'step-complete',
      'migration-complete',
    ]) {
      expect(types).toContain(`wamigrate:${type}`);
    }
    expect(seen.events.find((e) => e.type === 'wamigrate:scenario-select')?.detail).toMatchObject({
      scenarioId: 'hosted-to-self-hosted',
    });
    // Everything comes from the page's own origin (no CDN, no font), and no script but the one file
    // (axe-core, which the test itself adds, aside).
    expect(requests.filter((r) => !r.includes(` ${origin}/`))).toEqual([]);
    expect(requests.filter((r) => r.startsWith('script ') && !r.includes('/__e2e__/'))).toHaveLength(1);
  });

  it("en: walks another path by keyboard, in English, with the visitor's system in dark mode", async () => {
    const { page, errors } = await site.open('/help-center/en-us/');
    // The visitor's system is dark; the help centre's page is light and says nothing: the guide stays light.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect
      .poll(() => guide(page).evaluate((host) => (host.shadowRoot ?? host).querySelector('h2')?.textContent ?? null))
      .toBe('Move your WhatsApp Business number');
    expect(
      await guide(page).evaluate(
        (host) => (host.shadowRoot ?? host).querySelector('[data-part="root"]')?.getAttribute('data-theme') ?? null,
      ),
    ).toBe('light');
    const path = scenario('bsp-to-provider');
    await pickScenario(page, path);
    await walkSteps(page, path.steps.length);
    expect(await axeViolations(page)).toEqual([]);
    expect((await observed(page)).cspViolations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("ja: the theme's accent, set once for both themes, still reads when the guide is dark", async () => {
    const { page, errors } = await site.open('/help-center/ja/');
    await page.emulateMedia({ colorScheme: 'dark' });
    await guide(page).evaluate((host) => host.setAttribute('theme', 'dark'));
    await expect
      .poll(() =>
        guide(page).evaluate(
          (host) => (host.shadowRoot ?? host).querySelector('[data-part="root"]')?.getAttribute('data-theme') ?? null,
        ),
      )
      .toBe('dark');
    expect(await axeViolations(page)).toEqual([]);
    const path = scenario('bsp-to-provider');
    await pickScenario(page, path);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps the theme’s CSS out of the guide and the guide’s CSS out of the page; themes through --wm-* and ::part()', async () => {
    const { page } = await site.open('/help-center/ja/');
    await expect
      .poll(() => guide(page).evaluate((host) => (host.shadowRoot ?? host).querySelector('button') !== null))
      .toBe(true);
    const inside = await guide(page).evaluate((host) => {
      const root = host.shadowRoot ?? host;
      const style = (selector: string) => getComputedStyle(root.querySelector(selector) as Element);
      return {
        buttonTransform: style('button').textTransform,
        headingBorder: style('h2').borderBottomStyle,
        radioAccent: style('input[type="radio"]').accentColor,
        headingSize: style('[data-scope="migration-guide"][data-part="heading"]').fontSize,
        paragraphSpacing: style('p').letterSpacing,
      };
    });
    expect(inside).toEqual({
      buttonTransform: 'none',
      headingBorder: 'none',
      radioAccent: 'rgb(15, 95, 143)',
      headingSize: '24px',
      paragraphSpacing: 'normal',
    });
    const outside = await page.evaluate(() => {
      const decoy = document.createElement('div');
      decoy.dataset.scope = 'migration-guide';
      decoy.dataset.part = 'root';
      document.querySelector('main')?.append(decoy);
      const pageButton = [...document.querySelectorAll('button')].find((b) => b.closest('form') === null);
      return {
        decoyPadding: getComputedStyle(decoy).paddingTop,
        pageButtonTransform: pageButton ? getComputedStyle(pageButton).textTransform : null,
      };
    });
    expect(outside).toEqual({ decoyPadding: '0px', pageButtonTransform: 'uppercase' });
  });

  it('restores progress after a reload', async () => {
    const { page } = await site.open('/help-center/ja/');
    const path = scenario('bsp-to-provider');
    await expect
      .poll(() => guide(page).evaluate((host) => (host.shadowRoot ?? host).querySelector('input') !== null))
      .toBe(true);
    await pickScenario(page, path);
    const box = await tabTo(page, (f) => f.type === 'checkbox', 'the first requirement');
    await page.keyboard.press('Space');
    await page.reload();
    await expect
      .poll(() =>
        guide(page).evaluate(
          (host, name) =>
            (host.shadowRoot ?? host).querySelector<HTMLInputElement>(`input[name="${name}"]`)?.checked ?? null,
          box.name,
        ),
      )
      .toBe(true);
    const line = await guide(page).evaluate(
      (host) => (host.shadowRoot ?? host).querySelector('[data-part="scenario-title"]')?.textContent ?? null,
    );
    expect(line).toContain('別のBSP');
    expect((await observed(page)).cspViolations).toEqual([]);
    expect((await focused(page)).inGuide).toBe(false);
  });
});

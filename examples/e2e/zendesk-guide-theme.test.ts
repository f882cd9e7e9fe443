import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileStyle, defaultSettings, manifest, renderArticlePage, type Settings, THEME } from './guide-theme';
import { axeViolations, createSite, guide, observed, scenario } from './harness';
import { pickScenario, walkSteps } from './keyboard-walk';

// The article as a help-centre editor writes it in Guide's editor; the guide follows it in the template.
const ARTICLES = {
  ja: {
    title: 'WhatsAppの電話番号の移転',
    body: '<p>WhatsApp Businessで使っている電話番号は、別のWhatsAppビジネスアカウント（WABA）へ移転できます。下のガイドでご利用の状況を選ぶと、必要な手順を順番に確認できます。</p>',
  },
  'en-us': {
    title: 'Moving your WhatsApp number',
    body: '<p>You can move the number you use with WhatsApp Business to another WhatsApp Business account (WABA). Pick your situation in the guide below to see each step in order.</p>',
  },
} as const;

const HOSTILE = '"><script src="/x.js"></script><b>';
const VARIANTS: Record<string, { locale: keyof typeof ARTICLES; settings: Settings }> = {
  ja: { locale: 'ja', settings: defaultSettings() },
  'en-us': { locale: 'en-us', settings: defaultSettings() },
  // An admin's own choices in the Settings panel.
  'en-us-custom': {
    locale: 'en-us',
    settings: { ...defaultSettings(), wamigrate_color_accent: '#7a1f5c', wamigrate_radius: 2, wamigrate_theme: 'dark' },
  },
  // Markup typed into a text setting.
  hostile: { locale: 'en-us', settings: { ...defaultSettings(), wamigrate_provider: HOSTILE } },
};

// Rendered before the server starts, into a folder of this file's own, which goes whatever happens.
const OUT = mkdtempSync(path.join(tmpdir(), 'wamigrate-guide-theme-'));
try {
  for (const [name, { locale, settings }] of Object.entries(VARIANTS)) {
    mkdirSync(path.join(OUT, name));
    writeFileSync(path.join(OUT, name, 'index.html'), renderArticlePage({ locale, ...ARTICLES[locale], settings }));
    writeFileSync(path.join(OUT, name, 'style.css'), compileStyle(settings));
  }
} catch (error) {
  rmSync(OUT, { recursive: true, force: true });
  throw error;
}
afterAll(() => rmSync(OUT, { recursive: true, force: true }));
const site = createSite({ routes: { '/hc/': OUT } });

const heading = (page: Parameters<typeof guide>[0]) =>
  guide(page).evaluate((host) => (host.shadowRoot ?? host).querySelector('h2')?.textContent ?? null);

describe('the Zendesk Guide theme fragment', () => {
  it('names a translated label (en-us and ja) for every setting, and style.css uses only settings it defines', () => {
    const translations = ['en-us', 'ja'].map(
      (locale) => JSON.parse(readFileSync(path.join(THEME, 'translations', `${locale}.json`), 'utf8')) as object,
    );
    const keys = manifest().settings.flatMap((group) => [
      group.label,
      ...group.variables.flatMap((v) => [v.label, v.description, ...(v.options ?? []).map((o) => o.label)]),
    ]);
    for (const table of translations) expect(Object.keys(table).sort()).toEqual([...new Set(keys)].sort());
    expect(() => compileStyle({})).toThrow(/manifest\.json does not define/u);
    expect(compileStyle(defaultSettings())).toContain('--wm-radius: 8px;');
  });

  it('ja: the article template gives the guide the help centre’s language; one script; walked by keyboard to done', async () => {
    const { page, errors, requests, origin } = await site.open('/hc/ja/');
    await expect.poll(() => heading(page)).toBe('WhatsApp Business の電話番号を移転する');
    expect(requests.filter((r) => r.startsWith('script '))).toEqual([
      `script ${origin}/theme_assets/wamigrate-guide-4f9c2e.js`,
    ]);
    const move = scenario('hosted-to-self-hosted');
    await pickScenario(page, move);
    const { dialogs } = await walkSteps(page, move.steps.length);
    expect(dialogs).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect((await observed(page)).cspViolations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('en-us: Guide’s locale tag reads as English; the defaults of the Settings panel reach the guide', async () => {
    const { page, errors } = await site.open('/hc/en-us/');
    await expect.poll(() => heading(page)).toBe('Move your WhatsApp Business number');
    const style = await guide(page).evaluate((host) => {
      const css = getComputedStyle(host);
      return [css.getPropertyValue('--wm-color-accent'), css.getPropertyValue('--wm-radius')];
    });
    expect(style).toEqual(['#0f5f8f', '8px']);
    const move = scenario('bsp-to-provider');
    await pickScenario(page, move);
    await walkSteps(page, move.steps.length);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('an admin’s colour, radius and dark scheme from the Settings panel theme the guide, and it stays accessible', async () => {
    const { page, errors } = await site.open('/hc/en-us-custom/');
    await expect.poll(() => heading(page)).toBe('Move your WhatsApp Business number');
    const seen = await guide(page).evaluate((host) => {
      const root = host.shadowRoot?.querySelector('[data-part="root"]');
      const start = host.shadowRoot?.querySelector('[data-part="start-trigger"]');
      return {
        theme: root?.getAttribute('data-theme') ?? null,
        accent: getComputedStyle(host).getPropertyValue('--wm-color-accent'),
        radius: start ? getComputedStyle(start).borderTopLeftRadius : null,
      };
    });
    expect(seen).toEqual({ theme: 'dark', accent: '#7a1f5c', radius: '2px' });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('markup typed into a text setting stays text: no element, no script; the guide falls back to its default', async () => {
    const { page, errors, requests } = await site.open('/hc/hostile/');
    await expect.poll(() => heading(page)).toBe('Move your WhatsApp Business number');
    expect(await page.locator('b, script[src="/x.js"]').count()).toBe(0);
    expect(requests.filter((r) => r.includes('/x.js'))).toEqual([]);
    expect(await guide(page).getAttribute('provider')).toBe(HOSTILE);
    expect(errors).toEqual([]);
  });
});

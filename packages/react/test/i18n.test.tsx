import { render, screen } from '@testing-library/react';
import i18next, { type i18n as I18n } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { createGuideI18n, type Translations } from '../src/i18n/create-i18n';
import { I18nProvider, useGuideI18n } from '../src/i18n/i18n-context';
import { BUNDLED_CATALOGUES, fetchCatalogue, fetchDetails, SHIPPED_LOCALES } from '../src/i18n/library-catalogues';

function Title({ id }: { id: string }) {
  const { t, locale, dir } = useGuideI18n();
  return (
    <p data-testid={id} lang={locale} dir={dir}>
      {t('scenario.bsp-to-provider.title', { provider: 'Zendesk' })}
    </p>
  );
}

/** Records the instance the guide's texts come from. */
function InstanceSeen({ into }: { into: I18n[] }) {
  into.push(useGuideI18n().i18n);
  return null;
}

function Hostile() {
  const { t } = useGuideI18n();
  return (
    <p data-testid="h">{t('scenario.bsp-to-provider.title', { provider: '<img src=x onerror=alert(1)> & Co' })}</p>
  );
}

describe('I18nProvider', () => {
  it('shares one store of texts between guides with the same translations, each its own instance, and merges a catalogue only when a guide shows it', () => {
    const seen: I18n[] = [];
    const translations = { en: { ui: { guide: { title: 'Shared-store test' } } } };
    const { rerender } = render(
      <I18nProvider locale="en" translations={translations}>
        <InstanceSeen into={seen} />
      </I18nProvider>,
    );
    const [first] = seen;
    // The English catalogue is merged under the host's text; the Japanese one is not there yet.
    expect(first?.t('ui.stepper.listLabel', { lng: 'en' })).toBe('Steps');
    expect(first?.hasResourceBundle('ja', 'wamigrate')).toBe(false);
    rerender(
      <>
        <I18nProvider locale="en" translations={{ ...translations }}>
          <InstanceSeen into={seen} />
        </I18nProvider>
        <I18nProvider locale="ja-JP" translations={translations}>
          <InstanceSeen into={seen} />
        </I18nProvider>
      </>,
    );
    expect(new Set(seen.map((instance) => instance.store)).size).toBe(1);
    expect(first?.hasResourceBundle('ja', 'wamigrate')).toBe(true);
    // The host's text still wins over the catalogue merged after it.
    expect(first?.t('ui.guide.title', { lng: 'en' })).toBe('Shared-store test');
    // A host that changes one guide's instance changes that guide alone.
    const [a, b] = [...new Set(seen)].slice(-2);
    void a?.changeLanguage('ja');
    expect(b?.language).toBe('en');
  });

  it('gives each guide its own language, so two languages sit side by side', () => {
    render(
      <>
        <I18nProvider locale="en">
          <Title id="en" />
        </I18nProvider>
        <I18nProvider locale="ja">
          <Title id="ja" />
        </I18nProvider>
      </>,
    );
    expect(screen.getByTestId('en').textContent).toMatch(/Zendesk/u);
    expect(screen.getByTestId('ja').textContent).toMatch(/[ぁ-んァ-ン一-龯]/u);
    expect(screen.getByTestId('ja').getAttribute('lang')).toBe('ja');
  });

  it('never initialises or changes the global i18next instance', () => {
    const before = i18next.isInitialized;
    render(
      <I18nProvider locale="ja">
        <Title id="t" />
      </I18nProvider>,
    );
    expect(i18next.isInitialized).toBe(before);
    expect(i18next.language).toBeUndefined();
  });

  it('lets a translation override any message, per locale', () => {
    render(
      <I18nProvider locale="en" translations={{ en: { scenario: { 'bsp-to-provider': { title: 'Come to us' } } } }}>
        <Title id="t" />
      </I18nProvider>,
    );
    expect(screen.getByTestId('t').textContent).toBe('Come to us');
  });

  it('uses a host instance, keeps its texts in our namespace and follows its language', async () => {
    const host = createGuideI18n('en');
    host.addResourceBundle(
      'en',
      'wamigrate',
      { scenario: { 'bsp-to-provider': { title: 'Host wording' } } },
      true,
      true,
    );
    render(
      <I18nProvider i18n={host}>
        <Title id="t" />
      </I18nProvider>,
    );
    expect(screen.getByTestId('t').textContent).toBe('Host wording');
    await host.changeLanguage('ja');
    expect(await screen.findByText(/[ぁ-んァ-ン一-龯]/u)).toBeTruthy();
  });

  it('shows the texts a host adds to its instance after the guide has read them once', () => {
    const host = createGuideI18n('en');
    const { rerender } = render(
      <I18nProvider i18n={host}>
        <Title id="t" />
      </I18nProvider>,
    );
    expect(screen.getByTestId('t').textContent).toContain('Zendesk');
    host.addResourceBundle('en', 'wamigrate', { scenario: { 'bsp-to-provider': { title: 'Later' } } }, true, true);
    rerender(
      <I18nProvider i18n={host}>
        <Title id="t" key="again" />
      </I18nProvider>,
    );
    expect(screen.getByTestId('t').textContent).toBe('Later');
  });

  it('shows a hostile provider name as text, never as markup or an escaped entity', () => {
    render(
      <I18nProvider locale="en">
        <Hostile />
      </I18nProvider>,
    );
    const p = screen.getByTestId('h');
    expect(p.querySelector('img')).toBeNull();
    expect(p.textContent).toContain('<img src=x onerror=alert(1)> & Co');
  });

  it("shows a value as typed on a host instance that escapes values (i18next's default), ours not", () => {
    const host = i18next.createInstance();
    void host.init({ lng: 'en', resources: { en: { translation: { probe: 'x {{v}}' } } }, initAsync: false });
    render(
      <I18nProvider i18n={host}>
        <Hostile />
      </I18nProvider>,
    );
    expect(screen.getByTestId('h').textContent).toContain('<img src=x onerror=alert(1)> & Co');
    // The call's own options did not stay on the host's instance.
    expect(host.t('probe', { v: '&' })).toBe('x &amp;');
  });

  it('lays out right to left when asked', () => {
    render(
      <I18nProvider locale="en" dir="rtl">
        <Title id="t" />
      </I18nProvider>,
    );
    expect(screen.getByTestId('t').getAttribute('dir')).toBe('rtl');
  });
});

describe('Translations', () => {
  it("keep the shape of known keys, and take a host's new keys and locales", () => {
    const good: Translations = { ja: { ui: { guide: { title: '番号の移転' } } } };
    const hostKeys: Translations = { 'pt-BR': { step: { 'acme-export': { title: 'Exportar' } } } };
    // @ts-expect-error: the library has text at `ui.guide.title`, not a tree
    const tree: Translations = { en: { ui: { guide: { title: { short: 'x' } } } } };
    // @ts-expect-error: the library has a tree at `ui.guide`, not text
    const text: Translations = { en: { ui: { guide: 'x' } } };
    expect([good, hostKeys, tree, text]).toHaveLength(4);
  });
});

/** A text the third locale has, and one it lacks. */
function Two() {
  const { t, locale } = useGuideI18n();
  return (
    <p data-testid="two" lang={locale}>
      {t('scenario.bsp-to-provider.title', { provider: 'Zendesk' })} | {t('ui.guide.title')}
    </p>
  );
}

describe('locales', () => {
  it('knows the languages the core ships, each either bundled or fetched, its details fetched apart', async () => {
    const { LOCALES, catalogues } = await import('@wamigrate/core/messages');
    expect([...SHIPPED_LOCALES]).toEqual([...LOCALES]);
    for (const tag of SHIPPED_LOCALES) {
      const essentials = BUNDLED_CATALOGUES[tag] ?? (await fetchCatalogue(tag));
      const details = await fetchDetails(tag);
      // Merged as the guide merges them, they are the whole catalogue.
      const texts = i18next.createInstance();
      await texts.init({ resources: {} });
      texts.addResourceBundle(tag, 'x', essentials as object, true, false);
      texts.addResourceBundle(tag, 'x', details as object, true, false);
      expect(texts.getResourceBundle(tag, 'x')).toEqual(catalogues[tag]);
      expect(JSON.stringify(essentials)).not.toContain('"cause"');
    }
  });

  it('reads a regional tag as its language, key by key: ja-JP is Japanese throughout', () => {
    render(
      <I18nProvider locale="ja-JP">
        <Title id="t" />
      </I18nProvider>,
    );
    const p = screen.getByTestId('t');
    expect(p.textContent).toMatch(/[ぁ-んァ-ン一-龯]/u);
    expect(p.getAttribute('lang')).toBe('ja');
  });

  it('takes a third locale at run time: its texts show, missing keys fall back to English', () => {
    const fr = { scenario: { 'bsp-to-provider': { title: 'Vers {{provider}}' } } };
    render(
      <I18nProvider locale="fr-CA" translations={{ fr }}>
        <Two />
      </I18nProvider>,
    );
    const p = screen.getByTestId('two');
    expect(p.textContent).toBe('Vers Zendesk | Move your WhatsApp Business number');
    expect(p.getAttribute('lang')).toBe('fr');
  });

  it('falls back to English on a host instance whose own fallback is a language we have no texts in', () => {
    const host = i18next.createInstance();
    void host.init({ lng: 'fr', fallbackLng: 'fr', resources: {}, initAsync: false });
    render(
      <I18nProvider i18n={host}>
        <Two />
      </I18nProvider>,
    );
    expect(screen.getByTestId('two').textContent).toContain('Move your WhatsApp Business number');
    expect(screen.getByTestId('two').getAttribute('lang')).toBe('en');
  });

  it('files a translation under its canonical tag, and leaves out a key that is not a tag', () => {
    const translations = { 'pt-br': { ui: { guide: { title: 'Mover' } } }, pt_BR: { ui: { guide: { title: 'x' } } } };
    const { unmount } = render(
      <I18nProvider locale="pt-BR" translations={translations}>
        <Two />
      </I18nProvider>,
    );
    expect(screen.getByTestId('two').textContent).toContain('Mover');
    unmount();
    render(
      <I18nProvider locale="en" translations={translations}>
        <Two />
      </I18nProvider>,
    );
    expect(screen.getByTestId('two').textContent).toContain('Move your WhatsApp Business number');
  });

  it("leaves out what in a host's translations is not text, with a warning, instead of failing", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // As JSON a page builds may have them: a number where the library has a tree, a list, null, `__proto__`.
    const translations = JSON.parse(
      '{"ja":{"ui":5,"step":["x"],"scenario":{"bsp-to-provider":{"title":null}},"__proto__":{"x":"y"}},"en":{"ui":{"guide":{"title":"Ours"}},"scenario":"a text where the library has a tree"}}',
    ) as Translations;
    render(
      <I18nProvider locale="ja" translations={translations}>
        <Two />
      </I18nProvider>,
    );
    // The library's Japanese where the host's values were not text.
    expect(screen.getByTestId('two').textContent).toBe(
      '別のBSPからZendeskへ電話番号を移転する | WhatsApp Business の電話番号を移転する',
    );
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining("translations.ja.ui is not the shape of the library's text there"),
    );
    warn.mockRestore();
    // A text where the library has a tree would have hidden every text under it: left out too.
    render(
      <I18nProvider locale="en" translations={translations}>
        <Two />
      </I18nProvider>,
    );
    expect(screen.getAllByTestId('two')[1]?.textContent).toBe('Move your number from another BSP to Zendesk | Ours');
  });

  it('says English in lang when a locale has no texts at all', () => {
    render(
      <I18nProvider locale="de">
        <Title id="t" />
      </I18nProvider>,
    );
    expect(screen.getByTestId('t').getAttribute('lang')).toBe('en');
    expect(screen.getByTestId('t').textContent).toMatch(/Zendesk/u);
  });

  it('treats a malformed tag as English rather than failing', () => {
    render(
      <I18nProvider locale={'ja_JP!!' as string}>
        <Title id="t" />
      </I18nProvider>,
    );
    expect(screen.getByTestId('t').getAttribute('lang')).toBe('en');
  });
});

/** Records every context value it is given. */
function Probe({ seen }: { seen: Set<unknown> }) {
  seen.add(useGuideI18n());
  return null;
}

describe('inline translations', () => {
  it('keep the same texts object when the host passes an equal new object on each render', () => {
    const seen = new Set<unknown>();
    const ui = (title: string) => (
      <I18nProvider locale="en" translations={{ en: { ui: { guide: { title } } } }}>
        <Probe seen={seen} />
      </I18nProvider>
    );
    const { rerender } = render(ui('Same'));
    rerender(ui('Same'));
    rerender(ui('Same'));
    expect(seen.size).toBe(1);
    rerender(ui('Changed'));
    expect(seen.size).toBe(2);
  });
});

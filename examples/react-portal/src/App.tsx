import { defineProviderProfile, type HostCheck, httpHostActions, type MigrationAnalyticsEvent } from '@wamigrate/core';
import { MigrationGuide } from '@wamigrate/react';
import { useEffect, useRef, useState } from 'react';
import { ActivityLog, type LogEntry } from './ActivityLog';
import { LANG_NAMES, LANGS, type Lang, type NavId, STRINGS } from './strings';

/** Who we are, in the guide's words ({{provider}}, {{support}}, {{adminCentre}}, ...). */
const acmeProfile = defineProviderProfile({
  id: 'acme-desk',
  name: 'Acme Desk',
  supportName: { en: 'Acme Desk Support', ja: 'Acme Deskサポート' },
  supportEmail: 'support@acme-desk.example',
  adminCentre: { en: 'Admin settings', ja: '管理設定' },
  channelSetupGuide: { en: 'Connecting WhatsApp to Acme Desk', ja: 'Acme DeskでWhatsAppを接続する' },
  // One article per language, and where to click once in the admin settings.
  channelSetupGuideUrl: {
    en: 'https://help.acme-desk.example/en/articles/whatsapp',
    ja: 'https://help.acme-desk.example/ja/articles/whatsapp',
  },
  adminCentreUrl: 'https://app.acme-desk.example/admin',
  adminCentrePath: { en: 'Channels > WhatsApp > Add number', ja: '「チャネル」＞「WhatsApp」＞「番号を追加」' },
});

/** Stands in for the portal's API ("is the signed-in user an admin?"). */
const askPortal = (): Promise<boolean> => new Promise((resolve) => setTimeout(() => resolve(true), 300));

/** The requirements the portal can answer itself (the `host-check` ones in core); module-level, so stable. */
const hostChecks: Record<string, HostCheck> = {
  'provider-admin': askPortal,
  'meta-business-admin': askPortal,
};

/**
 * `?live=1`: the guide performs the move through this portal's backend (examples/server.mjs mounts
 * @wamigrate/server's handler at /api/whatsapp, in front of a local stand-in for Meta).
 */
const hostActions =
  new URLSearchParams(window.location.search).get('live') === '1'
    ? httpHostActions({ endpoint: '/api/whatsapp' })
    : undefined;

const NAV: readonly NavId[] = ['tickets', 'customers', 'email', 'whatsapp', 'settings'];
const MAX_LOG = 20;

function langFromUrl(): Lang {
  return new URLSearchParams(window.location.search).get('lang') === 'ja' ? 'ja' : 'en';
}

export function App() {
  const [lang, setLang] = useState<Lang>(langFromUrl);
  const [log, setLog] = useState<readonly LogEntry[]>([]);
  const seq = useRef(0);
  const t = STRINGS[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.pageTitle;
  }, [lang, t]);

  const changeLang = (next: Lang) => {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    window.history.replaceState(null, '', url);
    setLang(next);
  };

  const record = (event: MigrationAnalyticsEvent) => {
    const entry = { seq: ++seq.current, event };
    setLog((previous) => [...previous, entry].slice(-MAX_LOG));
  };

  return (
    <div className="portal">
      <a className="skip-link" href="#content">
        {t.skipLink}
      </a>
      <header className="portal-header">
        <span className="portal-product">Acme Desk</span>
        <fieldset className="lang-switch">
          <legend className="visually-hidden">{t.language}</legend>
          {LANGS.map((code) => (
            <button key={code} type="button" lang={code} aria-pressed={lang === code} onClick={() => changeLang(code)}>
              {LANG_NAMES[code]}
            </button>
          ))}
        </fieldset>
      </header>

      <nav className="portal-nav" aria-label={t.navLabel}>
        <ul>
          {NAV.map((id) => (
            <li key={id}>
              {id === 'whatsapp' ? (
                <a href={`?lang=${lang}`} aria-current="page">
                  {t.nav[id]}
                </a>
              ) : (
                <a href={`#${id}`}>{t.nav[id]}</a>
              )}
            </li>
          ))}
        </ul>
      </nav>

      <main id="content" className="portal-main" tabIndex={-1}>
        <h1>{t.heading}</h1>
        <MigrationGuide
          provider={acmeProfile}
          locale={lang}
          theme="light" // the console has no dark theme, so the guide stays light too
          storage="local"
          storageKey="acme-desk:whatsapp-migration"
          hostChecks={hostChecks}
          hostActions={hostActions}
          onEvent={record}
          // A native <dialog> with showModal(): no injected <style>, so it works under a strict Content-Security-Policy.
          dialog="native"
          headingLevel={2}
        />
      </main>

      <ActivityLog lang={lang} entries={log} />
    </div>
  );
}

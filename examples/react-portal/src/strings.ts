import type { Locale } from '@wamigrate/core';

/** The console's own languages (the guide itself takes any BCP 47 tag). */
export type Lang = (typeof LANGS)[number];
export const LANGS = ['en', 'ja'] as const satisfies readonly Locale[];
/** Each language names itself, so the switch reads the same in both. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', ja: '日本語' };

export type NavId = 'tickets' | 'customers' | 'email' | 'whatsapp' | 'settings';

export interface PortalStrings {
  readonly pageTitle: string;
  readonly skipLink: string;
  readonly language: string;
  readonly navLabel: string;
  readonly nav: Record<NavId, string>;
  readonly heading: string;
  readonly activity: string;
  readonly activityLog: string;
  readonly activityEmpty: string;
}

/** The console's own texts; the guide brings its own. */
export const STRINGS: Record<Lang, PortalStrings> = {
  en: {
    pageTitle: 'WhatsApp · Acme Desk',
    skipLink: 'Skip to content',
    language: 'Language',
    navLabel: 'Admin console',
    nav: { tickets: 'Tickets', customers: 'Customers', email: 'Email', whatsapp: 'WhatsApp', settings: 'Settings' },
    heading: 'Move your WhatsApp number',
    activity: 'Activity',
    activityLog: 'Guide events, newest last',
    activityEmpty: 'Nothing yet. What you do in the guide shows up here.',
  },
  ja: {
    pageTitle: 'WhatsApp · Acme Desk',
    skipLink: '本文へスキップ',
    language: '表示言語',
    navLabel: '管理コンソール',
    nav: { tickets: 'チケット', customers: '顧客', email: 'メール', whatsapp: 'WhatsApp', settings: '設定' },
    heading: 'WhatsApp番号の移転',
    activity: 'アクティビティ',
    activityLog: 'ガイドのイベント（新しいものが下）',
    activityEmpty: 'まだ記録はありません。ガイドでの操作がここに表示されます。',
  },
};

import type { Locale } from '@wamigrate/core';
import type { MessageTree } from '@wamigrate/core/messages';
import * as en from './en';
import * as ja from './ja';

/** This package's own strings, under `ui.<area>`; each area file owns its key. */
export const uiEn = { ui: { ...en } } satisfies MessageTree;
export type UiMessages = typeof uiEn;

export const uiMessages: Record<Locale, MessageTree> = { en: uiEn, ja: { ui: { ...ja } } };

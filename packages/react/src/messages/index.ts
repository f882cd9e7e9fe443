import type { Locale } from '@wamigrate/core';
import type { MessageTree } from '@wamigrate/core/messages';
import * as en from './en';
import * as ja from './ja';

/** This package's own strings, under `ui.<area>`; each area file owns its key. */
const assemble = (areas: Record<string, MessageTree>): MessageTree => ({ ui: { ...areas } });

export const uiMessages: Record<Locale, MessageTree> = { en: assemble(en), ja: assemble(ja) };

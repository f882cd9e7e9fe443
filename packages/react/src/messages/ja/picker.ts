import type { MessageTree } from '@wamigrate/core/messages';

export const picker: MessageTree = {};

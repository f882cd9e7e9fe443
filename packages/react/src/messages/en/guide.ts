import type { MessageTree } from '@wamigrate/core/messages';

export const guide: MessageTree = {};

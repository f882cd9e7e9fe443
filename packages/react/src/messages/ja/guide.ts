import type { MessageTree } from '@wamigrate/core/messages';

export const guide: MessageTree = {
  title: 'WhatsApp Business の電話番号を移行する',
  loading: '保存された進捗を読み込んでいます…',
  currentScenario: '移行内容：{{scenario}}',
  keepScenario: '現在の移行方法のまま続ける',
  dismissNotice: '閉じる',
};

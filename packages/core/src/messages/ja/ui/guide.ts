import type { MessageTree } from '../../types';

export const guide: MessageTree = {
  title: 'WhatsApp Business の電話番号を移転する',
  loading: '保存された進捗を読み込んでいます…',
  keepScenario: '現在の移転方法のまま続ける',
  dismissNotice: '閉じる',
};

import type { MessageTree } from '../../types';

export const checklist: MessageTree = {
  title: 'この移転に必要な条件',
  noScenario: '先に移転の種類を選んでください。必要な条件がここに表示されます。',
  legend: {
    'same-business-manager': '現在と移転先のMetaビジネスマネージャID',
    'same-display-name': '現在と移転先の表示名',
  },
  check: '入力内容を確認',
  recheck: 'もう一度確認',
  stepTitle: 'この手順に必要な条件',
  allMet_other: 'この手順の条件はすべて満たしています（{{count}}件）',
  confirmAll_other: '以下の{{count}}件を読み、すべて当てはまることを確認しました',
  phoneRemembered: '以前に確認済みです（この端末には保存されていません）。必要な場合は、もう一度入力してください。',
};

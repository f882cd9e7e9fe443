import type { MessageTree } from '../../types';

export const picker: MessageTree = {
  title: 'どのような移転をしますか？',
  intro: 'いくつかの質問に答えると、お客様の移転に必要な手順が表示されます。',
  question: {
    from: 'WhatsApp の電話番号は現在どこに接続されていますか？',
    to: '移転先はどこですか？',
    scenario: 'どちらの移転にあてはまりますか？',
  },
  answerBoth: '質問に答えると、移転の手順が表示されます。',
  answerScenario: '最後の質問に答えると、移転の手順が表示されます。',
  start: 'この移転を始める',
  continue: 'この移転を続ける',
  switchWarning:
    '「{{scenario}}」の手順はすでに一部完了しています。切り替えると、入力した内容は残りますが、完了した手順は最初からやり直しになります。',
  change: '別の移転方法を選ぶ',
};

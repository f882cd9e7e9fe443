import type { MessageTree } from '@wamigrate/core/messages';

export const picker: MessageTree = {
  title: 'どのような移転をしますか？',
  intro: '2つの質問に答えると、あなたの移転に必要な手順が表示されます。',
  question: {
    from: 'WhatsApp の電話番号は現在どこに接続されていますか？',
    to: '移転先はどこですか？',
  },
  location: {
    from: {
      'other-bsp': '他のビジネスソリューションプロバイダ（BSP）',
      'this-provider': '{{provider}}',
      'provider-hosted-waba': '{{provider}} がホストしている WhatsApp Business アカウント',
      'self-hosted-waba': '自社の Meta ビジネスマネージャにある WhatsApp Business アカウント',
    },
    to: {
      'other-bsp': '他のビジネスソリューションプロバイダ（BSP）へ',
      'this-provider': '{{provider}} へ',
      'provider-hosted-waba': '{{provider}} がホストする WhatsApp Business アカウントへ',
      'self-hosted-waba': '自社の Meta ビジネスマネージャにある WhatsApp Business アカウントへ',
    },
  },
  answerBoth: '2つの質問に答えると、移転の手順が表示されます。',
  start: 'この移転を始める',
  continue: 'この移転を続ける',
  switchWarning:
    '「{{scenario}}」の手順はすでに一部完了しています。切り替えると、入力した内容は残りますが、完了した手順は最初からやり直しになります。',
  change: '別の移転方法を選ぶ',
};

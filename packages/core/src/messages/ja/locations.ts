import type { MessageTree } from '../types';

export const locations: MessageTree = {
  location: {
    'other-bsp': {
      from: '他のビジネスソリューションプロバイダー（BSP）',
      to: '他のビジネスソリューションプロバイダー（BSP）へ',
      hint: '見分け方：別の会社が電話番号をWhatsAppに接続しており、その会社のツールでメッセージを送信しています。',
    },
    'this-provider': {
      from: '{{provider}}',
      to: '{{provider}} へ',
      hint: '見分け方：電話番号が{{adminCentre}}に表示され、そのWhatsAppビジネスアカウントにMetaビジネスマネージャからアクセスできます。{{provider}}に追加された電話番号は、WhatsApp Business APIプラットフォームに登録された電話番号です。',
    },
    'provider-hosted-waba': {
      from: '{{provider}} がホストしている WhatsAppビジネスアカウント',
      to: '{{provider}} がホストする WhatsAppビジネスアカウントへ',
      hint: '見分け方：Metaビジネスマネージャから、電話番号が登録されているWhatsAppビジネスアカウントにアクセスできません。既存の{{provider}}のお客様のみに適用されます。',
    },
    'self-hosted-waba': {
      from: '自社の Metaビジネスマネージャにある WhatsAppビジネスアカウント',
      to: '自社の Metaビジネスマネージャにある WhatsAppビジネスアカウントへ',
    },
    'whatsapp-business-app': {
      from: 'スマートフォンの WhatsApp Business アプリ',
      to: 'WhatsApp Business アプリへ',
      hint: '見分け方：スマートフォンのWhatsApp Businessアプリでメッセージを送受信しており、プロバイダーは利用していません。',
    },
    'multi-partner-solution': {
      from: 'マルチパートナーソリューションで接続しているプロバイダー',
      to: 'マルチパートナーソリューションへ',
      hint: '見分け方：マルチパートナーソリューションで電話番号を接続しているかどうかは、現在のプロバイダーにお問い合わせください。わからない場合は「他のビジネスソリューションプロバイダー（BSP）」を選択してください。',
    },
  },
  choice: {
    'same-portfolio': {
      question: '電話番号は同じビジネスポートフォリオ（同じMetaビジネスマネージャ）のままですか？',
      hint: '見分け方：ビジネスポートフォリオとは、電話番号が現在所属しているMetaビジネスマネージャのビジネスです。今後は別のビジネスに所属させる必要がある場合のみ「いいえ」を選択してください。WhatsAppビジネスアカウントをそのまま使えるのは、お客様のビジネスが所有している場合だけです。',
    },
    'keep-app': {
      question: 'この電話番号で、スマートフォンのWhatsApp Businessアプリを引き続き使用しますか？',
      hint: 'アプリを使い続ける場合は、アプリと{{provider}}の両方から返信できます。使い続けない場合は、アプリのアカウントを削除します。アプリのチャットは移転されません。',
    },
  },
};

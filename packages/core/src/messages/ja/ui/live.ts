import type { MessageTree } from '../../types';

/** ライブモード（`hostActions`）：プロバイダーのサーバーを通じて、ガイドがMetaへの手続きを行います。 */
export const live: MessageTree = {
  heading: 'この画面から電話番号を移転する',
  intro: '{{provider}}が、Metaへの各手続きをこの画面から代わりに行います。各操作は、前の操作が完了してから行えます。',
  phase: {
    number:
      '移転する電話番号を国番号から入力してください。移転を開始するために{{provider}}に送信されます。この端末には保存されません。',
    start:
      '移転を開始します。{{provider}}がMetaに、電話番号を{{provider}}のWhatsAppビジネスアカウントへ移すよう依頼します。',
    'request-code': 'Metaから電話番号に、6桁の確認コードを送ってもらいます。',
    'verify-code':
      '電話番号に届いた確認コードを入力してください。確認コードの有効期間は約10分で、1回のみ使用できます。',
    register: '電話番号を{{provider}}に登録します。新しい2要素認証のPINは{{provider}}が設定します。',
    status: '電話番号が接続済みかどうかをMetaに確認します。',
    'confirm-name': 'Metaに登録されている表示名は「{{name}}」です。この表示名でお間違いないですか？',
    done: '電話番号の登録と接続が完了しました。この手順を完了にできます。',
  },
  start: '移転を開始する',
  numberLabel: 'WhatsAppの電話番号',
  method: {
    legend: '確認コードの受け取り方法',
    SMS: 'SMS',
    VOICE: '音声通話',
    suggested: '（この電話番号におすすめ）',
  },
  request: '確認コードを送ってもらう',
  requestAgain: '確認コードをもう一度送ってもらう',
  codeLabel: '確認コード',
  codeHint: '6桁の数字です。コード全体を貼り付けることもできます。',
  verify: '確認コードを確認する',
  register: '電話番号を登録する',
  status: '接続状況を確認する',
  confirmYes: 'はい、この表示名です',
  confirmNo: 'いいえ、違います',
  nameWrong: 'このまま進めると、異なる表示名で移転されます。この手順を完了にせず、{{support}}にお問い合わせください。',
  notConnected: 'Metaでは、まだ接続済みと表示されていません（{{status}}）。しばらくしてから再度ご確認ください。',
  pending: {
    start: '移転を開始しています…',
    'request-code': '確認コードの送信をMetaに依頼しています…',
    'verify-code': '確認コードを確認しています…',
    register: '電話番号を登録しています…',
    status: 'Metaに確認しています…',
  },
  retrying: '応答がありません。再試行しています（{{tries}}／{{max}}回目）…',
  failed: 'Metaで処理できませんでした（コード {{code}}）。対処法はトラブルシューティングをご確認ください。',
  refused:
    '{{provider}}のサーバーで受け付けられませんでした（コード {{code}}）。対処法はトラブルシューティングをご確認ください。',
  unanswered: '{{provider}}のサーバーから応答がありませんでした。接続をご確認のうえ、もう一度お試しください。',
  openEntry: '対処法を見る',
};

import type { MessageTree } from '../../types';

export const stepper: MessageTree = {
  listLabel: '手順',
  statusInName: '（{{status}}）',
  readAhead: 'この手順は後で行います。内容は今すぐ確認でき、前の手順が完了すると行えます。',
  backToCurrent: '現在の手順に戻る',
  empty: '電話番号の現在の接続先と移転先を選択すると、ここに手順が表示されます。',
  actors: '担当：{{actors}}',
  // How names are joined, as Intl.ListFormat joins them in this language (a test holds them equal).
  namesPair: '{{first}}、{{second}}',
  namesSeparator: '、',
  namesLastSeparator: '、',
  severity: {
    danger: '警告：{{message}}',
    caution: '注意：{{message}}',
  },
  wait: '所要時間の目安：{{message}}',
  unmet: 'この手順を完了するには、次の要件を満たす必要があります。',
  stepDone: 'この手順は完了しています。回答を変更するには「この手順をやり直す」を選択してください。',
  stepSkipped: 'この手順は省略しました。',
  complete: '完了にする',
  skip: 'この手順を省略する',
  reopen: 'この手順をやり直す',
  previous: '前の手順',
  next: '次の手順',
  completion: {
    title: 'すべての手順が完了しました',
    body: '移転の手順はすべて完了しています。',
    afterMove: '移転後に行うこと',
  },
  confirm: {
    title: 'この手順を完了にしますか？',
    body: '続行する前に、この手順の注意事項をご確認ください。',
    accept: '完了にする',
    cancel: 'キャンセル',
  },
  terms: 'この手順で使う用語',
  places: '操作する画面',
  newTab: '（新しいタブで開きます）',
  code: {
    heading: '確認コード',
    request: '確認コードをリクエストしました',
    explain:
      'Metaの画面（登録画面）で確認コードをリクエストするたびに、このボタンを押してください。リクエスト回数を数え、待つ必要があるときにお知らせします。このボタンで確認コードが送信されることはありません。',
    waitOver: '待機時間が終了しました。確認コードを再度リクエストできます。',
  },
  support: {
    heading: '{{support}}へのリクエスト',
    headingCurrentBsp: '現在のBSPへの依頼文の例',
    placeholder: '［WhatsAppの電話番号］',
    numberRemembered:
      'この端末には電話番号が保存されていません。リクエスト内の「{{placeholder}}」の部分に電話番号を入力してください。',
    noNumber:
      '先に要件の確認で電話番号を入力するか、リクエスト内の「{{placeholder}}」の部分に電話番号を入力してください。',
    subject: '件名',
    body: '本文',
    copySubject: '件名をコピー',
    copyBody: '本文をコピー',
    copied: 'コピーしました。',
    copyFailed: 'コピーできませんでした。テキストを選択してコピーしてください。',
    mailto: 'メールアプリで作成する',
    mailtoTo: '{{support}}にメールを送信する',
    contactPage: '{{support}}のお問い合わせページを開く',
  },
};

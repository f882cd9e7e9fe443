import type { MessageTree } from '../../types';

export const troubleshooting: MessageTree = {
  title: 'トラブルシューティング',
  intro: '困っている症状や、表示されたエラーコードから対処法を探せます。',
  searchLabel: '症状またはエラーコードで検索',
  results_other: '{{count}}件の項目が見つかりました。',
  noResults: '「{{query}}」に一致する項目はありません。別の言葉か、エラーコードで検索してください。',
  unknownCode: 'エラー{{code}}に対応する個別の解説はまだありません。以下の一般的な対処法をお試しください。',
  suggested: 'お客様の状況に合った対処法',
  all: 'すべての問題',
  other: 'その他の問題',
  searchResults: '検索結果',
  actions: '対処方法',
  errorCode: 'エラーコード：{{code}}',
  errorDetails: 'Metaからの詳細：{{details}}',
  errorTrace: 'サポートへの問い合わせ用の参照番号（fbtrace_id）：{{trace}}',
  dismiss: '解決済みにする',
  dismissLabel: '解決済みにする：エラー{{code}}',
  opened: 'トラブルシューティングを開きました：{{title}}',
  noCode: '不明',
  howToTell: '見分け方：この原因の場合、Metaのエラーのタイトル（英語）は「{{title}}」です。',
  contactLink: 'お問い合わせページを開く',
  allTopics_other: 'その他のトピックをすべて表示（{{count}}件）',
  detailsLoading: '対処法を読み込んでいます…',
  detailsFailed:
    '対処法を読み込めませんでした。通信環境をご確認のうえ、もう一度お試しください。それでも表示されない場合は、ページを再読み込みしてください。',
  detailsRetry: 'もう一度読み込む',
};

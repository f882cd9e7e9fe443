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
  dismiss: '非表示にする',
  dismissLabel: 'エラー{{code}}を非表示にする',
  opened: 'トラブルシューティングを開きました：{{title}}',
  noCode: '不明',
};

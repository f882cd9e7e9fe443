import type { MessageTree } from '../types';

export const validation: MessageTree = {
  validation: {
    phoneNumber: {
      notE164: '電話番号は「+」と国番号から始まる国際形式で入力してください。',
    },
    businessManagerId: {
      empty: 'MetaビジネスマネージャのIDを入力してください。',
      notDigits: 'MetaビジネスマネージャのIDは数字のみで構成されています。コピーした内容をご確認ください。',
      tooLong: 'MetaビジネスマネージャのIDとしては長すぎます。',
    },
    displayName: {
      empty: '表示名を入力してください。',
      unsafeCharacters: '表示名に目に見えない制御文字が含まれています。制御文字を含めずに入力し直してください。',
      tooLong: '表示名としては長すぎます。',
    },
    identity: {
      businessManagerMismatch:
        'MetaビジネスマネージャのIDが一致しません。移転先でも現在と同じIDを使用しないと、移転はエラーになります。',
      displayNameMismatch:
        '表示名が一致しません。移転先でも現在とまったく同じ表示名を使用しないと、移転はエラーになります。',
    },
  },
};

import type { MessageTree } from '../types';

export const validation: MessageTree = {
  validation: {
    phoneNumber: {
      notE164: '電話番号は「+」と国番号から始まる国際形式で入力してください。',
    },
    businessManagerId: {
      empty: 'MetaビジネスマネージャのIDを入力してください。',
      notDigits: 'MetaビジネスマネージャのIDは数字のみです。コピーした内容をご確認ください。',
      tooLong: 'MetaビジネスマネージャのIDとしては長すぎます。',
    },
    displayName: {
      empty: '表示名を入力してください。',
      unsafeCharacters: '表示名に目に見えない制御文字が含まれています。制御文字を除いて入力し直してください。',
      tooLong: '表示名としては長すぎます。',
    },
    identity: {
      businessManagerMismatch:
        'MetaビジネスマネージャのIDが一致しません。移転先で現在と異なるIDを使用するとエラーとなり、移転を完了できません。',
      displayNameMismatch:
        '表示名が一致しません。移転先で現在と少しでも異なる表示名を使用するとエラーとなり、移転を完了できません。',
    },
  },
};

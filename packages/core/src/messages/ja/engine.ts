import type { MessageTree } from '../types';

export const engine: MessageTree = {
  supportRequest: {
    'leave-provider': {
      // 件名は記事（Z1）の指定どおり英語のまま使います。
      subject: 'Migrate WhatsApp number away from {{provider}}',
      body: 'お世話になっております。\n\n弊社のWhatsAppの電話番号 {{phoneNumber}} を別のビジネスソリューションプロバイダーへ移転するため、この電話番号の2要素認証の解除をお願いいたします。\n\nよろしくお願いいたします。',
    },
    'current-bsp-two-step-off': {
      subject: 'WhatsAppの電話番号の2要素認証解除のお願い',
      body: 'お世話になっております。\n\n弊社のWhatsAppの電話番号 {{phoneNumber}} を{{provider}}へ移転するため、この電話番号の2要素認証（2FA）を解除し、完了しましたらお知らせください。\n\nよろしくお願いいたします。',
    },
    'disable-two-step-verification': {
      subject: 'WhatsAppの電話番号の2要素認証解除のお願い',
      body: 'お世話になっております。\n\n弊社のWhatsAppの電話番号 {{phoneNumber}} を、弊社のMetaビジネスマネージャ内のWhatsAppビジネスアカウントへ移転します。この電話番号の2要素認証（2FA）を解除し、完了しましたらお知らせください。\n\nよろしくお願いいたします。',
    },
  },
  policy: {
    verificationCode: {
      remaining_other: '確認コードはあと{{count}}回リクエストできます。',
      blocked: 'おすすめの回数のリクエストを行いました。{{time}}ごろ（あと{{duration}}）から、再度リクエストできます。',
      advice:
        '確認コードのリクエストは{{codeLimit}}回までにしてください。届かない場合は、約{{codeWaitHours}}時間置いてから再度お試しください。',
    },
    registration: {
      remaining_other: 'この72時間で、電話番号の登録・登録解除はあと{{count}}回行えます。',
      blocked:
        '72時間あたりの登録回数の上限（{{registrationLimit}}回）に達しました。{{duration}}後に再度お試しください。',
    },
  },
  stepStatus: {
    locked: '前の手順の完了待ち',
    available: '開始可能',
    current: '現在の手順',
    complete: '完了',
    blocked: '進行不可',
    error: 'エラー',
    skipped: '省略',
  },
  progress: {
    steps: '手順 {{current}}／{{total}}',
    done: '{{total}}件中{{done}}件の手順が完了',
    requirementsLeft_other: '残りの要件：{{count}}件',
  },
  rejection: {
    'no-scenario': '先に、電話番号の現在の接続先と移転先を選択してください。',
    'scenario-fixed': 'このガイドは特定の移転方法専用です。',
    'unknown-scenario': 'この移転方法はここではご利用いただけません。',
    'unknown-step': 'この手順は今回の移転には含まれていません。',
    'unknown-requirement': 'この要件は今回の移転には含まれていません。',
    'unknown-entry': '該当するトラブルシューティング情報が見つかりませんでした。',
    'unknown-field': 'この入力項目はこのガイドにはありません。',
    'unknown-event': 'この操作はガイドで処理できませんでした。',
    'host-only': 'この確認には、ガイドを表示しているWebサイトだけが回答できます。',
    'step-locked': '前の手順を先に完了してください。',
    'step-done': 'この手順はすでに完了しています。',
    'step-not-done': 'この手順はまだ完了していません。',
    'requirements-unmet': 'この手順の要件をすべて満たしてから進んでください。',
    'confirmation-required': '先に、この手順で行われる内容を理解したことを確認してください。',
    'not-optional': 'この手順は省略できません。',
    'requirement-locked':
      'この回答は完了済みの手順で使用されています。変更するには、その手順を未完了に戻してください。',
    'no-code-step': '確認コードは、コードが送信される手順まで進むとリクエストできます。',
    'limit-reached': '上限に達しました。{{duration}}後に再度お試しください。',
    'live-off': 'このガイドでは、移転の操作をWebサイトから直接行うことはできません。',
    'live-out-of-order': 'この操作は、前の操作が完了してから行えます。',
    'live-pending': '前の操作の処理中です。完了するまでお待ちください。',
    'number-not-split': '電話番号を国番号から入力してください。',
    'code-malformed': '確認コードは6桁の数字で入力してください。',
    'unknown-method': '確認コードの受け取り方法として、SMSまたは音声通話を選択してください。',
    'live-not-done': '電話番号の登録が完了し、Metaで接続済みと確認できてから、この手順を完了にしてください。',
  },
  notice: {
    'storage-reset': {
      unreadable: '保存された進行状況を読み込めなかったため、最初から始めます。',
      invalid: '保存された進行状況が破損していたため、最初から始めます。',
      'unsupported-version': '保存された進行状況は別のバージョンのガイドのものだったため、最初から始めます。',
      foreign: '保存された進行状況は別のガイドのものだったため、最初から始めます。',
      'storage-failed': 'ブラウザが保存された進行状況の読み込みを許可しなかったため、最初から始めます。',
    },
    'storage-adjusted': {
      inconsistent: '保存された進行状況の一部が回答内容と一致しなかったため、該当する手順を未完了に戻しました。',
      invalid: '保存された進行状況の一部が破損していたため、その部分を除いて読み込みました。',
      'clock-ahead': '進行状況を保存したときに端末の時刻が大きく進んでいたため、待ち時間は現在の時刻から数えています。',
    },
    'storage-write-failed': {
      'storage-failed':
        'ブラウザが進行状況の保存を許可しませんでした。完了するまでこのページを開いたままにしてください。',
    },
    'phone-rechecked': {
      inconsistent:
        '電話番号をあらためて確認したところ有効な番号ではなかったため、この番号を使った手順を未完了に戻しました。番号を修正してから、もう一度お進みください。',
    },
  },
  duration: {
    hours_other: '{{count}}時間',
    minutes_other: '{{count}}分',
    hoursMinutes: '{{hours}}時間{{minutes}}分',
    lessThanMinute: '1分未満',
  },
};

import type { MessageTree } from '../types';

/** Each entry's title and symptom, which the panel lists and a search reads; the rest is in troubleshooting-details. */
export const troubleshooting: MessageTree = {
  troubleshooting: {
    'too-many-code-requests': {
      title: '確認コードのリクエスト回数が多すぎる',
      symptom: '何度リクエストしても確認コードが届かない',
    },
    'banned-by-meta': {
      title: 'Metaによって電話番号やアカウントがブロックされている',
      symptom:
        '電話番号、WhatsAppビジネスアカウント、またはMetaビジネスマネージャがブロック・禁止されていると表示される',
    },
    'display-name-mismatch': {
      title: '表示名が一致しない',
      symptom: '表示名を入力したあと、移転がエラーになる',
    },
    'number-on-whatsapp-app': {
      title: '電話番号がWhatsAppアカウントに登録されている',
      symptom: 'この電話番号はすでにWhatsAppアカウントに登録されていると表示される',
    },
    'ivr-blocks-verification-call': {
      title: '確認コードの音声通話がつながらない',
      symptom: '音声通話を選択したのに、確認コードの電話を受けられない',
    },
    'phone-number-limit-reached': {
      title: '登録できる電話番号の上限に達している',
      symptom: 'ビジネスアカウントにリンクできる電話番号の上限に達したと表示される',
    },
    'e2388001-confirm-ownership': {
      title: '電話番号の所有権の確認が必要',
      symptom: '電話番号の所有権を確認するよう求められる',
    },
    'e2388001-two-step-verification-on': {
      title: '2要素認証が有効なままになっている',
      symptom: '2要素認証が解除されていることを確認するよう求められる',
    },
    'e2388012-number-already-added': {
      title: '電話番号がすでに一覧に登録されている',
      symptom: 'この電話番号はすでに電話番号の一覧にあると表示される',
    },
    'e2388091-not-being-migrated': {
      title: 'この電話番号は移転の対象になっていない',
      symptom: '移転中の電話番号ではないため、確認コードを受信・確認できないと表示される',
    },
    'e2388103-webhooks-not-set-up': {
      title: '移転先のWABAでWebhookが設定されていない',
      symptom: '移転が失敗し、電話番号を移転できないと表示される',
    },
    'e2388103-add-number-directly': {
      title: 'この電話番号は直接追加できる',
      symptom: 'この電話番号をWhatsAppアカウントに追加するよう案内される',
    },
    'e2388103-display-name-not-approved': {
      title: '表示名が承認されていない',
      symptom: '承認済みの表示名が必要だと表示される',
    },
    'e2388103-source-waba-not-set-up': {
      title: '電話番号の現在のWABAが正しく設定されていない',
      symptom: '電話番号が登録されているWhatsAppアカウントが正しく設定されていないと表示される',
    },
    'e2388103-no-payment-account': {
      title: '移転先のWABAに支払い方法が設定されていない',
      symptom: 'WhatsAppアカウントに支払いアカウントがないと表示される',
    },
    'e2388103-migration-error': {
      title: '電話番号の移転中にエラーが発生した',
      symptom: '原因が示されないエラーで、移転が失敗する',
    },
    'e2388103-different-business-manager': {
      title: '電話番号が別のMetaビジネスマネージャに属している',
      symptom: 'この電話番号は別のビジネスマネージャのアカウントに属していると表示される',
    },
    'e2388103-destination-waba-not-approved': {
      title: '移転先のWABAがまだ承認されていない',
      symptom: 'WhatsAppアカウントの承認が必要だと表示される',
    },
    'e2388103-messaging-for-not-approved': {
      title: '「Messaging for」リクエストが承認されていない',
      symptom: 'WhatsAppアカウントの「Messaging for」リクエストを承認する必要があると表示される',
    },
    'e2388019-template-limit': {
      title: '移転先のWABAのテンプレート数が上限に達している',
      symptom: '移転後、一部のメッセージテンプレートが見当たらない',
    },
    'e200000-cannot-add-number': {
      title: '電話番号をWABAに追加できない',
      symptom: '電話番号をWhatsAppビジネスアカウントに追加できないと表示される',
    },
    'e2593079-waba-tagged-for-other-solution': {
      title: 'WABAがすでに別のパートナーへの移行対象になっている',
      symptom: 'WhatsAppビジネスアカウントが、すでに別のソリューションへの移行対象になっていると表示される',
    },
    'e2593085-invalid-waba-for-obo-mobility': {
      title: 'このWABAはこの方法では移管できない',
      symptom: 'WhatsAppビジネスアカウントがOBOモビリティの対象として無効だと表示される',
    },
    'e133000-incomplete-deregistration': {
      title: '前回の登録解除が完了していない',
      symptom: '「Incomplete Deregistration」というエラーで電話番号を登録できない',
    },
    'e133005-pin-mismatch': {
      title: '2要素認証PINが一致しない',
      symptom: '「Two step verification PIN Mismatch」というエラーで登録できない',
    },
    'e133006-reverification-needed': {
      title: '電話番号の再認証が必要',
      symptom: '「Phone number re-verification needed」というエラーで登録できない',
    },
    'e133008-too-many-pin-guesses': {
      title: 'PINの誤入力が多すぎる',
      symptom: '2要素認証PINの入力回数が多すぎると表示される',
    },
    'e133009-pin-guessed-too-fast': {
      title: 'PINの入力間隔が短すぎる',
      symptom: '2要素認証PINの入力が速すぎると表示される',
    },
    'e133010-not-registered': {
      title: '電話番号が登録されていない',
      symptom: '「Phone number Not Registered」と表示される',
    },
    'e133015-recently-deleted': {
      title: '電話番号が削除された直後',
      symptom: '電話番号を登録する前に数分待つよう求められる',
    },
    'e133016-registration-limit': {
      title: '登録回数の上限に達している',
      symptom: '登録・登録解除の回数制限を超えたと表示される',
    },
    'e136024-request-code-error': {
      title: '確認コードをリクエストできない',
      symptom: '「Request code error」というエラーで確認コードをリクエストできない',
    },
    'e136025-code-not-accepted': {
      title: '確認コードが受け付けられない',
      symptom: '確認コードを入力しても受け付けられない',
    },
    'e131009-invalid-pin-format': {
      title: 'PINの形式が正しくない',
      symptom: '値が無効なため、電話番号を登録できない',
    },
    'e131000-something-went-wrong': {
      title: 'Metaで問題が発生した',
      symptom: '電話番号の登録などの手順が、「Something went wrong」というエラーで失敗する',
    },
    'e133004-server-unavailable': {
      title: 'Metaのサービスが一時的に利用できない',
      symptom: '「Server Temporarily Unavailable」と表示される',
    },
    'e131031-account-locked': {
      title: 'アカウントがロックまたは制限されている',
      symptom: 'アカウントがロックされている、またはポリシー違反のため一時的にブロックされていると表示される',
    },
    'e131031-request-not-verified': {
      title: 'リクエストの内容を確認できない',
      symptom: '2要素認証PINを入力した直後に、アカウントがロックされていると表示される',
    },
    'e131042-payment-issue': {
      title: 'アカウントの支払いに問題がある',
      symptom: '「Business eligibility payment issue」というエラーでメッセージを送信できない',
    },
    'e2494100-maintenance-mode': {
      title: 'アカウントがメンテナンスモードになっている',
      symptom: 'アカウントがメンテナンスモードになっていると表示される',
    },
    'e131045-incorrect-certificate': {
      title: '電話番号の登録が完了していない',
      symptom: '「Incorrect certificate」というエラーでメッセージを送信できない',
    },
    'e131037-display-name-approval-needed': {
      title: 'メッセージの送信には表示名の承認が必要',
      symptom: 'メッセージを送信できず、表示名の承認が必要だと表示される',
    },
    'e100-invalid-parameter': {
      title: 'リクエストの値がMetaに受け付けられない',
      symptom: '「Invalid parameter」またはコード100のエラーが表示される',
    },
    'e33-number-deleted': {
      title: '電話番号が削除されている',
      symptom: '電話番号について「Parameter value is not valid」と表示される',
    },
    'e190-access-token-invalid': {
      title: 'Metaへのアクセスの期限が切れているか、無効になっている',
      symptom: 'アクセストークンの期限切れまたは無効を示すエラーが表示される',
    },
    'e10-permission-missing': {
      title: 'Metaで必要な権限が不足している',
      symptom: '「Permission denied」など、権限が不足していることを示すエラーが表示される',
    },
    'e4-rate-limit': {
      title: '短時間にリクエストが多すぎる',
      symptom: 'リクエストの回数が多すぎる、またはレート制限に達したと表示される',
    },
    'portal-move-not-started': {
      title: '{{provider}}のサーバーに移行の記録がない',
      symptom: '番号の移行をもう一度開始するよう案内される',
    },
    'portal-not-allowed': {
      title: '{{provider}}で操作が許可されなかった',
      symptom: 'ログインしていない、またはこの移行を続ける権限がないと表示される',
    },
    'portal-limits-unavailable': {
      title: '{{provider}}のサーバーで回数の上限を確認できなかった',
      symptom: '回数の上限を確認できないと表示される',
    },
    'portal-start-limit': {
      title: '移行の開始を繰り返しすぎた',
      symptom: '短時間に移行を何度も開始したと表示される',
    },
    'portal-server-error': {
      title: '{{provider}}のサーバーで処理できなかった',
      symptom: 'サーバーで手順を処理できなかったと表示される',
    },
    'e63059-number-moved-to-other-waba': {
      title: '電話番号が別のWABAに移転されている',
      symptom: '「Phone number migrated to a different WhatsApp Business Account」と表示される',
    },
    'e63128-name-change-in-progress': {
      title: '表示名の変更がすでに進行中',
      symptom: '表示名の変更がすでに進行中だと表示される',
    },
    'unknown-error': {
      title: 'エラーが発生しました（エラーコード：{{code}}）',
      symptom: 'ここに記載されていないエラーコードが表示される',
    },
  },
  escalation: {
    'provider-support': '{{support}}にお問い合わせください',
    'current-bsp': '現在のプロバイダー（BSP）にお問い合わせください',
    'meta-via-provider': '{{support}}からMetaに要請できます',
    'meta-direct-support': 'Metaのダイレクトサポートにお問い合わせください',
  },
};

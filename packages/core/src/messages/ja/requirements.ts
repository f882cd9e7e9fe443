import type { MessageTree } from '../types';

export const requirements: MessageTree = {
  requirementGroup: {
    number: '電話番号',
    access: '権限',
    'meta-rules': 'Metaが定める移転の条件',
    billing: '請求',
  },
  requirement: {
    'phone-number': {
      title: '移転する電話番号',
      description: '国番号から入力してください。',
    },
    'receive-verification-code': {
      title: '確認コードを受け取れる',
      attestation: 'この電話番号で、6桁の確認コードをSMSまたは音声通話で受け取れます。',
    },
    'international-reception': {
      title: '国際電話やSMSを受信できる',
      description:
        '確認コードは海外から届くことがあります。通信事業者が国際電話やSMSをブロックしていないかご確認ください。',
      attestation: 'この電話番号で国際電話やSMSを受信できます。',
    },
    'ivr-disabled': {
      title: '移転中はIVRが無効になっている',
      description:
        'IVR（音声自動応答）や電話の転送が設定されていると、Metaからの確認コードの音声通話を受けられません。移転が完了するまで無効にしてください。',
      attestation: '移転中は、この電話番号のIVRと電話の転送を無効にしています。',
    },
    'provider-admin': {
      title: '{{provider}}の管理者権限がある',
      description: 'WhatsAppチャネルを追加・削除するには、{{provider}}の管理者権限が必要です。',
      attestation: '{{provider}}の管理者権限を持っています。',
    },
    'meta-business-admin': {
      title: 'Metaビジネスマネージャの管理者権限がある',
      description: 'リクエストの承認や設定の完了には、Metaビジネスマネージャの管理者権限が必要です。',
      attestation: 'Metaビジネスマネージャの管理者権限を持っています。',
    },
    'two-step-verification-off': {
      title: '2要素認証が解除されている',
      attestation: 'この電話番号の2要素認証が解除されたことを確認済みです。',
    },
    'same-business-manager': {
      title: '同じMetaビジネスマネージャを使用する',
      description:
        'Metaは、移転元と移転先が同じビジネスのものであることを求めています。ご自身で確認するため、両方を入力して照合してください。入力した内容を比べるだけで、実際のアカウントは確認できません。',
    },
    'same-display-name': {
      title: '同じ表示名を使用する',
      description: '表示名は、1文字も違わず完全に一致している必要があります。',
    },
    'display-name-approved': {
      title: '表示名が承認されている',
      attestation: '表示名は承認済みで、審査中の変更はありません。',
    },
    'not-on-whatsapp-app': {
      title: 'WhatsAppアプリで使用していない',
      description: '使用している場合は、先にアプリのアカウントを削除してください。',
      attestation: 'この電話番号はWhatsAppアプリやWhatsApp Businessアプリで使用していません。',
    },
    'not-test-number': {
      title: 'WhatsAppのテスト用電話番号ではない',
      attestation: 'WhatsAppのテスト用電話番号ではなく、実際のビジネス用の電話番号です。',
    },
    'not-banned': {
      title: 'Metaによるブロックがない',
      description: '{{provider}}では禁止を解除できませんが、お客様に代わってMetaに要請することは可能です。',
      attestation: 'Metaビジネスマネージャ、WABA、電話番号のいずれも、Metaによるブロックや禁止を受けていません。',
    },
    'business-verified': {
      title: 'ビジネス認証が完了している',
      attestation: 'ビジネスポートフォリオのビジネス認証は完了しています。',
    },
    'owns-waba': {
      title: 'WhatsAppビジネスアカウントを自社で所有している',
      description:
        '新しいプロバイダーと共有できるのは、お客様のビジネスが所有しているアカウントだけです。プロバイダーが所有しているアカウントは共有できません。',
      attestation: '電話番号が登録されているWhatsAppビジネスアカウントは、自社で所有しています。',
    },
    'destination-waba-ready': {
      title: '{{provider}}が用意するWhatsAppビジネスアカウントの準備ができている',
      description:
        '移転先のWhatsAppビジネスアカウントは、認証と審査が完了し、支払い方法が設定され、メッセージの受信が設定されている必要があります。設定は{{provider}}が行います。',
      attestation: '{{provider}}から、移転先のWhatsAppビジネスアカウントの準備ができたと連絡がありました。',
    },
    'business-app-version': {
      title: 'WhatsApp Businessアプリが最新である',
      attestation: 'スマートフォンのWhatsApp Businessアプリはバージョン2.24.17以降です。',
    },
    'app-payment-methods-removed': {
      title: 'アプリに支払い方法が登録されていない',
      attestation: 'WhatsApp Businessアプリに支払い方法は登録されていません。',
    },
    'old-provider-invoices-settled': {
      title: '現在のプロバイダーへの支払いが済んでいる',
      description:
        '先に現在のプロバイダーの未払いの請求をお支払いください。未払いがあると、プロバイダーが電話番号の移転に応じないことがあり、未払いの残高があるとアカウントを削除できないことがあります。',
      attestation: '現在のプロバイダーの請求はすべて支払い済みです。',
    },
    'credit-line-currency-matches': {
      title: '通貨が一致している',
      description:
        '{{provider}}のクレジットラインの通貨が、お客様のWhatsAppビジネスアカウントの通貨と同じである必要があります。',
      attestation:
        '{{provider}}から、クレジットラインの通貨が自社のWhatsAppビジネスアカウントと同じであると確認を受けました。',
    },
  },
  fields: {
    phoneNumber: 'WhatsAppの電話番号',
    currentBusinessManagerId: '現在のMetaビジネスマネージャID',
    newBusinessManagerId: '移転先のMetaビジネスマネージャID',
    currentDisplayName: '現在の表示名',
    newDisplayName: '移転先の表示名',
  },
  requirementStatus: {
    met: '満たしています',
    unmet: '未確認',
    failed: '満たしていません',
    checking: '確認中…',
    error: '確認できませんでした',
  },
};

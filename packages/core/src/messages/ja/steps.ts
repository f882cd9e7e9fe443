import type { MessageTree } from '../types';

export const steps: MessageTree = {
  scenario: {
    'bsp-to-provider': {
      title: '別のBSPから{{provider}}へ電話番号を移転する',
      description:
        '別のビジネスソリューションプロバイダー（BSP）で使用しているWhatsAppの電話番号を、{{provider}}で使用したい場合の手順です。',
    },
    'provider-to-bsp': {
      title: '{{provider}}から別のBSPへ電話番号を移転する',
      description:
        '{{provider}}で使用しているWhatsAppの電話番号を、別のビジネスソリューションプロバイダー（BSP）に接続したい場合の手順です。',
    },
    'hosted-to-self-hosted': {
      title: 'Metaビジネスマネージャで所有するWABAへ電話番号を移転する',
      description:
        '{{provider}}がホストするWhatsAppビジネスアカウント（WABA）の電話番号を、お客様のMetaビジネスマネージャにあるWABAへ移転し、引き続き{{provider}}で使用する場合の手順です。',
    },
  },
  step: {
    'check-requirements': {
      title: '要件を確認する',
      description: '設定を変更する前に、電話番号とアカウントが以下の要件をすべて満たしていることをご確認ください。',
      howToComplete: 'すべての要件を満たすと、この手順を完了できます。',
    },
    'current-bsp-disables-two-step': {
      title: '現在のBSPに2要素認証の解除を依頼する',
      description:
        '現在のビジネスソリューションプロバイダーに、電話番号の2要素認証（2FA PIN）の解除を依頼してください。解除されるまで、移転は完了しません。',
      howToComplete: '現在のBSPから2要素認証を解除したと連絡があったら、この手順を完了にしてください。',
    },
    'add-whatsapp-channel': {
      title: '{{provider}}でWhatsAppチャネルを追加する',
      description:
        '{{adminCentre}}で「{{channelSetupGuide}}」の手順に従ってください。MetaビジネスマネージャのIDと表示名は、現在と同じものを使用してください。MetaからSMSまたは音声通話で6桁の確認コードが届きます。',
      howToComplete: '{{adminCentre}}で電話番号が接続済みと表示されたら、この手順を完了にしてください。',
    },
    'verify-number-works': {
      title: '電話番号の動作を確認する',
      description:
        'テストメッセージを送受信し、メッセージテンプレートが使用できることをご確認ください。WhatsAppビジネスアカウントIDや電話番号IDを保存しているシステムがあれば、新しい値に更新してください。',
      howToComplete: 'メッセージを送受信できたら、この手順を完了にしてください。この手順は省略できます。',
    },
    'request-migration-away': {
      title: '{{provider}}にサポートリクエストを送信する',
      description:
        '{{support}}に電話番号の移転を依頼してください。件名は「Migrate WhatsApp number away from {{provider}}」とし、移転したい電話番号を記載してください。',
      howToComplete: 'リクエストを送信したら、この手順を完了にしてください。',
    },
    'provider-disables-two-step': {
      title: '{{support}}による2要素認証の解除を待つ',
      description: '{{support}}が電話番号の2要素認証を解除し、完了をお知らせします。',
      howToComplete: '{{support}}から2要素認証を解除したと連絡があったら、この手順を完了にしてください。',
    },
    'connect-new-bsp': {
      title: '移転先のBSPで電話番号を接続する',
      description:
        '移転先のビジネスソリューションプロバイダーの手順に従って電話番号を接続してください。MetaビジネスマネージャのIDと表示名は、現在と同じものを使用してください。MetaからSMSまたは音声通話で6桁の確認コードが届きます。',
      howToComplete: '移転先のBSPで電話番号が接続済みと表示されたら、この手順を完了にしてください。',
    },
    'request-two-step-off': {
      title: '{{support}}に2要素認証の解除を依頼する',
      description:
        '{{support}}に連絡し、Metaビジネスマネージャ内でホストされているWABAへ移転したい電話番号の2要素認証（2FA）の解除を依頼してください。',
      howToComplete: '依頼を送信したら、この手順を完了にしてください。',
    },
    'remove-integration': {
      title: '{{provider}}からインテグレーションを削除する',
      description:
        '{{adminCentre}}で、WhatsAppの電話番号の横にあるオプションメニューをクリックし、「削除」を選択してください。',
      howToComplete: 'インテグレーションを削除したら、この手順を完了にしてください。',
      confirm: {
        title: '電話番号をオフラインにしますか？',
        body: 'インテグレーションを削除すると、電話番号はオフラインになります。次の手順でチャネルを追加し直すまで、顧客はWhatsAppで連絡できなくなります。',
        accept: '削除して次へ進む',
        cancel: 'まだ削除しない',
      },
    },
  },
  warning: {
    'number-goes-offline': 'インテグレーションを削除すると、電話番号がオフラインになります。',
    'briefly-unavailable': '移転作業中、電話番号が一時的に利用できなくなることがあります。',
    'identity-must-match':
      '現在使用しているMetaビジネスマネージャのIDと表示名を使用してください。異なるIDや表示名を使用するとエラーとなり、移転を完了できません。',
  },
  wait: {
    'code-delivery': '確認コードが届くまでに数分かかることがあります。',
    'until-two-step-off-confirmed': '所要時間は解除を行う側によって異なり、決まっていません。',
    'template-duplication':
      '承認済みの高品質メッセージテンプレートは移転先のアカウントに複製されます。電話番号の登録後、複製が完了するまでしばらくかかることがあります。',
  },
  actor: {
    business: 'お客様',
    'current-bsp': '現在のBSP',
    'provider-support': '{{support}}',
    meta: 'Meta',
  },
};

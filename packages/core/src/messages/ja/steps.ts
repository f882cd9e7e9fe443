import type { MessageTree } from '../types';

export const steps: MessageTree = {
  scenario: {
    'bsp-to-provider': {
      title: '別のBSPから{{provider}}へ電話番号を移転する',
      description:
        '別のビジネスソリューションプロバイダー（BSP）で使用しているWhatsAppの電話番号を、{{provider}}で使用したい場合の手順です。{{provider}}が{{adminCentre}}でWhatsAppセルフサービスフローを導入する前にWhatsAppの電話番号を接続していた場合に役立ちます。このプロセスにより、WABAのオーナーシップが確立され、インサイトツール、メッセージテンプレート、電話番号の品質評価へのアクセスが可能になります。',
      answer: 'はい、同じビジネスポートフォリオの新しいWhatsAppビジネスアカウントに移します',
    },
    'provider-to-bsp': {
      title: '{{provider}}から別のBSPへ電話番号を移転する',
      description:
        '{{provider}}で使用しているWhatsAppの電話番号を、別のビジネスソリューションプロバイダー（BSP）に接続したい場合の手順です。',
    },
    'hosted-to-self-hosted': {
      title: 'Metaビジネスマネージャで所有するWABAへ電話番号を移転する',
      description:
        '{{provider}}がホストするWhatsAppビジネスアカウント（WABA）の電話番号を、お客様のMetaビジネスマネージャにあるWABAへ移転し、引き続き{{provider}}で使用する場合の手順です。この移転作業中に、WhatsAppの電話番号が一時的に利用できなくなることがあります。',
    },
    'change-portfolio': {
      title: '別のビジネスポートフォリオで{{provider}}へ電話番号を移す',
      description:
        '別のビジネスポートフォリオへの移動は、電話番号の移転ではありません。電話番号を現在のWhatsAppビジネスアカウントから削除し、新しいビジネスポートフォリオで追加し直します。その間はメッセージを送信できず、メッセージテンプレートの作成と表示名の審査もやり直しになります。',
      answer: 'いいえ、別のビジネスポートフォリオに移ります',
    },
    'app-coexistence': {
      title: 'WhatsApp Businessアプリを使い続けながら{{provider}}に接続する',
      description:
        '電話番号はWhatsApp Businessアプリに残したまま{{provider}}にも接続されるため、どちらからでも返信できます。接続はアプリで承認し、チャット履歴を共有するかどうかを選べます。',
      answer: 'はい、スマートフォンのアプリも使い続けます',
    },
    'app-full-move': {
      title: 'WhatsApp Businessアプリから{{provider}}へ電話番号を移転する',
      description:
        'スマートフォンのWhatsApp Businessアプリのアカウントを削除してから、電話番号を{{provider}}に追加します。アプリのチャットは移転されません。',
      answer: 'いいえ、{{provider}}だけで使います',
    },
    'waba-reshare': {
      title: '所有するWABAの共有先を現在のプロバイダーから{{provider}}に切り替える',
      description:
        'お客様が所有するWhatsAppビジネスアカウント（WABA）を、そのまま{{provider}}へ移します。電話番号の再認証は不要です。ただし、共有してから、{{provider}}がクレジットラインを共有した翌月の1日まで、メッセージを送信できません。',
      answer:
        'はい、WhatsAppビジネスアカウントもそのままで、共有先を{{provider}}に切り替えます（翌月1日までメッセージを送信できません）',
    },
    'mps-migration': {
      title: 'マルチパートナーソリューションから{{provider}}へ電話番号を移転する',
      description:
        '{{provider}}からお客様のビジネスに移転のリクエストが届くので、Metaビジネススイートで承認します。電話番号の再認証は不要なため、移転中も電話番号は使用できます。',
    },
    'embedded-signup-migration': {
      title: 'Metaの登録画面で別のBSPから{{provider}}へ電話番号を移転する',
      description:
        '別のビジネスソリューションプロバイダー（BSP）で使用している電話番号を、{{provider}}が開くMetaの登録画面で、同じビジネスポートフォリオの新しいWhatsAppビジネスアカウントへ移転します。{{provider}}が電話番号を登録するまで、現在のBSPで引き続き使用できます。',
      answer: 'はい、同じビジネスポートフォリオの新しいWhatsAppビジネスアカウントに移します',
    },
    'programmatic-migration': {
      title: '別のBSPからの電話番号の移転を{{provider}}に任せる',
      description:
        '{{provider}}が作成・所有し、お客様のビジネスのためにメッセージを送信するWhatsAppビジネスアカウントへ、電話番号を移転します。お客様は現在のBSPで2要素認証を解除し、Metaから届く確認コードを{{adminCentre}}で入力します。それ以外の作業は{{provider}}が行います。{{provider}}が所有するWhatsAppビジネスアカウントは、後から別のプロバイダーと共有することはできません。',
      answer: 'はい、同じビジネスのまま、{{provider}}が作成・所有するWhatsAppビジネスアカウントに移します',
    },
  },
  step: {
    'check-requirements': {
      title: '要件を確認する',
      description: '移転を始める前に、以下の要件を満たしているかご確認ください。',
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
        '{{adminCentre}}で「{{channelSetupGuide}}」の手順に従ってください。MetaからSMSまたは音声通話で6桁の確認コードが届きます。この移行手順についてご不明な点がございましたら、{{support}}までお問い合わせください。',
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
      title: '{{support}}の2要素認証の解除を待つ',
      description: '{{support}}が電話番号の2要素認証を解除し、完了をお知らせします。',
      howToComplete: '{{support}}から2要素認証を解除したと連絡があったら、この手順を完了にしてください。',
    },
    'connect-new-bsp': {
      title: '移転先のBSPで電話番号を接続する',
      description:
        '移転先のビジネスソリューションプロバイダーの手順に従って電話番号を接続してください。MetaからSMSまたは音声通話で6桁の確認コードが届きます。',
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
        title: '{{adminCentre}}で削除しましたか？',
        body: 'インテグレーションを削除すると、電話番号はオフラインになります。次の手順でチャネルを追加し直すまで、顧客はWhatsAppで連絡できません。',
        accept: 'はい、削除しました',
        cancel: 'まだ削除していません',
      },
    },
    'connect-business-app': {
      title: '{{provider}}でWhatsApp Businessアプリの電話番号を接続する',
      description:
        '{{adminCentre}}でWhatsAppチャネルの追加を始め、既存のWhatsApp Businessアプリの電話番号を接続する方法を選択してください。Metaの登録画面でビジネスポートフォリオを選択して電話番号を入力したら、スマートフォンのWhatsApp Businessアプリを開いて接続を承認し、チャット履歴を共有するかどうかを選択してください。',
      howToComplete: '{{adminCentre}}で電話番号が接続済みと表示されたら、この手順を完了にしてください。',
    },
    'delete-app-account': {
      title: 'スマートフォンのWhatsApp Businessアプリのアカウントを削除する',
      description:
        'スマートフォンのWhatsApp Businessアプリで、この電話番号のアカウントを削除してください。残しておきたい内容は、先にバックアップしてください。',
      howToComplete: 'アプリでアカウントを削除したら、この手順を完了にしてください。',
      confirm: {
        title: 'アプリのアカウントを削除しましたか？',
        body: 'アカウントを削除すると、アプリのチャットは削除され、{{provider}}には移転されません。電話番号が使用できるようになるまで、最大3分かかることがあります。',
        accept: 'はい、削除しました',
        cancel: 'まだ削除していません',
      },
    },
    'add-app-number': {
      title: '{{provider}}で電話番号を追加する',
      description:
        'アプリのアカウントを削除してから最大3分待ってください。その後、{{adminCentre}}で「{{channelSetupGuide}}」の手順に従い、Metaの登録画面（埋め込みサインアップ）でビジネスポートフォリオを選択し、電話番号と使用したい表示名を入力して、SMSまたは音声通話で届く6桁の確認コードを入力してください。',
      howToComplete: '{{adminCentre}}で電話番号が接続済みと表示されたら、この手順を完了にしてください。',
    },
    'note-templates': {
      title: 'メッセージテンプレートを控えておく',
      description:
        'メッセージテンプレートは新しいビジネスポートフォリオには移りません。作成し直せるように、使用しているテンプレートごとに名前、言語、カテゴリ、本文を控えておいてください。',
      howToComplete: '必要なテンプレートをすべて控えたら、この手順を完了にしてください。',
    },
    'remove-number-from-old-waba': {
      title: '現在のWhatsAppビジネスアカウントから電話番号を削除する',
      description:
        '電話番号と、その電話番号のWhatsAppビジネスアカウントを削除するか、現在のBSPに削除を依頼してください。未払いの残高があるために削除できない場合は、現在のBSPまたはMetaのダイレクトサポートに解消してもらう必要があります。',
      howToComplete: '電話番号が削除されたら、この手順を完了にしてください。',
      confirm: {
        title: '電話番号を削除しましたか？',
        body: '電話番号を削除すると、新しいビジネスポートフォリオで追加し直すまで、WhatsAppでメッセージを送受信できなくなります。',
        accept: 'はい、削除しました',
        cancel: 'まだ削除していません',
      },
    },
    'connect-in-new-portfolio': {
      title: '新しいビジネスポートフォリオで電話番号を追加する',
      description:
        '削除してから約5分待ってください。その後、{{adminCentre}}で「{{channelSetupGuide}}」の手順に従い、Metaの登録画面で新しいビジネスポートフォリオを選択してください。MetaからSMSまたは音声通話で6桁の確認コードが届きます。',
      howToComplete: '{{adminCentre}}で電話番号が接続済みと表示されたら、この手順を完了にしてください。',
    },
    'recreate-templates': {
      title: 'メッセージテンプレートを作成し直す',
      description: '控えておいたテンプレートを作成し、審査に提出してください。表示名も改めて審査されます。',
      howToComplete: 'テンプレートが承認されたら、この手順を完了にしてください。',
    },
    'end-old-subscription': {
      title: '以前のプロバイダーとの契約を終了する',
      description:
        '{{provider}}で電話番号が使用できるようになったら、以前のプロバイダーで電話番号のサブスクリプションを解約してください。解約しないと請求が続くことがあります。未使用の残高があれば返金を依頼してください。移転前に配信されたメッセージは、以前のプロバイダーから請求されます。',
      howToComplete: '解約が完了したら、この手順を完了にしてください。',
    },
    'run-embedded-signup': {
      title: 'Metaの登録画面で電話番号を移転する',
      description:
        '{{adminCentre}}でWhatsAppチャネルの追加を始めると、Metaの登録画面（埋め込みサインアップ）が開きます。電話番号が現在所属しているビジネスポートフォリオを選択し、新しいWhatsAppビジネスアカウントを作成して、電話番号と現在の表示名を入力してください。SMSまたは音声通話で届く6桁の確認コードを入力します。',
      howToComplete: 'Metaの登録画面で完了と表示されたら、この手順を完了にしてください。',
    },
    'provider-completes-setup': {
      title: '{{provider}}が設定を完了する',
      description:
        '{{provider}}が新しいWhatsAppビジネスアカウントにクレジットラインを共有し、メッセージの受信を設定して、電話番号を登録します。それまでは、現在のBSPで引き続き電話番号を使用できます。',
      howToComplete: '{{adminCentre}}で電話番号が接続済みと表示されたら、この手順を完了にしてください。',
    },
    'provider-starts-migration': {
      title: '{{provider}}が移転を開始する',
      description:
        '{{provider}}が、お客様のビジネスのために運用しているWhatsAppビジネスアカウントへの電話番号の移転をMetaに申請します。現在のBSPでは引き続き電話番号を使用できます。',
      howToComplete: '{{provider}}から移転開始の連絡があったら、この手順を完了にしてください。',
    },
    'enter-verification-code': {
      title: '確認コードを入力する',
      description:
        'MetaからSMSまたは音声通話で6桁の確認コードが届きます。{{adminCentre}}の{{provider}}の入力欄に入力してください。確認コードは他の人に教えないでください。',
      howToComplete: '{{provider}}で確認コードが確認されたら、この手順を完了にしてください。',
    },
    'provider-registers-number': {
      title: '{{provider}}が電話番号を登録する',
      description:
        '{{provider}}が電話番号をMetaに登録し、新しい2要素認証PINを設定します。以降、メッセージは{{provider}}を通じて送受信されます。',
      howToComplete: '{{adminCentre}}で電話番号が接続済みと表示されたら、この手順を完了にしてください。',
    },
    'reshare-waba': {
      title: 'WhatsAppビジネスアカウントを{{provider}}と共有する',
      description:
        'Metaビジネスマネージャで、現在のプロバイダーのWhatsAppビジネスアカウントへのアクセスを削除してください。その後、{{adminCentre}}でWhatsAppチャネルの追加を始め、Metaの登録画面で既存のWhatsAppビジネスアカウントを選択してください。',
      howToComplete: 'アカウントを{{provider}}と共有したら、この手順を完了にしてください。',
      confirm: {
        title: 'アカウントを{{provider}}と共有しましたか？',
        body: '共有してから、{{provider}}がクレジットラインを共有した翌月の1日まで、この電話番号からメッセージを送信できません。',
        accept: 'はい、共有しました',
        cancel: 'まだ共有していません',
      },
    },
    'provider-shares-credit-line': {
      title: '{{provider}}がクレジットラインを共有する',
      description:
        '{{provider}}がお客様のWhatsAppビジネスアカウントにクレジットラインを共有します。メッセージの送信は翌月の1日から再開されます。',
      howToComplete: 'メッセージを再び送信できるようになったら、この手順を完了にしてください。',
    },
    'provider-requests-migration': {
      title: '{{provider}}が移転のリクエストを送信する',
      description:
        '{{provider}}が、マルチパートナーソリューションからのWhatsAppビジネスアカウントの移転をMetaに申請します。リクエストはMetaからお客様のビジネスに届きます。',
      howToComplete: '{{provider}}からリクエスト送信の連絡があったら、この手順を完了にしてください。',
    },
    'accept-migration-request': {
      title: 'Metaビジネススイートでリクエストを承認する',
      description:
        'Metaビジネススイートで「ビジネス設定」＞「リクエスト」＞「受信済み」を開き、{{provider}}からのリクエストを承認してください。{{provider}}がMetaの登録画面を開いた場合は、そこで承認してください。',
      howToComplete: '{{provider}}でリクエストが承認済みと表示されたら、この手順を完了にしてください。',
    },
  },
  warning: {
    'number-goes-offline': 'インテグレーションを削除すると、電話番号がオフラインになります。',
    'same-business':
      '新しいWhatsAppビジネスアカウントは、電話番号が現在所属しているアカウントと同じビジネスのものである必要があります。異なる場合、Metaは移転を受け付けません。',
    'coexistence-throughput':
      'アプリとAPIの両方で使用する電話番号は、1秒あたり最大20件までしかメッセージを送信できません。',
    'coexistence-one-portfolio':
      'アプリの電話番号のために作成されるWhatsAppビジネスアカウントには、この電話番号しか追加できず、後から別のビジネスポートフォリオに移すこともできません。',
    'app-chats-lost': 'アプリでアカウントを削除すると、チャットは削除され、移転されません。',
    'number-stops-sending': '電話番号を削除してから追加し直すまで、メッセージを送受信できません。',
    'reshare-blackout':
      'アカウントを共有してから、{{provider}}がクレジットラインを共有した翌月の1日まで、メッセージを送信できません。',
    'credit-line-dates':
      'クレジットラインは、月末の3日間と月初めの4日間には共有できません。この期間を避けて移転を計画してください。',
    'identity-must-match':
      '現在使用しているMetaビジネスマネージャのIDと表示名を使用してください。異なるIDや表示名を使用するとエラーとなり、移転を完了できません。',
  },
  wait: {
    'code-delivery': '確認コードが届くまでに数分かかることがあります。',
    'number-released': 'アカウントを削除してから電話番号が使用できるようになるまで、最大3分かかることがあります。',
    'after-removal': '削除してから約5分待ってから、電話番号を追加し直してください。',
    'template-review': 'Metaがテンプレートを1件ずつ審査します。所要時間は決まっていません。',
    'until-next-month': 'クレジットラインの共有後、翌月の1日からメッセージの送信が再開されます。',
    'until-two-step-off-confirmed': '解除を行う側によって異なり、決まっていません。',
    'template-duplication':
      '承認済みの高品質メッセージテンプレートは移転先のアカウントに複製されます。電話番号の登録後、複製が完了するまでしばらくかかることがあります。',
  },
  place: {
    'meta-business-manager': 'Metaビジネスマネージャを開く',
    'provider-admin-centre': '{{adminCentre}}を開く',
    'provider-setup-guide': '「{{channelSetupGuide}}」を読む',
    'two-step-verification-setting': 'Metaビジネスマネージャを開いてご自身で解除する',
  },
  placePath: {
    'two-step-verification-setting':
      'そのWABAを所有している場合のみ：WhatsAppマネージャで「アカウントツール」＞「電話番号」を開き、電話番号を選択して「2要素認証」タブから解除します。その後、ビジネスポートフォリオのメールアドレスに届くリンクから手続きを完了します。',
  },
  afterMove: {
    'two-step-verification-on':
      '電話番号の2要素認証が再び有効になっていることを確認し、PINはチーム内で確認できる場所に保管してください。',
    'update-ids':
      'WhatsAppビジネスアカウントID、電話番号ID、電話番号を保存しているシステムを、Metaに表示されているとおりに更新してください。',
    'check-templates': 'メッセージテンプレートが複製されたことを確認し、複製されなかったものは作成し直してください。',
    'test-messages': 'テストメッセージを送信し、返信も受信して、双方向でやり取りできることを確認してください。',
  },
  actor: {
    business: 'お客様',
    'current-bsp': '現在のBSP',
    provider: '{{provider}}',
    'provider-support': '{{support}}',
    meta: 'Meta',
  },
};

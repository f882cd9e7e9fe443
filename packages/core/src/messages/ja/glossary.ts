import type { MessageTree } from '../types';

export const glossary: MessageTree = {
  glossary: {
    'business-manager': {
      term: 'Metaビジネスマネージャ（FBM）',
      definition:
        '個人のFacebookプロフィールとは別に、Metaプラットフォーム上でビジネスを一元管理できるスペースです。FBMには https://business.facebook.com/ からアクセスできます。電話番号の移転では、現在の設定と同じMetaビジネスマネージャを使用してください。異なるMetaビジネスマネージャを使用するとエラーとなり、移転を完了できません。',
    },
    waba: {
      term: 'WhatsAppビジネスアカウント（WABA）',
      definition:
        'Metaビジネスマネージャ内のフォルダのようなもので、{{provider}}に追加したWhatsAppチャネル用の電話番号やメッセージテンプレートが保存されます。電話番号の移転とは、電話番号をあるWABAから別のWABAへ移すことです。',
    },
    'provider-hosted-waba': {
      term: '{{provider}}ホスティングWhatsAppビジネスアカウント',
      definition:
        '{{provider}}がホストするWABAです。{{provider}}ホスティングWABAに電話番号を登録している場合、MetaビジネスマネージャからそのWABAにはアクセスできません。電話番号をセルフホスティングWABAへ移転するとWABAのオーナーシップが確立され、インサイトツール、メッセージテンプレート、品質評価にアクセスできるようになります。',
    },
    'self-hosted-waba': {
      term: 'セルフホスティングWhatsAppビジネスアカウント',
      definition:
        'お客様が所有するWABAで、Metaビジネスマネージャ（FBM）からアクセスできます。お客様がセルフサービスの操作で電話番号を{{provider}}に追加し、WABAは{{provider}}と共有されます。',
    },
    bsp: {
      term: 'ビジネスソリューションプロバイダー（BSP）',
      definition:
        'WhatsApp Business APIへのアクセスやサポートを提供する、WhatsApp公認のサードパーティ企業です。企業はBSPを介してWhatsApp Business APIを利用します。たとえば、{{provider}}にWhatsAppの電話番号を追加すると、{{provider}}がBSPとなります。Metaのドキュメントでは「ソリューションパートナー」と呼ばれています。',
    },
    'two-step-verification-pin': {
      term: '2要素認証PIN（2FA PIN）',
      definition:
        'WhatsApp Business Platformに電話番号を登録する際に設定する6桁のPINです。移転の前に、電話番号を現在管理している側（WABAの所有者または現在のBSP）が2要素認証を解除する必要があり、解除されるまで移転は完了しません。移転後は、あらためてPINを設定できます。',
    },
    'verification-code': {
      term: '確認コード',
      definition:
        '電話番号の所有者であることを確認するために、MetaがSMSまたは音声通話で送信する6桁のコードです。2要素認証PINとは別のもので、有効期間は短時間です。短期間に何度もリクエストすると電話番号が制限されることがあるため、リクエストは{{codeLimit}}回までとすることをお勧めします。',
    },
    'embedded-signup': {
      term: '埋め込みサインアップ（Embedded Signup）',
      definition:
        'WhatsAppの電話番号を接続するためのMetaの登録フローで、プロバイダーがポップアップウィンドウで表示します。電話番号の移転では、このフローで新しいWABAが作成されてお客様のビジネスに紐づけられ、プロバイダーにアクセス権が付与されます。フローでは電話番号とその表示名を入力し、確認コードで電話番号を認証します。',
    },
    'display-name': {
      term: '表示名',
      definition:
        'WhatsAppで電話番号に表示されるビジネス名で、Metaの審査・承認を受けます。電話番号を移転できるのは、表示名が承認済みで、審査中の変更がない場合に限られます。また、移転の際は現在の設定と同じ表示名を使用する必要があります。',
    },
    'quality-rating': {
      term: '品質評価',
      definition:
        'Metaによる電話番号の評価で、電話番号を移転してもそのまま引き継がれます。メッセージテンプレートには別の品質評価があり、こちらは引き継がれません。',
    },
    'messaging-limit': {
      term: 'メッセージ送信制限',
      definition:
        '送信できるメッセージ数にMetaが設ける上限で、250件、2,000件、10,000件、100,000件、無制限と段階的に引き上げられます。2025年10月7日からは、電話番号ごとではなくビジネスポートフォリオ全体に適用されます。上限が引き上げられる段階で、Metaが表示名を審査します。',
    },
    'official-business-account': {
      term: '公式ビジネスアカウント（OBA）',
      definition:
        'WhatsAppのビジネス用電話番号に付与されるステータスで、青いチェックマークで示されます。このステータスは電話番号に紐づいており、移転後もそのまま引き継がれます。',
    },
    'message-template': {
      term: 'メッセージテンプレート',
      definition:
        'Metaの審査・承認を受けてから送信できるメッセージのひな形で、WABAに保存されます。ビジネス認証が完了していないビジネスポートフォリオでは、1つのWABAに保存できるテンプレートは250件までです（認証済みで表示名が承認されている場合は、より多く保存できます）。電話番号を移転すると、承認済みの高品質メッセージテンプレートが移転先のWABAに複製されます。',
    },
  },
};

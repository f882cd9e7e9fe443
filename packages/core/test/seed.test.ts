import { describe, expect, it } from 'vitest';
import { NUMBER_LOCATIONS, REQUIREMENTS, SCENARIOS, type Scenario, TROUBLESHOOTING_ENTRIES } from '../src';
import { en, ja } from '../src/messages';
import { CARRY_OVER_ITEMS, GLOSSARY_TERMS } from '../src/reference';

/**
 * The seed article (Z1), statement by statement: where a person reads each one. `path` is the path on which
 * the record that carries it is shown; `anywhere` marks what the guide shows on every path (the glossary, the
 * troubleshooting panel). `ja` is a phrase of the seed's sentence that the Japanese text keeps.
 */
const SEED: readonly {
  readonly statement: string;
  readonly key: string;
  readonly path: string | 'anywhere';
  readonly ja: string;
}[] = [
  // Opening
  {
    statement: '別のBSPからZendeskに移転する場合',
    key: 'scenario.bsp-to-provider.title',
    path: 'bsp-to-provider',
    ja: '別のBSPから',
  },
  {
    statement: 'Zendeskから別のBSPに移転する場合',
    key: 'scenario.provider-to-bsp.title',
    path: 'provider-to-bsp',
    ja: '別のBSPへ',
  },
  {
    statement:
      '管理センターでWhatsAppセルフサービスフローを導入する前にWhatsAppの電話番号を接続していた場合に役立ちます',
    key: 'scenario.bsp-to-provider.description',
    path: 'bsp-to-provider',
    ja: 'セルフサービスフローを導入する前に',
  },
  {
    statement:
      'WABAのオーナーシップが確立され、インサイトツール、メッセージテンプレート、電話番号の品質評価へのアクセスが可能になります',
    key: 'scenario.bsp-to-provider.description',
    path: 'bsp-to-provider',
    ja: 'インサイトツール、メッセージテンプレート、電話番号の品質評価',
  },
  {
    statement: '電話番号の表示名…はそのまま引き継がれます',
    key: 'carryOver.display-name.title',
    path: 'bsp-to-provider',
    ja: '表示名',
  },
  {
    statement: '品質評価…はそのまま引き継がれます',
    key: 'carryOver.quality-rating.title',
    path: 'bsp-to-provider',
    ja: '品質評価',
  },
  {
    statement: 'メッセージ送信制限…はそのまま引き継がれます',
    key: 'carryOver.messaging-limit.title',
    path: 'bsp-to-provider',
    ja: 'メッセージ送信制限',
  },
  {
    statement: '公式ビジネスアカウントのステータス…はそのまま引き継がれます',
    key: 'carryOver.official-business-account.title',
    path: 'bsp-to-provider',
    ja: '公式ビジネスアカウント',
  },
  {
    statement: '承認済みの高品質メッセージテンプレートはそのまま引き継がれます',
    key: 'carryOver.approved-templates.title',
    path: 'bsp-to-provider',
    ja: '承認済みの高品質メッセージテンプレート',
  },
  // 主な用語
  {
    statement: 'Metaビジネスマネージャ(FBM):…https://business.facebook.com/ からアクセスできます',
    key: 'glossary.business-manager.definition',
    path: 'anywhere',
    ja: 'https://business.facebook.com/',
  },
  { statement: 'WhatsAppビジネスアカウント(WABA)', key: 'glossary.waba.term', path: 'anywhere', ja: 'WABA' },
  {
    statement: 'ZendeskホスティングWABAに…登録しているお客様は、FBMからWABAにアクセスすることはできません',
    key: 'location.provider-hosted-waba.hint',
    path: 'hosted-to-self-hosted',
    ja: 'アクセスできません',
  },
  {
    statement: '既存のZendeskのお客様のみに適用されます',
    key: 'location.provider-hosted-waba.hint',
    path: 'hosted-to-self-hosted',
    ja: '既存の{{provider}}のお客様のみに適用されます',
  },
  {
    statement: 'セルフホスティングWhatsAppビジネスアカウント:お客様が所有するWABA',
    key: 'glossary.self-hosted-waba.definition',
    path: 'anywhere',
    ja: 'お客様が所有するWABA',
  },
  {
    statement:
      'Zendeskサブドメインに追加された…電話番号は、WhatsApp Business APIプラットフォームに登録された電話番号です',
    key: 'location.this-provider.hint',
    path: 'provider-to-bsp',
    ja: 'WhatsApp Business APIプラットフォームに登録された電話番号です',
  },
  // 要件
  {
    statement: 'SMSまたは音声通話で、Metaが要求する6桁の認証PINを受信できる',
    key: 'requirement.receive-verification-code.title',
    path: 'bsp-to-provider',
    ja: '確認コード',
  },
  {
    statement: '国際電話やSMSメッセージを受信できる',
    key: 'requirement.international-reception.title',
    path: 'bsp-to-provider',
    ja: '国際電話やSMS',
  },
  {
    statement: 'IVR(音声自動応答)システムが無効化',
    key: 'requirement.ivr-disabled.title',
    path: 'bsp-to-provider',
    ja: 'IVR',
  },
  {
    statement: 'Zendeskインスタンスの管理者権限',
    key: 'requirement.provider-admin.title',
    path: 'bsp-to-provider',
    ja: '管理者',
  },
  {
    statement: 'Metaビジネスマネージャの管理者権限',
    key: 'requirement.meta-business-admin.title',
    path: 'bsp-to-provider',
    ja: 'Metaビジネスマネージャの管理者',
  },
  // 別のBSPからZendeskへ
  {
    statement:
      '現在利用しているビジネスソリューションプロバイダーに…2要素認証PINを非アクティブにするリクエストを提出します',
    key: 'step.current-bsp-disables-two-step.description',
    path: 'bsp-to-provider',
    ja: '2要素認証（2FA PIN）の解除を依頼してください',
  },
  {
    statement: 'この手順を終えるまで、電話番号の移転は完了しません',
    key: 'step.current-bsp-disables-two-step.description',
    path: 'bsp-to-provider',
    ja: '移転は完了しません',
  },
  {
    statement: '(リクエストを提出するのはお客様です)',
    key: 'actor.business',
    path: 'bsp-to-provider',
    ja: 'お客様',
  },
  {
    statement:
      '「エージェントワークスペースへのWhatsAppチャネルの追加」に記載されているセルフサービスによる操作に従って',
    key: 'step.add-whatsapp-channel.description',
    path: 'bsp-to-provider',
    ja: '{{channelSetupGuide}}',
  },
  {
    statement: '現在のBSPで…使用しているMetaビジネスマネージャのIDと表示名を使用して下さい…エラーとなり',
    key: 'warning.identity-must-match',
    path: 'bsp-to-provider',
    ja: '異なるIDや表示名を使用するとエラーとなり',
  },
  {
    statement: 'この移行手順についてご不明な点がございましたら、Zendeskカスタマーサポートまでお問い合わせ下さい',
    key: 'step.add-whatsapp-channel.description',
    path: 'bsp-to-provider',
    ja: 'ご不明な点がございましたら、{{support}}までお問い合わせください',
  },
  // Zendeskから別のBSPへ
  {
    statement: 'リクエストのタイトルを「Migrate WhatsApp number away from Zendesk」とし',
    key: 'step.request-migration-away.description',
    path: 'provider-to-bsp',
    ja: 'Migrate WhatsApp number away from {{provider}}',
  },
  {
    statement: '移行したいWhatsAppの電話番号をお知らせください',
    key: 'step.request-migration-away.description',
    path: 'provider-to-bsp',
    ja: '移転したい電話番号を記載してください',
  },
  {
    statement: '2要素認証が解除されたことを確認後',
    key: 'step.provider-disables-two-step.howToComplete',
    path: 'provider-to-bsp',
    ja: '2要素認証を解除したと連絡があったら',
  },
  {
    statement: '移転先BSPの手順に従ってWhatsAppの電話番号を新しいBSPに接続する',
    key: 'step.connect-new-bsp.description',
    path: 'provider-to-bsp',
    ja: '移転先のビジネスソリューションプロバイダーの手順に従って',
  },
  // ZendeskホスティングWABAからセルフホスティングWABAへ (said before the path starts)
  {
    statement: 'この移転作業中に、WhatsAppの電話番号が一時的に利用できなくなることがあります',
    key: 'scenario.hosted-to-self-hosted.description',
    path: 'hosted-to-self-hosted',
    ja: '一時的に利用できなくなることがあります',
  },
  {
    statement: 'Zendeskカスタマーサポートに連絡し…2要素認証(2FA)の解除を依頼します',
    key: 'step.request-two-step-off.description',
    path: 'hosted-to-self-hosted',
    ja: '2要素認証（2FA）の解除を依頼してください',
  },
  {
    statement: 'インテグレーションを削除します。これにより、電話番号がオフラインになります',
    key: 'warning.number-goes-offline',
    path: 'hosted-to-self-hosted',
    ja: 'オフラインになります',
  },
  {
    statement: '管理センターでWhatsAppの電話番号の横にあるオプションメニューをクリックし、「削除」を選択します',
    key: 'step.remove-integration.description',
    path: 'hosted-to-self-hosted',
    ja: 'オプションメニューをクリックし、「削除」を選択してください',
  },
  {
    statement: '「エージェントワークスペースへのWhatsAppチャネルのを追加」の手順に従います',
    key: 'step.add-whatsapp-channel.description',
    path: 'hosted-to-self-hosted',
    ja: '{{channelSetupGuide}}',
  },
  // トラブルシューティング
  {
    statement: '確認コードの受信リクエストは3回までとすることをお勧めします',
    key: 'troubleshooting.too-many-code-requests.actions.limit-requests',
    path: 'anywhere',
    ja: '{{codeLimit}}回まで',
  },
  {
    statement: '約8時間置いてから再度お試し下さい',
    key: 'troubleshooting.too-many-code-requests.wait',
    path: 'anywhere',
    ja: '約{{codeWaitHours}}時間置いてから',
  },
  {
    statement: '移転条件を満たしているかどうかをご確認ください',
    key: 'troubleshooting.too-many-code-requests.actions.check-requirements',
    path: 'anywhere',
    ja: '移転の要件を満たしているかどうかをご確認ください',
  },
  {
    statement: 'それでも問題が解決しない場合は、お問い合わせください',
    key: 'troubleshooting.too-many-code-requests.escalation',
    path: 'anywhere',
    ja: 'お問い合わせください',
  },
  {
    statement: 'Zendeskでは、Metaによってブロックまたは禁止された…の解除をすることはできません',
    key: 'troubleshooting.banned-by-meta.escalation',
    path: 'anywhere',
    ja: '解除できません',
  },
  {
    statement: 'ただし、お客様に代わってMetaに要請することは可能です',
    key: 'requirement.not-banned.description',
    path: 'bsp-to-provider',
    ja: 'お客様に代わってMetaに要請することは可能です',
  },
];

/** Every key a person can read on a path: the path, its places and question, its steps, requirements, lists. */
function keysOnPath(path: Scenario): Set<string> {
  const requirementIds = new Set(path.steps.flatMap((s) => s.requirements));
  const places = NUMBER_LOCATIONS.filter((l) => l.id === path.from || l.id === path.to);
  return new Set(
    [
      path.titleKey,
      path.descriptionKey,
      ...(path.choice ? [path.choice.questionKey, path.choice.hintKey, path.choice.answerKey] : []),
      ...places.flatMap((l) => [l.fromKey, l.toKey, l.hintKey]),
      ...path.steps.flatMap((s) => [
        s.titleKey,
        s.descriptionKey,
        s.howToCompleteKey,
        ...(s.confirmation ? Object.values(s.confirmation) : []),
        ...s.warnings.map((w) => w.messageKey),
        ...s.waits.map((w) => w.messageKey),
        ...s.actors.map((a) => `actor.${a}`),
      ]),
      ...REQUIREMENTS.filter((r) => requirementIds.has(r.id)).flatMap((r) => [
        r.titleKey,
        r.descriptionKey,
        r.attestationKey,
      ]),
      ...(path.carryOver ?? CARRY_OVER_ITEMS).flatMap((c) => [c.titleKey, c.detailKey]),
    ].filter((key): key is string => key !== undefined),
  );
}

/** What the guide shows whatever the path: the glossary and the troubleshooting panel. */
const ANYWHERE = new Set(
  [
    ...GLOSSARY_TERMS.flatMap((g) => [g.termKey, g.definitionKey]),
    ...TROUBLESHOOTING_ENTRIES.flatMap((e) => [
      e.titleKey,
      e.symptomKey,
      e.causeKey,
      ...e.actionKeys,
      e.wait?.messageKey,
      e.escalation?.messageKey,
    ]),
  ].filter((key): key is string => key !== undefined),
);

const textAt = (tree: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe('the seed, sentence by sentence (Z1)', () => {
  it.each(SEED)('$statement → $key', ({ key, path, ja: phrase }) => {
    expect(typeof textAt(en, key), `en ${key}`).toBe('string');
    expect(textAt(ja, key), `ja ${key}`).toEqual(expect.stringContaining(phrase));
    const seen = path === 'anywhere' ? ANYWHERE : keysOnPath(SCENARIOS.find((s) => s.id === path) as Scenario);
    expect(seen.has(key), `${key} is read on ${path}`).toBe(true);
  });

  it("keeps the seed's three paths first, in the seed's order", () => {
    expect(SCENARIOS.slice(0, 3).map((s) => s.id)).toEqual([
      'bsp-to-provider',
      'provider-to-bsp',
      'hosted-to-self-hosted',
    ]);
  });

  it('lists the business as an actor where the business sends the request', () => {
    const first = SCENARIOS.find((s) => s.id === 'bsp-to-provider')?.steps[1];
    expect(first?.id).toBe('current-bsp-disables-two-step');
    expect(first?.actors).toEqual(['business', 'current-bsp']);
  });

  it('keeps the typed identity check only where the seed states it, and says it is a self-check', () => {
    const withIdentity = SCENARIOS.filter((s) =>
      s.steps.some((step) => step.requirements.includes('same-business-manager')),
    ).map((s) => s.id);
    expect(withIdentity).toEqual(['bsp-to-provider']);
    expect(textAt(en, 'requirement.same-business-manager.description')).toContain('check for yourself');
    expect(textAt(ja, 'requirement.same-business-manager.description')).toContain('ご自身で確認する');
  });

  it('says the number may be briefly unavailable before the path starts, not after it is offline', () => {
    const hosted = SCENARIOS.find((s) => s.id === 'hosted-to-self-hosted') as Scenario;
    const warnings = hosted.steps.flatMap((s) => s.warnings.map((w) => w.id));
    expect(warnings).not.toContain('briefly-unavailable');
    expect(textAt(ja, hosted.descriptionKey)).toContain('一時的に利用できなくなる');
  });
});

import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createMigration,
  defineLocation,
  defineScenario,
  defineStep,
  defineTroubleshootingEntry,
  type KnowledgeOptions,
  memoryStorage,
  NUMBER_LOCATIONS,
  SCENARIOS,
  TROUBLESHOOTING_ENTRIES,
} from '@wamigrate/core';
import { meetRequirements } from '@wamigrate/core/testing';
import { describe, expect, it } from 'vitest';
import { MigrationGuide, type Translations } from '../src';

/**
 * A host's own records, from the host side only: the core's builders and lists, and the guide's
 * `knowledge` and `translations` props. Nothing of the library is changed for them.
 */

const hostEngine = (knowledge: KnowledgeOptions) => createMigration({ storage: memoryStorage(), knowledge });
const entryIds = () =>
  [...document.querySelectorAll('[data-scope="troubleshooting-panel"] [data-part="entry"]')].map((node) =>
    node.getAttribute('data-entry-id'),
  );

describe('a host troubleshooting entry for a Meta code the library has no entry for', () => {
  // 131049: Meta held a marketing message back to keep engagement healthy (M3).
  const entry = defineTroubleshootingEntry({
    id: 'acme-marketing-held-back',
    codes: [131049],
    actions: ['wait', 'send-fewer'],
    sources: ['M3'],
  });
  const knowledge = { troubleshooting: [...TROUBLESHOOTING_ENTRIES, entry] };
  const translations: Translations = {
    en: {
      troubleshooting: {
        'acme-marketing-held-back': {
          title: 'Meta held back a marketing message',
          symptom: 'Some customers stopped getting your marketing messages after the move.',
          cause: 'Meta limits how many marketing messages one person receives, to keep engagement healthy.',
          actions: {
            wait: 'Wait a day before you send this customer another marketing message.',
            'send-fewer': 'Send fewer marketing templates, and only to customers who asked for them.',
          },
        },
      },
    },
    ja: {
      troubleshooting: {
        'acme-marketing-held-back': {
          title: 'マーケティングメッセージが Meta によって配信されなかった',
          symptom: '移転後、一部のお客様にマーケティングメッセージが届かなくなった。',
          cause:
            'Meta は健全なエンゲージメントを保つため、1人のユーザーが受け取るマーケティングメッセージの数を制限しています。',
          actions: {
            wait: '同じお客様にマーケティングメッセージを送り直す前に、1日ほど時間をおいてください。',
            'send-fewer': 'マーケティングテンプレートの送信を減らし、受信を希望したお客様にだけ送ってください。',
          },
        },
      },
    },
  };

  it.each([
    { locale: 'en', label: 'Search by problem or error code', words: 'stopped getting', title: /held back/u },
    { locale: 'ja', label: '症状またはエラーコードで検索', words: '届かなくなった', title: /配信されなかった/u },
  ])('is found by its code and by a word of its symptom ($locale)', async ({ locale, label, words, title }) => {
    const user = userEvent.setup({ delay: null });
    render(<MigrationGuide knowledge={knowledge} translations={translations} locale={locale} />);
    const search = screen.getByRole('searchbox', { name: label });

    await user.type(search, '131049');
    expect(entryIds()).toEqual([entry.id]);
    expect(screen.getByRole('button', { name: title })).toHaveAttribute('aria-expanded', 'false');

    await user.clear(search);
    await user.type(search, words);
    expect(entryIds()).toEqual([entry.id]);
  });

  it('is opened by a reported error, not the unknown-code entry', () => {
    const migration = hostEngine(knowledge);
    render(<MigrationGuide migration={migration} translations={translations} locale="en" />);
    act(() => migration.send({ type: 'REPORT_ERROR', code: 131049 }));

    expect(migration.getSnapshot().troubleshooting.openEntryId).toBe(entry.id);
    const trigger = screen.getByRole('button', { name: 'Meta held back a marketing message' });
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(trigger.closest('[data-part="entry"]')).toHaveAttribute('data-reason', 'error-code');
    expect(entryIds()).not.toContain('unknown-error');
    const content = screen.getByRole('region', { name: 'Meta held back a marketing message' });
    expect(within(content).getByText('Error code: 131049')).toBeTruthy();
    expect(within(content).getByText(/Wait a day/u)).toBeVisible();
    migration.destroy();
  });
});

describe('a host scenario to a number location of its own', () => {
  const inbox = defineLocation('acme-inbox', ['Z1']);
  const scenario = defineScenario({
    id: 'bsp-to-acme-inbox',
    from: 'other-bsp',
    to: 'acme-inbox',
    sources: ['Z1'],
    steps: [
      defineStep({ id: 'acme-connect', sources: ['Z1'], requirements: ['phone-number', 'provider-admin'] }),
      defineStep({ id: 'acme-verify', sources: ['Z1'], prerequisites: ['acme-connect'] }),
    ],
  });
  const translations: Translations = {
    en: {
      location: { 'acme-inbox': { from: 'In Acme Inbox', to: 'To Acme Inbox' } },
      scenario: {
        'bsp-to-acme-inbox': {
          title: 'Move your number from another BSP to Acme Inbox',
          description: 'Your number is with another provider and you want to answer it in Acme Inbox.',
        },
      },
      step: {
        'acme-connect': {
          title: 'Connect the number to Acme Inbox',
          description: 'Start the connection in Acme Inbox.',
          howToComplete: 'Mark it as done once Acme Inbox shows the number.',
        },
        'acme-verify': {
          title: 'Verify the number',
          description: 'Enter the code Meta sends to the number.',
          howToComplete: 'Mark it as done once the number is verified.',
        },
      },
    },
  };

  it('is offered by the picker and can be walked to the end', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = hostEngine({
      scenarios: [...SCENARIOS, scenario],
      locations: [...NUMBER_LOCATIONS, inbox],
    });
    render(<MigrationGuide migration={migration} translations={translations} locale="en" />);

    await user.click(screen.getByRole('radio', { name: /^With another Business Solution Provider/u }));
    const to = screen.getByRole('group', { name: 'Where should it go?' });
    expect(within(to).getByRole('radio', { name: 'To Acme Inbox' })).not.toBeChecked();
    await user.click(within(to).getByRole('radio', { name: 'To Acme Inbox' }));
    expect(document.querySelector('[data-part="result"]')).toHaveTextContent(
      'Move your number from another BSP to Acme Inbox',
    );
    await user.click(screen.getByRole('button', { name: 'Start this move' }));
    expect(migration.getSnapshot().scenario?.id).toBe('bsp-to-acme-inbox');

    act(() => meetRequirements(migration));
    for (const step of scenario.steps) {
      await user.click(screen.getByRole('button', { name: 'Mark as done' }));
      expect(migration.getSnapshot().steps.find((s) => s.step.id === step.id)?.status).toBe('complete');
    }
    expect(migration.getSnapshot().isComplete).toBe(true);
    expect(document.querySelector('[data-scope="migration-guide"][data-part="root"]')).toHaveAttribute(
      'data-state',
      'complete',
    );
    migration.destroy();
  });
});

describe('two scenarios between the same two places', () => {
  const assisted = defineScenario({
    id: 'bsp-to-provider-assisted',
    from: 'other-bsp',
    to: 'this-provider',
    sources: ['Z1'],
    steps: [defineStep({ id: 'acme-assisted-move', sources: ['Z1'], requirements: ['phone-number'] })],
  });
  const translations: Translations = {
    en: {
      scenario: {
        'bsp-to-provider-assisted': {
          title: 'Have Acme move your number for you',
          description: 'Acme talks to your current provider and moves the number on your behalf.',
        },
      },
      step: {
        'acme-assisted-move': {
          title: 'Let Acme move the number',
          description: 'Acme asks your current provider to release the number.',
          howToComplete: 'Mark it as done once Acme confirms the move.',
        },
      },
    },
  };
  const question = () => screen.getByRole('group', { name: 'Which of these is your move?' });

  it('asks which of them it is, and each one can be started', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = hostEngine({ scenarios: [...SCENARIOS, assisted] });
    render(<MigrationGuide migration={migration} translations={translations} locale="en" />);

    await user.click(screen.getByRole('radio', { name: /^With another Business Solution Provider/u }));
    // One destination is taken without asking; the paths to it are not. The host's path has no question of
    // its own, so the paths are offered by title.
    expect(screen.getByRole('group', { name: 'Where should it go?' })).toHaveTextContent('To Zendesk');
    expect(
      within(question())
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['bsp-to-provider', 'waba-reshare', 'change-portfolio', 'bsp-to-provider-assisted']);
    const start = screen.getByRole('button', { name: 'Start this move' });
    expect(start).toBeDisabled();
    expect(document.querySelector('[data-part="result"]')).toHaveTextContent(
      'Answer the last question to see your path.',
    );

    await user.click(within(question()).getByRole('radio', { name: 'Have Acme move your number for you' }));
    expect(document.querySelector('[data-part="result"]')).toHaveTextContent('Acme talks to your current provider');
    await user.click(start);
    expect(migration.getSnapshot().scenario?.id).toBe('bsp-to-provider-assisted');

    await user.click(screen.getByRole('button', { name: 'Choose another kind of move' }));
    await user.click(screen.getByRole('radio', { name: /^With another Business Solution Provider/u }));
    await user.click(within(question()).getByRole('radio', { name: 'Move your number from another BSP to Zendesk' }));
    await user.click(screen.getByRole('button', { name: 'Start this move' }));
    expect(migration.getSnapshot().scenario?.id).toBe('bsp-to-provider');
    migration.destroy();
  });

  it('asks in Japanese too', async () => {
    const user = userEvent.setup({ delay: null });
    const migration = hostEngine({ scenarios: [...SCENARIOS, assisted] });
    render(<MigrationGuide migration={migration} locale="ja" />);
    await user.click(screen.getByRole('radio', { name: '他のビジネスソリューションプロバイダー（BSP）' }));
    expect(screen.getByRole('group', { name: 'どちらの移転にあてはまりますか？' })).toBeTruthy();
    expect(document.querySelector('[data-part="result"]')).toHaveTextContent(
      '最後の質問に答えると、移転の手順が表示されます。',
    );
    migration.destroy();
  });
});

import { describe, expect, it } from 'vitest';
import {
  createMigration,
  defineLocation,
  defineProviderProfile,
  defineScenario,
  defineStep,
  defineTroubleshootingEntry,
  type MigrationCommand,
  memoryStorage,
  NUMBER_LOCATIONS,
  REQUIREMENTS,
  SCENARIOS,
  TROUBLESHOOTING_ENTRIES,
  zendeskProfile,
} from '../src';
import {
  ANATOMIES,
  type ConnectEnv,
  clockTime,
  connect,
  connectChecklist,
  connectStepper,
  connectSupportRequest,
  FIELD_CHECKS,
  fieldIssues,
  parseErrorCode,
  stepperAnatomy,
} from '../src/connect';
import { en } from '../src/messages';
import { meetRequirements, walkTo } from '../src/testing';
import { HOUR, i18nFor, setup } from './helpers';

/** A view's environment as a Vue or plain-DOM port would build it: ids and a translate function. */
const env = (locale: 'en' | 'ja' = 'en'): ConnectEnv => {
  const i18n = i18nFor(locale);
  return { id: 'g1', locale, t: (key, values) => i18n.t(key, { ...values }) };
};

/** Records what the view model sends, and passes it on to the engine. */
function recorder(store: ReturnType<typeof setup>['store']) {
  const sent: MigrationCommand[] = [];
  const send = (command: MigrationCommand) => {
    sent.push(command);
    store.send(command);
  };
  return { sent, send };
}

describe('connect: the stepper', () => {
  it('says which actions each step shows, in words, and finds previous and next past locked steps', () => {
    const { store } = setup();
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'hosted-to-self-hosted' });
    const api = connect(store.getSnapshot(), store.send, env()).stepper;
    expect(api.state).toBe('in-progress');
    expect(api.current?.id).toBe('check-requirements');
    expect(api.current?.actions).toEqual(['complete']);
    expect(api.current?.canComplete).toBe(false);
    expect(api.current?.unmet.map((u) => u.id)).toContain('not-banned');
    expect(api.previous).toBeUndefined();
    expect(api.next).toBeUndefined();
    expect(api.getCompleteTriggerProps('check-requirements')).toMatchObject({
      type: 'button',
      'aria-disabled': true,
      'data-scope': 'migration-stepper',
      'data-part': 'complete-trigger',
      'data-state': 'current',
      'data-current': '',
    });
    expect(api.getItemProps('check-requirements')['aria-current']).toBe('step');
    expect(api.getHeadingProps('check-requirements')).toMatchObject({
      id: 'g1-check-requirements-heading',
      tabIndex: -1,
    });
  });

  it('turns a click into the command, unless the host prevented it, and explains a refusal', () => {
    const { store } = setup();
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    const { sent, send } = recorder(store);
    const props = connect(store.getSnapshot(), send, env()).stepper.getCompleteTriggerProps('check-requirements');
    (props.onClick as (e?: { defaultPrevented?: boolean }) => void)({ defaultPrevented: true });
    expect(sent).toEqual([]);
    (props.onClick as () => void)();
    expect(sent).toEqual([{ type: 'COMPLETE_STEP', stepId: 'check-requirements' }]);
    const after = connect(store.getSnapshot(), send, env()).stepper;
    expect(after.rejection?.rejection.reason).toBe('requirements-unmet');
    expect(after.rejection?.text).toBe(en.rejection['requirements-unmet']);
    expect(after.getRejectionProps()).toMatchObject({ role: 'status', 'data-reason': 'requirements-unmet' });
  });

  it('asks for confirmation before a step with a consequence, with the step’s own texts', () => {
    const { store } = setup();
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'hosted-to-self-hosted' });
    meetRequirements(store);
    walkTo(store, 'remove-integration');
    const { sent, send } = recorder(store);
    let asked = 0;
    const api = connect(store.getSnapshot(), send, env('ja')).stepper;
    const step = api.current;
    expect(step?.needsConfirmation).toBe(true);
    // The step's own question, asked after the act, with the profile's admin centre filled in.
    expect(step?.confirmation?.title).toBe('管理センターで削除しましたか？');
    const props = api.getCompleteTriggerProps('remove-integration', { requestConfirmation: () => asked++ });
    expect(props['aria-haspopup']).toBe('dialog');
    (props.onClick as () => void)();
    expect([asked, sent.length]).toEqual([1, 0]);
    (api.getConfirmAcceptProps('remove-integration').onClick as () => void)();
    expect(sent).toEqual([{ type: 'COMPLETE_STEP', stepId: 'remove-integration', confirmed: true }]);
  });

  it('names only parts its anatomy lists', () => {
    const { store } = setup();
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    const api = connect(store.getSnapshot(), store.send, env()).stepper;
    const getters = [
      api.getRootProps(),
      api.getListProps(),
      api.getPrevTriggerProps(),
      api.getNextTriggerProps(),
      api.getProgressProps(),
      api.getRejectionProps(),
      api.getCompletionProps(),
      ...api.steps.flatMap((s) => [
        api.getItemProps(s.id),
        api.getTriggerProps(s.id),
        api.getIndicatorProps(s.id),
        api.getStatusProps(s.id),
        api.getContentProps(s.id),
        api.getHeadingProps(s.id),
        api.getActionsProps(s.id),
        api.getSkipTriggerProps(s.id),
        api.getReopenTriggerProps(s.id),
      ]),
    ];
    for (const props of getters) expect(stepperAnatomy.parts).toContain(props['data-part']);
    expect(new Set(ANATOMIES.map((a) => a.scope)).size).toBe(ANATOMIES.length);
  });
});

describe('connect: reading ahead', () => {
  it('opens a locked step through the view, never through the engine, and only while it is locked', () => {
    const { store } = setup();
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    const opened: (string | null)[] = [];
    const read = (id: string | null) => opened.push(id);
    const stepper = (reading: string | null) =>
      connectStepper(store.getSnapshot(), store.send, env(), { reading, read });
    const before = store.getSnapshot();
    const api = stepper(null);
    expect(api.getTriggerProps('add-whatsapp-channel')).toMatchObject({ disabled: false });
    (api.getTriggerProps('add-whatsapp-channel').onClick as () => void)();
    expect(opened).toEqual(['add-whatsapp-channel']);
    expect(store.getSnapshot()).toBe(before);
    const reading = stepper('add-whatsapp-channel');
    expect(reading.shown?.id).toBe('add-whatsapp-channel');
    expect(reading.current?.id).toBe('check-requirements');
    expect(reading.shown?.actions).toEqual(['back']);
    expect(reading.shown?.note).toMatch(/^This step comes later/u);
    expect(reading.getContentProps('add-whatsapp-channel')).toMatchObject({ 'data-reading': '' });
    (reading.getBackTriggerProps('add-whatsapp-channel').onClick as () => void)();
    expect(opened).toEqual(['add-whatsapp-channel', null]);
    // A step that is not locked is never "read ahead": it is shown as what it is.
    expect(stepper('check-requirements').reading).toBeNull();
    // Without a view that keeps what is read, a locked step stays shut.
    expect(
      connectStepper(store.getSnapshot(), store.send, env()).getTriggerProps('add-whatsapp-channel'),
    ).toMatchObject({
      disabled: true,
    });
  });
});

describe('connect: what a step still waits for, beside its buttons', () => {
  it("counts down the step's own requirements in a polite live region, and says nothing for a step without any", () => {
    const { store } = setup();
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    const stepper = () => connect(store.getSnapshot(), store.send, env()).stepper;
    expect(stepper().current?.left).toBe('5 requirements left');
    expect(stepper().getLeftProps('check-requirements')).toMatchObject({ role: 'status', 'aria-live': 'polite' });
    store.send({ type: 'ATTEST', requirementId: 'not-banned', value: true });
    expect(stepper().current?.left).toBe('4 requirements left');
    meetRequirements(store);
    expect(stepper().current?.left).toBe('All 5 requirements of this step are met');
    expect(stepper().getLeftProps('check-requirements')['data-state']).toBe('complete');
    expect(stepper().steps.find((s) => s.id === 'verify-number-works')?.left).toBeNull();
    store.send({ type: 'COMPLETE_STEP', stepId: 'check-requirements' });
    expect(stepper().steps.find((s) => s.id === 'check-requirements')?.left).toBeNull();
  });
});

describe('connect: a request to the current BSP', () => {
  it("is the business's to address: no support address or contact page of the provider, its own heading", () => {
    const { store } = setup({
      profile: defineProviderProfile({ ...zendeskProfile, supportEmail: 'help@zendesk.example' }),
    });
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    const toBsp = connectSupportRequest(store.getSnapshot(), env('ja'), 'current-bsp-two-step-off');
    expect(toBsp.recipient).toBe('current-bsp');
    expect(toBsp.contactPage).toBeUndefined();
    expect(toBsp.mailto.startsWith('mailto:?')).toBe(true);
    expect(toBsp.texts.heading).toBe('現在のBSPへの依頼文の例');
    expect(toBsp.getRootProps()).toMatchObject({ 'data-recipient': 'current-bsp' });
    const toUs = connectSupportRequest(store.getSnapshot(), env('ja'), 'disable-two-step-verification');
    expect(toUs.recipient).toBe('provider');
    expect(toUs.mailto.startsWith('mailto:help@zendesk.example?')).toBe(true);
    expect(toUs.contactPage).toBe('https://support.zendesk.com/');
  });

  it('comes with every step that asks the current BSP to turn off two-step verification', () => {
    const steps = SCENARIOS.flatMap((s) => s.steps).filter((step) => step.id === 'current-bsp-disables-two-step');
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(step.supportRequest).toBe('current-bsp-two-step-off');
  });
});

describe('connect: the code request', () => {
  it('counts requests down, then gives the cool-down as a time and in words', () => {
    const { store, clock } = setup();
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'bsp-to-provider' });
    meetRequirements(store);
    walkTo(store, 'add-whatsapp-channel');
    for (let i = 0; i < 3; i++) store.send({ type: 'REQUEST_CODE' });
    const code = connect(store.getSnapshot(), store.send, env()).verificationCode;
    expect(code.blockedUntil).toBe(clock.now() + 8 * HOUR);
    expect(code.isBlocked(clock.now())).toBe(true);
    expect(code.remainingText(clock.now() + HOUR)).toContain('7 hours');
    expect(code.getRequestTriggerProps(clock.now()).disabled).toBe(true);
    expect(code.isBlocked(clock.now() + 8 * HOUR)).toBe(false);
  });
});

describe('connect: the picker', () => {
  const inbox = defineLocation('acme-inbox', ['M1']);
  const steps = [defineStep({ id: 'acme-only', requirements: ['phone-number'], sources: ['M1'] })];
  const ownPath = defineScenario({ id: 'acme-direct', from: 'other-bsp', to: 'this-provider', steps, sources: ['M1'] });
  const toInbox = defineScenario({ id: 'acme-inbox', from: 'other-bsp', to: 'acme-inbox', steps, sources: ['M1'] });

  it('builds its questions from the engine’s catalogue, a host’s location included', () => {
    const migration = createMigration({
      storage: memoryStorage(),
      knowledge: { scenarios: [...SCENARIOS, toInbox], locations: [...NUMBER_LOCATIONS, inbox] },
    });
    const t = (key: string) => key;
    const api = connect(migration.getSnapshot(), migration.send, { id: 'p', locale: 'en', t }).picker({
      from: 'other-bsp',
      to: null,
    });
    expect(api.questions.map((q) => q.id)).toEqual(['from', 'to']);
    expect(api.questions[1]?.options.map((o) => o.label)).toEqual([
      'location.this-provider.to',
      'location.acme-inbox.to',
    ]);
    expect(api.match).toBeNull();
    const chosen = connect(migration.getSnapshot(), migration.send, { id: 'p', locale: 'en', t }).picker(
      api.answer('to', 'acme-inbox'),
    );
    expect(chosen.match?.id).toBe('acme-inbox');
    expect(chosen.start()).toBe(true);
    expect(migration.getSnapshot().scenario?.id).toBe('acme-inbox');
  });

  it('asks a third question when two paths share both answers, so neither is unreachable', () => {
    const migration = createMigration({ storage: memoryStorage(), knowledge: { scenarios: [...SCENARIOS, ownPath] } });
    const t = (key: string) => key;
    const view = (answers: Parameters<ReturnType<typeof connect>['picker']>[0]) =>
      connect(migration.getSnapshot(), migration.send, { id: 'p', locale: 'en', t }).picker(answers);
    const both = view({ from: 'other-bsp', to: 'this-provider' });
    expect(both.match).toBeNull();
    expect(both.questions.map((q) => q.id)).toEqual(['from', 'to', 'scenario']);
    // A host's path without the library's question: the paths are offered by title under the general legend.
    const third = both.questions[2];
    expect(third?.options.map((o) => o.value)).toEqual([
      'bsp-to-provider',
      'waba-reshare',
      'change-portfolio',
      'acme-direct',
    ]);
    expect(third?.legend).toBe('ui.picker.question.scenario');
    expect(third?.options.map((o) => o.label)).toContain(ownPath.titleKey);
    expect(view(both.answer('scenario', 'acme-direct')).match?.id).toBe('acme-direct');
  });

  it("asks the paths' own third question, with its hint, when they share both places", () => {
    const { store } = setup();
    const view = (answers: Parameters<ReturnType<typeof connect>['picker']>[0]) =>
      connect(store.getSnapshot(), store.send, { id: 'p', locale: 'en', t: (key: string) => key }).picker(answers);
    const app = view({ from: 'whatsapp-business-app', to: null });
    const [, to, keep] = app.questions;
    // One destination: taken and shown, not asked.
    expect(to?.fixed).toBe(true);
    expect(app.answers.to).toBe('this-provider');
    expect(keep?.legend).toBe('choice.keep-app.question');
    expect(keep?.hint).toBe('choice.keep-app.hint');
    expect(keep?.options.map((o) => [o.value, o.label])).toEqual([
      ['app-coexistence', 'scenario.app-coexistence.answer'],
      ['app-full-move', 'scenario.app-full-move.answer'],
    ]);
    expect(view(app.answer('scenario', 'app-full-move')).match?.id).toBe('app-full-move');
    // A place a person may not recognise says how to tell it, and the radio is described by the hint.
    const from = app.questions[0];
    const hosted = from?.options.find((o) => o.value === 'provider-hosted-waba');
    expect(hosted?.hint).toBe('location.provider-hosted-waba.hint');
    const input = app.getOptionInputProps('from', 'provider-hosted-waba', { id: 'x', onAnswersChange: () => {} });
    expect(input['aria-describedby']).toBe(app.getOptionHintProps('from', 'provider-hosted-waba').id);
    expect(from?.options.find((o) => o.value === 'self-hosted-waba')).toBeUndefined();
  });

  it('never asks more than three questions, and every offered path is reachable', () => {
    const { store } = setup();
    const view = (answers: Parameters<ReturnType<typeof connect>['picker']>[0]) =>
      connect(store.getSnapshot(), store.send, { id: 'p', locale: 'en', t: (key: string) => key }).picker(answers);
    const offered = SCENARIOS.filter((s) => s.replaces === undefined);
    for (const path of offered) {
      const first = view({ from: path.from, to: path.to });
      expect(first.questions.length, path.id).toBeLessThanOrEqual(3);
      const answered = first.match ? first : view(first.answer('scenario', path.id));
      expect(answered.match?.id, path.id).toBe(path.id);
    }
  });

  it("offers a profile's alternative in place of the path it replaces", () => {
    const profile = defineProviderProfile({ ...zendeskProfile, paths: ['embedded-signup-migration', 'unknown-id'] });
    const { store } = setup({ profile });
    const picker = connect(store.getSnapshot(), store.send, { id: 'p', locale: 'en', t: (key: string) => key }).picker({
      from: 'other-bsp',
      to: 'this-provider',
    });
    // In the place of the path it stands in for, so the answers keep their order.
    expect(picker.questions[2]?.options.map((o) => o.value)).toEqual([
      'embedded-signup-migration',
      'waba-reshare',
      'change-portfolio',
    ]);
  });
});

describe('connect: troubleshooting', () => {
  it("lists the chosen path's likely problems first, in the path's order", () => {
    const { store } = setup();
    const view = () =>
      connect(store.getSnapshot(), store.send, { id: 't', locale: 'en', t: (key: string) => key }).troubleshooting('');
    expect(view().other[0]?.id).toBe(TROUBLESHOOTING_ENTRIES[0]?.id);
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'app-full-move' });
    const path = SCENARIOS.find((s) => s.id === 'app-full-move')?.troubleshooting ?? [];
    expect(path.length).toBeGreaterThan(0);
    expect(
      view()
        .other.slice(0, path.length)
        .map((e) => e.id),
    ).toEqual(path);
    expect(view().other).toHaveLength(TROUBLESHOOTING_ENTRIES.length);
  });

  const own = defineTroubleshootingEntry({
    id: 'acme-e131049',
    codes: [131049],
    actions: ['wait'],
    sources: ['M3'],
  });

  it('searches the engine’s own catalogue, so a host’s entry is found by code and by words', () => {
    const { store } = setup({ knowledge: { troubleshooting: [...TROUBLESHOOTING_ENTRIES, own] } });
    const t = (key: string) => (key === own.symptomKey ? 'Messages stopped after the move' : key);
    const view = (query: string) =>
      connect(store.getSnapshot(), store.send, { id: 't', locale: 'en', t }).troubleshooting(query);
    expect(view('#131049').other.map((e) => e.id)).toEqual(['acme-e131049']);
    expect(view('stopped after').other.map((e) => e.id)).toEqual(['acme-e131049']);
    store.send({ type: 'REPORT_ERROR', code: 131049, details: 'ecosystem' });
    const reported = view('');
    expect(reported.openEntryId).toBe('acme-e131049');
    expect(reported.suggested[0]?.error?.code).toBe('131049');
    expect(view('999999').other.map((e) => [e.id, e.code])).toEqual([['unknown-error', '999999']]);
  });

  it('puts into words only what is read: a listed entry asks for its title, its symptom for a search, its cause when shown', () => {
    const { store } = setup();
    const asked: string[] = [];
    const t = (key: string) => {
      asked.push(key);
      return `text of ${key}`;
    };
    const api = connect(store.getSnapshot(), store.send, { id: 't', locale: 'en', t }).troubleshooting('');
    const [first] = api.other;
    const entry = TROUBLESHOOTING_ENTRIES[0];
    if (!first || !entry) throw new Error('no entry');
    expect(asked).toContain(entry.titleKey);
    expect(asked).not.toContain(entry.symptomKey);
    expect(asked).not.toContain(entry.causeKey);
    expect(asked.filter((key) => entry.actionKeys.includes(key))).toEqual([]);
    // Read, it is the text, as a plain property, asked for once however often it is read.
    expect(first.cause).toBe(`text of ${entry.causeKey}`);
    expect(first.cause).toBe(`text of ${entry.causeKey}`);
    expect(asked.filter((key) => key === entry.causeKey)).toHaveLength(1);
    expect(first.actions.map((a) => a.key)).toEqual(entry.actionKeys);
    // A copy by its descriptors (as a view adds its ids) and a spread both read the same texts; so does a
    // frozen entry (a store that freezes what it keeps).
    const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(api.other[1]));
    expect({ ...copy }).toEqual({ ...api.other[1] });
    const frozen = Object.freeze(api.other[2]);
    expect(frozen?.actions.length).toBeGreaterThan(0);
    // A search reads every symptom.
    asked.length = 0;
    connect(store.getSnapshot(), store.send, { id: 't', locale: 'en', t }).troubleshooting('blocked');
    expect(asked).toContain(entry.symptomKey);
  });

  it('reads codes the way people type them', () => {
    expect(['2388001', '#133016', '(#133016)', '１３３０１６', ' 100 '].map(parseErrorCode)).toEqual([
      '2388001',
      '133016',
      '133016',
      '133016',
      '100',
    ]);
    expect(parseErrorCode('code 100')).toBeNull();
  });
});

describe('connect: the checklist', () => {
  const identity = REQUIREMENTS.find((r) => r.id === 'same-business-manager');
  it('checks each field with the validator the data names, then the identity rule', () => {
    if (!identity) throw new Error('no identity requirement');
    const checks = FIELD_CHECKS;
    expect(
      fieldIssues(identity, { currentBusinessManagerId: '', newBusinessManagerId: '' }, { checks, strict: false }),
    ).toEqual({});
    expect(
      Object.keys(
        fieldIssues(identity, { currentBusinessManagerId: '', newBusinessManagerId: '' }, { checks, strict: true }),
      ),
    ).toEqual(['currentBusinessManagerId', 'newBusinessManagerId']);
    const mismatch = fieldIssues(
      identity,
      { currentBusinessManagerId: '123456789012345', newBusinessManagerId: '123456789012346' },
      { checks, strict: false },
    );
    expect(Object.keys(mismatch)).toEqual(['newBusinessManagerId']);
    expect(
      fieldIssues(identity, { currentBusinessManagerId: 'abc', newBusinessManagerId: '1' }, { checks, strict: false })
        .currentBusinessManagerId?.code,
    ).toBeDefined();
  });

  it('lists requirements with their state in words and a checkbox that attests', () => {
    const { store } = setup();
    store.send({ type: 'SELECT_SCENARIO', scenarioId: 'provider-to-bsp' });
    const api = connect(store.getSnapshot(), store.send, env()).checklist;
    expect(api.groups.map((g) => g.id)).toEqual(['number', 'access', 'meta-rules']);
    const props = api.getAttestationCheckboxProps('not-banned', { id: 'c', messageId: 'm', refused: false });
    expect(props).toMatchObject({ type: 'checkbox', checked: false, 'data-part': 'attestation-checkbox' });
    (props.onChange as () => void)();
    expect(store.getSnapshot().requirements.find((r) => r.requirement.id === 'not-banned')?.status).toBe('met');
  });
});

describe('connect: the time a wait ends', () => {
  const at = new Date(2026, 11, 1, 15, 40).getTime();
  it("says the clock time in the guide's language, with the date when it is not today", () => {
    expect(clockTime(at, new Date(2026, 11, 1, 7, 40).getTime(), 'ja')).toBe('15:40');
    expect(clockTime(at, new Date(2026, 11, 1, 7, 40).getTime(), 'en-GB')).toBe('15:40');
    expect(clockTime(at, new Date(2026, 10, 30, 23, 0).getTime(), 'ja')).toMatch(/12月1日.*15:40/u);
  });

  it('falls back to English for a language tag Intl cannot use, instead of throwing', () => {
    expect(() => clockTime(at, at, 'not a tag')).not.toThrow();
    expect(clockTime(at, at, 'not a tag')).toMatch(/3:40/u);
  });
});

describe("connect: one step's checklist", () => {
  it('lists what the step waits for, in its order, counts only those, and confirms the statements at once', () => {
    const { store } = setup({ scenario: 'bsp-to-provider' });
    const { sent, send } = recorder(store);
    const step = SCENARIOS.find((s) => s.id === 'bsp-to-provider')?.steps.find((s) => s.id === 'add-whatsapp-channel');
    const whole = connect(store.getSnapshot(), send, env('en')).checklist;
    const own = () => connectChecklist(store.getSnapshot(), send, env('en'), { stepId: 'add-whatsapp-channel' });
    expect(own().items.map((i) => i.id)).toEqual(step?.requirements);
    expect(own().left).toBe(step?.requirements.length);
    expect(whole.left).toBeGreaterThan(own().left);
    // Typed requirements are not statements; the statements are confirmed together.
    const statements = own()
      .items.filter((i) => i.fields.length === 0)
      .map((i) => i.id);
    expect(own().toConfirm.map((i) => i.id)).toEqual(statements);
    own().confirmAll();
    expect(sent.filter((c) => c.type === 'ATTEST')).toHaveLength(statements.length);
    // What is left is the two typed pairs, and the count the live region carries says so.
    expect(own().left).toBe(2);
    expect(own().getProgressProps()['data-count']).toBe('2');
  });
});

import { describe, expect, it } from 'vitest';
import {
  createKnowledge,
  createMigration,
  defineLocation,
  defineRequirement,
  defineScenario,
  defineStep,
  defineTroubleshootingEntry,
  memoryStorage,
  NUMBER_LOCATIONS,
  REQUIREMENTS,
  readProviderProfile,
  SCENARIOS,
  TROUBLESHOOTING_ENTRIES,
  zendeskProfile,
} from '../src';
import { meetRequirements, walkTo } from '../src/testing';

const inbox = defineLocation('acme-inbox', ['M1']);
const toInbox = defineScenario({
  id: 'bsp-to-acme-inbox',
  from: 'other-bsp',
  to: 'acme-inbox',
  sources: ['M1'],
  steps: [
    defineStep({ id: 'acme-prepare', requirements: ['phone-number', 'two-step-verification-off'], sources: ['M1'] }),
    defineStep({ id: 'acme-connect', actors: ['business', 'meta'], prerequisites: ['acme-prepare'], sources: ['M1'] }),
  ],
});

describe('a provider profile from plain JavaScript', () => {
  it('gets the seed’s policies when it has none, and is not used when it lacks a text or its id', () => {
    const texts = { name: 'Acme', supportName: 'Acme support', adminCentre: 'Admin', channelSetupGuide: 'Guide' };
    const read = readProviderProfile({ id: 'acme', ...texts });
    expect(read.problems).toEqual([]);
    expect(read.profile.verificationCodePolicy).toBe(zendeskProfile.verificationCodePolicy);
    const broken = readProviderProfile({ id: 'acme', ...texts, registrationPolicy: { limit: -1 } });
    expect(broken.profile.registrationPolicy).toBe(zendeskProfile.registrationPolicy);
    expect(broken.problems).toHaveLength(1);
    for (const odd of [null, 'acme', 42, { ...texts }, { id: 'acme', name: 'Acme' }]) {
      const result = readProviderProfile(odd);
      expect(result.profile).toBe(zendeskProfile);
      expect(result.problems).toHaveLength(1);
    }
    // The engine takes such a profile without breaking.
    const migration = createMigration({ profile: { id: 'acme', ...texts } as never, scenario: 'bsp-to-provider' });
    expect(migration.getSnapshot().verificationCode.remaining).toBe(3);
  });
});

describe('the builders', () => {
  it('derive the same keys the library records use', () => {
    const own = SCENARIOS[0]?.steps[0];
    const rebuilt = defineStep({ id: 'check-requirements', sources: ['Z1'] });
    expect(rebuilt.titleKey).toBe(own?.titleKey);
    expect(rebuilt.descriptionKey).toBe(own?.descriptionKey);
    expect(rebuilt.howToCompleteKey).toBe(own?.howToCompleteKey);
    expect(defineRequirement('not-banned', 'meta-rules', { kind: 'attestation' }, ['Z1', 'M5', 'M10'])).toEqual(
      REQUIREMENTS.find((r) => r.id === 'not-banned'),
    );
    const entry = TROUBLESHOOTING_ENTRIES.find((e) => e.id === 'e133015-recently-deleted');
    expect(entry?.titleKey).toBe('troubleshooting.e133015-recently-deleted.title');
    expect(defineLocation('other-bsp', ['Z1', 'M2'], { hint: true })).toEqual(
      NUMBER_LOCATIONS.find((l) => l.id === 'other-bsp'),
    );
  });

  it('give a step that asks for confirmation its texts: its own when it has them, else the general ones', () => {
    const general = defineStep({ id: 'x', requiresConfirmation: true, sources: ['Z1'] });
    const own = defineStep({ id: 'y', requiresConfirmation: true, ownConfirmationTexts: true, sources: ['Z1'] });
    expect(general.confirmation?.titleKey).toBe('ui.stepper.confirm.title');
    expect(own.confirmation?.acceptKey).toBe('step.y.confirm.accept');
    expect(defineStep({ id: 'z', sources: ['Z1'] }).confirmation).toBeUndefined();
  });

  it('name every key of a troubleshooting entry after its id', () => {
    const entry = defineTroubleshootingEntry({
      id: 'acme-1',
      codes: [131049],
      actions: ['wait', 'retry'],
      wait: 'untimed',
      escalation: 'provider-support',
      sources: ['M3'],
    });
    expect(entry.actionKeys).toEqual(['troubleshooting.acme-1.actions.wait', 'troubleshooting.acme-1.actions.retry']);
    expect(entry.wait).toEqual({ messageKey: 'troubleshooting.acme-1.wait' });
    expect(entry.escalation).toEqual({ to: 'provider-support', messageKey: 'troubleshooting.acme-1.escalation' });
  });
});

describe('one knowledge catalogue', () => {
  it('is the engine’s and every snapshot’s, the host’s records included', () => {
    const migration = createMigration({
      storage: memoryStorage(),
      knowledge: { scenarios: [...SCENARIOS, toInbox], locations: [...NUMBER_LOCATIONS, inbox] },
    });
    expect(migration.knowledge.scenarios).toContain(toInbox);
    expect(migration.knowledge.locations).toContain(inbox);
    expect(migration.getSnapshot().knowledge).toBe(migration.knowledge);
    expect(migration.knowledge.troubleshooting).toBe(TROUBLESHOOTING_ENTRIES);
  });

  it('walks a host’s scenario with a new location to done', () => {
    const migration = createMigration({
      storage: memoryStorage(),
      knowledge: { scenarios: [toInbox], locations: [...NUMBER_LOCATIONS, inbox] },
    });
    expect(migration.send({ type: 'SELECT_SCENARIO', scenarioId: toInbox.id })).toEqual({ accepted: true });
    meetRequirements(migration);
    walkTo(migration, (s) => s.isComplete);
    expect(migration.getSnapshot().progress).toMatchObject({ done: 2, total: 2 });
  });

  it('refuses incoherent records with a precise message', () => {
    expect(() => createKnowledge({ scenarios: [toInbox] })).toThrow(
      /location "acme-inbox", which is not in the knowledge/u,
    );
    expect(() => createKnowledge({ locations: [...NUMBER_LOCATIONS, inbox, inbox] })).toThrow(
      /locations has "acme-inbox" twice/u,
    );
    expect(() =>
      createKnowledge({
        scenarios: [defineScenario({ ...toInbox, troubleshooting: ['acme-no-such-entry'] })],
        locations: [...NUMBER_LOCATIONS, inbox],
      }),
    ).toThrow(/lists the troubleshooting entry "acme-no-such-entry"/u);
    const orphan = defineScenario({
      ...toInbox,
      steps: [defineStep({ id: 'a', prerequisites: ['b'], sources: ['M1'] })],
    });
    expect(() => createKnowledge({ scenarios: [orphan], locations: [...NUMBER_LOCATIONS, inbox] })).toThrow(
      /refers to "b"/u,
    );
  });
});

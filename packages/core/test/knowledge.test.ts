import { describe, expect, it } from 'vitest';
import {
  AFTER_MOVE_TASKS,
  createKnowledge,
  NUMBER_LOCATIONS,
  REGISTRATION_LIMIT_ENTRY_ID,
  REGISTRATION_POLICY,
  REQUIREMENTS,
  SCENARIOS,
  type Step,
  TOO_MANY_CODE_REQUESTS_ENTRY_ID,
  TROUBLESHOOTING_ENTRIES,
  type TroubleshootingEntry,
  UNKNOWN_ERROR_ENTRY,
  UNKNOWN_ERROR_ENTRY_ID,
  VERIFICATION_CODE_POLICY_META,
  VERIFICATION_CODE_POLICY_SEED,
  zendeskProfile,
} from '../src';
import { PLACES } from '../src/knowledge/places';
import { CARRY_OVER_ITEMS, GLOSSARY_TERMS, SOURCE_IDS } from '../src/reference';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

const ids = (records: readonly { readonly id: string }[]) => records.map((r) => r.id);
const duplicates = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);

const scenario = (id: string) => {
  const found = SCENARIOS.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
};

const entriesFor = (code: number): TroubleshootingEntry[] =>
  TROUBLESHOOTING_ENTRIES.filter((e) => e.codes.includes(code));

const entry = (id: string): TroubleshootingEntry => {
  const found = TROUBLESHOOTING_ENTRIES.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

describe('scenarios', () => {
  it("include the seed's three, in the seed's order, and each starts and ends at a known location", () => {
    const seed = ['bsp-to-provider', 'provider-to-bsp', 'hosted-to-self-hosted'];
    expect(ids(SCENARIOS).filter((id) => seed.includes(id))).toEqual(seed);
    const places = new Set(ids(NUMBER_LOCATIONS));
    for (const s of SCENARIOS) expect([places.has(s.from), places.has(s.to)], s.id).toEqual([true, true]);
    expect(() => createKnowledge()).not.toThrow();
  });

  it('each location is where some scenario starts or ends, with the picker’s two texts', () => {
    const used = new Set(SCENARIOS.flatMap((s) => [s.from, s.to]));
    for (const l of NUMBER_LOCATIONS) {
      expect(used.has(l.id), l.id).toBe(true);
      expect([l.fromKey, l.toKey]).toEqual([`location.${l.id}.from`, `location.${l.id}.to`]);
      expect(l.sources.length, l.id).toBeGreaterThan(0);
    }
  });

  it('each has steps with unique ids', () => {
    for (const s of SCENARIOS) {
      expect(s.steps.length, s.id).toBeGreaterThan(0);
      expect(duplicates(ids(s.steps)), s.id).toEqual([]);
    }
  });

  it("each step's prerequisites are earlier steps of the same scenario", () => {
    for (const s of SCENARIOS) {
      s.steps.forEach((step, index) => {
        const earlier = ids(s.steps.slice(0, index));
        for (const prerequisite of step.prerequisites) {
          expect(earlier, `${s.id} / ${step.id} needs ${prerequisite}`).toContain(prerequisite);
        }
      });
    }
  });

  it("each step's requirements exist in REQUIREMENTS", () => {
    const known = new Set(ids(REQUIREMENTS));
    for (const s of SCENARIOS) {
      for (const step of s.steps) {
        for (const requirement of step.requirements) {
          expect(known.has(requirement), `${s.id} / ${step.id} requires ${requirement}`).toBe(true);
        }
      }
    }
  });

  it('warnings and waits have unique ids within a step', () => {
    for (const s of SCENARIOS) {
      for (const step of s.steps) {
        expect(duplicates(ids(step.warnings)), `${s.id} / ${step.id}`).toEqual([]);
        expect(duplicates(ids(step.waits)), `${s.id} / ${step.id}`).toEqual([]);
      }
    }
  });

  it('hosted -> self-hosted has a step that needs confirmation and warns (danger) that the number goes offline', () => {
    const steps = scenario('hosted-to-self-hosted').steps;
    const confirmed = steps.filter((step) => step.requiresConfirmation === true);
    expect(confirmed.length).toBeGreaterThan(0);
    const offline = confirmed.flatMap((step) => step.warnings).find((w) => w.id === 'number-goes-offline');
    expect(offline?.severity).toBe('danger');
  });

  it('a step asks for confirmation exactly when it carries a danger warning, said before the act', () => {
    const confirming = SCENARIOS.flatMap((s) =>
      s.steps.filter((step) => step.requiresConfirmation).map((step) => `${s.id}/${step.id}`),
    );
    expect(confirming).toEqual([
      'hosted-to-self-hosted/remove-integration',
      'waba-reshare/reshare-waba',
      'change-portfolio/remove-number-from-old-waba',
      'app-full-move/delete-app-account',
    ]);
    for (const s of SCENARIOS) {
      for (const step of s.steps) {
        const danger = step.warnings.some((w) => w.severity === 'danger');
        expect(danger, `${s.id}/${step.id}`).toBe(step.requiresConfirmation === true);
      }
    }
  });

  it('has steps that send each kind of support request', () => {
    const kinds = SCENARIOS.flatMap((s) => s.steps).map((step: Step) => step.supportRequest);
    expect(kinds).toContain('leave-provider');
    expect(kinds).toContain('disable-two-step-verification');
    const stepOf = (kind: string) =>
      SCENARIOS.flatMap((s) => s.steps.map((step) => [s.id, step] as const)).find(
        ([, step]) => step.supportRequest === kind,
      );
    expect(stepOf('leave-provider')?.[0]).toBe('provider-to-bsp');
    expect(stepOf('disable-two-step-verification')?.[0]).toBe('hosted-to-self-hosted');
  });

  it('every path links the troubleshooting entries it is likely to meet', () => {
    for (const s of SCENARIOS) expect(s.troubleshooting?.length ?? 0, s.id).toBeGreaterThan(0);
  });

  // Re-sharing a WABA (M13) and leaving a Multi-Partner Solution (M11, M12) verify nothing again; coexistence
  // is confirmed in the app (M28). Every other path has the step where Meta sends the code.
  it('every path that verifies the number has a step where Meta sends the verification code', () => {
    const withoutCode = ['app-coexistence', 'waba-reshare', 'mps-migration'];
    for (const s of SCENARIOS) {
      expect(
        s.steps.some((step) => step.verificationCode === true),
        s.id,
      ).toBe(!withoutCode.includes(s.id));
    }
  });
});

describe('requirements', () => {
  const SEED = ['phone-number', 'receive-verification-code', 'international-reception', 'ivr-disabled'] as const;
  const ACCESS = ['provider-admin', 'meta-business-admin'] as const;
  const META_RULES = [
    'two-step-verification-off',
    'same-business-manager',
    'same-display-name',
    'display-name-approved',
    'not-on-whatsapp-app',
    'not-test-number',
    'not-banned',
  ] as const;

  const requirement = (id: string) => {
    const found = REQUIREMENTS.find((r) => r.id === id);
    if (!found) throw new Error(`no requirement ${id}`);
    return found;
  };

  it("include the seed's five and Meta's preconditions", () => {
    const known = ids(REQUIREMENTS);
    for (const id of [...SEED, ...ACCESS, ...META_RULES]) expect(known, id).toContain(id);
  });

  it('have unique ids', () => {
    expect(duplicates(ids(REQUIREMENTS))).toEqual([]);
  });

  it('admin rights are asked of the host', () => {
    for (const id of ACCESS) expect(requirement(id).check, id).toEqual({ kind: 'host-check' });
  });

  it('the number and the identity rule are typed in, with the right fields and rules', () => {
    expect(requirement('phone-number').check).toEqual({
      kind: 'input',
      fields: ['phoneNumber'],
      rule: 'phone-number',
    });
    expect(requirement('same-business-manager').check).toEqual({
      kind: 'input',
      fields: ['currentBusinessManagerId', 'newBusinessManagerId'],
      rule: 'same-business-manager',
    });
    expect(requirement('same-display-name').check).toEqual({
      kind: 'input',
      fields: ['currentDisplayName', 'newDisplayName'],
      rule: 'same-display-name',
    });
  });

  it('what no browser can see is attested', () => {
    for (const id of [
      'receive-verification-code',
      'international-reception',
      'ivr-disabled',
      'two-step-verification-off',
      'display-name-approved',
      'not-on-whatsapp-app',
      'not-test-number',
      'not-banned',
    ]) {
      expect(requirement(id).check, id).toEqual({ kind: 'attestation' });
    }
  });

  it('non-input requirements carry an attestation key; input ones do not', () => {
    for (const r of REQUIREMENTS) {
      if (r.check.kind === 'input') expect(r.attestationKey, r.id).toBeUndefined();
      else expect(r.attestationKey, r.id).toBe(`requirement.${r.id}.attestation`);
    }
  });
});

describe('troubleshooting', () => {
  const CODES = [
    2388001, 2388012, 2388091, 2388093, 2388103, 133005, 133006, 133008, 133009, 133010, 133015, 133016, 136024, 131031,
    131042, 2494100,
  ];

  it.each(CODES)('code %i has at least one entry', (code) => {
    expect(entriesFor(code).length).toBeGreaterThan(0);
  });

  it('2388103 has one entry per cause (at least nine), 2388001 at least two', () => {
    expect(entriesFor(2388103).length).toBeGreaterThanOrEqual(9);
    expect(entriesFor(2388001).length).toBeGreaterThanOrEqual(2);
  });

  it('133015 asks to wait 5 minutes; 133016 72 hours', () => {
    const [recentlyDeleted, ...rest15] = entriesFor(133015);
    expect(rest15).toEqual([]);
    expect(recentlyDeleted?.wait?.durationMs).toBe(5 * MINUTE);
    const [registrationLimit, ...rest16] = entriesFor(133016);
    expect(rest16).toEqual([]);
    expect(registrationLimit?.id).toBe(REGISTRATION_LIMIT_ENTRY_ID);
    expect(registrationLimit?.wait?.durationMs).toBe(72 * HOUR);
  });

  it("has the seed's cases without an error code", () => {
    const tooMany = entry(TOO_MANY_CODE_REQUESTS_ENTRY_ID);
    expect(TOO_MANY_CODE_REQUESTS_ENTRY_ID).toBe('too-many-code-requests');
    expect(tooMany.codes).toEqual([]);
    // The cool-down comes from the provider profile (8 h seed, 12 h Meta), not from a fixed number.
    expect(tooMany.wait).toMatchObject({ policy: 'verification-code' });
    expect(tooMany.wait?.durationMs).toBeUndefined();
    expect(tooMany.sources).toEqual(expect.arrayContaining(['Z1', 'M10']));
    const banned = entry('banned-by-meta');
    expect(banned.codes).toEqual([]);
    expect(banned.relatedRequirements).toContain('not-banned');
  });

  it('entry ids are unique, the unknown-error entry included', () => {
    expect(duplicates([...ids(TROUBLESHOOTING_ENTRIES), UNKNOWN_ERROR_ENTRY.id])).toEqual([]);
  });

  it('the unknown-error entry opens for no code', () => {
    expect(UNKNOWN_ERROR_ENTRY.id).toBe(UNKNOWN_ERROR_ENTRY_ID);
    expect(UNKNOWN_ERROR_ENTRY.codes).toEqual([]);
    expect(TROUBLESHOOTING_ENTRIES).not.toContain(UNKNOWN_ERROR_ENTRY);
  });

  it('related requirements exist', () => {
    const known = new Set(ids(REQUIREMENTS));
    for (const e of [...TROUBLESHOOTING_ENTRIES, UNKNOWN_ERROR_ENTRY]) {
      for (const r of e.relatedRequirements ?? []) expect(known.has(r), `${e.id} -> ${r}`).toBe(true);
    }
  });

  it('every entry has at least one action', () => {
    for (const e of [...TROUBLESHOOTING_ENTRIES, UNKNOWN_ERROR_ENTRY]) {
      expect(e.actionKeys.length, e.id).toBeGreaterThan(0);
    }
  });
});

describe('carry-over and glossary', () => {
  it('glossary has the terms the guide leans on, with unique ids', () => {
    const terms = ids(GLOSSARY_TERMS);
    for (const id of [
      'business-manager',
      'waba',
      'provider-hosted-waba',
      'self-hosted-waba',
      'bsp',
      'two-step-verification-pin',
      'official-business-account',
      'quality-rating',
      'messaging-limit',
      'display-name',
    ]) {
      expect(terms, id).toContain(id);
    }
    expect(duplicates(terms)).toEqual([]);
  });

  it('carry-over lists what moves and what stays, with unique ids', () => {
    expect(duplicates(ids(CARRY_OVER_ITEMS))).toEqual([]);
    expect(CARRY_OVER_ITEMS.some((i) => i.carriesOver)).toBe(true);
    expect(CARRY_OVER_ITEMS.some((i) => !i.carriesOver)).toBe(true);
    for (const id of ['display-name', 'quality-rating', 'messaging-limit', 'official-business-account']) {
      expect(CARRY_OVER_ITEMS.find((i) => i.id === id)?.carriesOver, id).toBe(true);
    }
  });
});

describe('sources', () => {
  const known = new Set<string>(SOURCE_IDS);

  /** Every record of every kind, named for the failure message. */
  const records: [string, { readonly sources: readonly string[] }][] = [
    ...SCENARIOS.flatMap((s) => [
      [`scenario ${s.id}`, s] as [string, typeof s],
      ...s.steps.flatMap((step) => [
        [`step ${s.id}/${step.id}`, step] as [string, typeof step],
        ...step.warnings.map((w) => [`warning ${s.id}/${step.id}/${w.id}`, w] as [string, typeof w]),
        ...step.waits.map((w) => [`wait ${s.id}/${step.id}/${w.id}`, w] as [string, typeof w]),
      ]),
    ]),
    ...REQUIREMENTS.map((r) => [`requirement ${r.id}`, r] as [string, typeof r]),
    ...TROUBLESHOOTING_ENTRIES.map((e) => [`entry ${e.id}`, e] as [string, typeof e]),
    ['entry unknown-error', UNKNOWN_ERROR_ENTRY],
    ...CARRY_OVER_ITEMS.map((c) => [`carry-over ${c.id}`, c] as [string, typeof c]),
    ...GLOSSARY_TERMS.map((g) => [`glossary ${g.id}`, g] as [string, typeof g]),
    ...AFTER_MOVE_TASKS.map((a) => [`after-move ${a.id}`, a] as [string, typeof a]),
    ...Object.values(PLACES).map((p) => [`place ${p.id}`, p] as [string, typeof p]),
    ['policy seed', VERIFICATION_CODE_POLICY_SEED],
    ['policy meta', VERIFICATION_CODE_POLICY_META],
    ['policy registration', REGISTRATION_POLICY],
    ['zendesk code policy', zendeskProfile.verificationCodePolicy],
    ['zendesk registration policy', zendeskProfile.registrationPolicy],
  ];

  it('the source list is exactly the source key of DOMAIN.md §0', () => {
    const range = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
    const domain = [
      ...range('M', 30), // §0, and M23-M30 of §8
      'Z1',
      'Z2',
      ...range('D', 8),
      'B1',
      'BL1',
      ...range('T', 6),
      'G1',
      'G2',
      'I1',
      'I2',
      'BR1',
      'IN1',
      'DT1',
      'SP1',
      'K1',
      'K2',
      'K3',
      'K4',
      'GS3',
      'TX1',
      'A1',
      'MC1',
      'W1',
      'W2',
      'RA1',
      'CW1',
      'OV1',
      'P1',
      'P2',
    ];
    expect([...SOURCE_IDS].sort()).toEqual(domain.sort());
    expect(duplicates([...SOURCE_IDS])).toEqual([]);
  });

  it('every record names at least one source, and only sources of DOMAIN.md §0', () => {
    expect(records.length).toBeGreaterThan(50);
    for (const [name, record] of records) {
      expect(Array.isArray(record.sources), name).toBe(true);
      expect(record.sources.length, name).toBeGreaterThan(0);
      for (const source of record.sources) expect(known.has(source), `${name}: ${source}`).toBe(true);
      expect(duplicates([...record.sources]), name).toEqual([]);
    }
  });
});

describe('verification-code policies', () => {
  it("the Zendesk profile uses the seed's 8-hour rule", () => {
    expect(zendeskProfile.verificationCodePolicy).toBe(VERIFICATION_CODE_POLICY_SEED);
    expect(VERIFICATION_CODE_POLICY_SEED).toMatchObject({ mode: 'cooldown', limit: 3, periodMs: 8 * HOUR });
    expect(VERIFICATION_CODE_POLICY_SEED.sources).toContain('Z1');
    expect(zendeskProfile.registrationPolicy).toBe(REGISTRATION_POLICY);
  });

  it("Meta's 12-hour rule exists and cites M10", () => {
    expect(VERIFICATION_CODE_POLICY_META).toMatchObject({ mode: 'cooldown', limit: 3, periodMs: 12 * HOUR });
    expect(VERIFICATION_CODE_POLICY_META.sources).toContain('M10');
    expect(VERIFICATION_CODE_POLICY_META.id).not.toBe(VERIFICATION_CODE_POLICY_SEED.id);
  });

  it("Meta's registration limit is 10 calls in a moving 72-hour window", () => {
    expect(REGISTRATION_POLICY).toMatchObject({ mode: 'moving-window', limit: 10, periodMs: 72 * HOUR });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createEngineConfig,
  createTransition,
  type EngineConfig,
  initialState,
  type MigrationCommand,
  type MigrationState,
  REQUIREMENTS,
  restoreState,
  SCENARIOS,
  serializeState,
  zendeskProfile,
} from '../src';
import { deriveSnapshot } from '../src/engine/snapshot';
import { HOUR } from './helpers';

const config: EngineConfig = createEngineConfig({ profile: zendeskProfile, hostCheckIds: ['provider-admin'] });
const transition = createTransition(config);

const stepIds = [...new Set(SCENARIOS.flatMap((s) => s.steps.map((step) => step.id)))];
const requirementIds = REQUIREMENTS.map((r) => r.id);

/** Events a user or host could send, weighted towards the ones that make progress. */
const event: fc.Arbitrary<MigrationCommand> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...SCENARIOS.map((s) => s.id))
      .map((scenarioId) => ({ type: 'SELECT_SCENARIO' as const, scenarioId })),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('ATTEST' as const),
      requirementId: fc.constantFrom(...requirementIds),
      value: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('SET_FIELD' as const),
      field: fc.constantFrom(
        'phoneNumber',
        'currentBusinessManagerId',
        'newBusinessManagerId',
        'currentDisplayName',
        'newDisplayName',
      ),
      value: fc.constantFrom('+819012345678', '123', '124', 'Acme', 'acme', '', 'x\u202E'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('HOST_CHECK_RESULT' as const),
      requirementId: fc.constant('provider-admin'),
      result: fc.constantFrom('met' as const, 'unmet' as const, 'error' as const),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('COMPLETE_STEP' as const),
      stepId: fc.constantFrom(...stepIds),
      confirmed: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('SKIP_STEP' as const), stepId: fc.constantFrom(...stepIds) }) },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('REOPEN_STEP' as const), stepId: fc.constantFrom(...stepIds) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('GO_TO_STEP' as const), stepId: fc.constantFrom(...stepIds) }),
  },
  { weight: 2, arbitrary: fc.constant({ type: 'REQUEST_CODE' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'RECORD_REGISTRATION' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('REPORT_ERROR' as const),
      code: fc.oneof(fc.constantFrom(2388103, 133016, 131031), fc.string()),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'RESET' as const }) },
);

/** Time moves forwards mostly, sometimes jumps ahead by hours, sometimes goes backwards. */
const tick = fc.oneof(fc.integer({ min: 0, max: 120_000 }), fc.integer({ min: -10 * HOUR, max: 10 * HOUR }));

const run = (
  steps: Array<[MigrationCommand, number]>,
  visit: (before: MigrationState, after: MigrationState, e: MigrationCommand, now: number) => void,
) => {
  let now = Date.UTC(2026, 10, 24);
  let state = initialState(now);
  for (const [e, dt] of steps) {
    now += dt;
    const next = transition(state, e, now);
    visit(state, next, e, now);
    state = next;
  }
  return { state, now };
};

describe('engine properties', () => {
  it('never completes or skips a step before its prerequisites and requirements are met', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(event, tick), { maxLength: 80 }), (steps) => {
        run(steps, (before, after) => {
          const scenario = SCENARIOS.find((s) => s.id === after.scenarioId);
          const snapshot = deriveSnapshot(config, { ...after, steps: {} }, after.lastSeenAt);
          for (const step of scenario?.steps ?? []) {
            if (!after.steps[step.id] || before.steps[step.id]) continue;
            // Newly done: everything it needed held in the state it came from.
            for (const p of step.prerequisites) expect(before.steps[p]).toBeDefined();
            for (const r of step.requirements)
              expect(snapshot.requirements.find((x) => x.requirement.id === r)?.status).toBe('met');
          }
          // And it stays true of every done step afterwards.
          for (const step of scenario?.steps ?? []) {
            if (!after.steps[step.id]) continue;
            for (const p of step.prerequisites) expect(after.steps[p]).toBeDefined();
          }
        });
      }),
    );
  });

  it('whatever the clock does: no wait is longer than its period, and a clock set back never shortens one', () => {
    const period = zendeskProfile.verificationCodePolicy.periodMs;
    fc.assert(
      fc.property(fc.array(fc.tuple(event, tick), { maxLength: 80 }), (steps) => {
        let before: { now: number; wait: number; attempts: readonly number[] } | null = null;
        run(steps, (_, after, __, now) => {
          const { verificationCode } = deriveSnapshot(config, after, now);
          const wait = verificationCode.nextAllowedAt === null ? 0 : verificationCode.nextAllowedAt - now;
          expect(wait).toBeLessThanOrEqual(period);
          // Set back with the same attempts: the wait grows by the time taken back, up to the period.
          if (before && before.wait > 0 && now < before.now && after.attempts.verificationCode === before.attempts) {
            expect(wait).toBeGreaterThanOrEqual(Math.min(before.wait + (before.now - now), period));
          }
          before = { now, wait, attempts: after.attempts.verificationCode };
        });
      }),
      { numRuns: 300 },
    );
  });

  it('restores exactly what it persisted', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(event, tick), { maxLength: 60 }), (steps) => {
        const { state, now } = run(steps, () => undefined);
        const saved = serializeState(state, { persistPhoneNumber: true, phoneNumberValid: false });
        const restored = restoreState(config, saved, now);
        expect(restored.ok).toBe(true);
        if (!restored.ok) return;
        // Host answers still pending or failed are asked again after a reload, not stored.
        const settled = (s: MigrationState): MigrationState => ({
          ...s,
          rejection: null,
          hostChecks: Object.fromEntries(Object.entries(s.hostChecks).filter(([, v]) => v === 'met' || v === 'unmet')),
        });
        const persisted = (s: MigrationState) => ({
          scenarioId: s.scenarioId,
          steps: s.steps,
          attestations: s.attestations,
          fields: s.fields,
          attempts: s.attempts,
          errors: s.errors.map(({ code, stepId, at }) => ({ code, stepId, at })),
          lastSeenAt: s.lastSeenAt,
          hostChecks: settled(s).hostChecks,
        });
        expect(persisted(restored.state)).toEqual(persisted(state));
        expect(deriveSnapshot(config, restored.state, now).steps.map((s) => s.status)).toEqual(
          deriveSnapshot(config, settled(state), now).steps.map((s) => s.status),
        );
      }),
    );
  });

  it('never throws on random bytes or random JSON in storage', () => {
    const json = fc.jsonValue().map((v) => JSON.stringify(v));
    const ours = fc.jsonValue().map((v) =>
      JSON.stringify({
        schema: 'wamigrate/migration',
        version: 1,
        steps: v,
        attestations: v,
        fields: v,
        attempts: v,
        errors: v,
        lastSeenAt: v,
        scenarioId: 'bsp-to-provider',
        currentStepId: null,
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), json, ours), (raw) => {
        const result = restoreState(config, raw, 0);
        if (result.ok) expect(deriveSnapshot(config, result.state, 0).status).toBe('ready');
        else expect(['unreadable', 'invalid', 'unsupported-version', 'foreign']).toContain(result.reason);
      }),
      { numRuns: 1000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { createMigration, defineLocation, defineScenario, defineStep, memoryStorage, NUMBER_LOCATIONS } from '../src';

/**
 * Ids a host or storage supplies are looked up as own keys only: a step, requirement or check named after
 * an `Object.prototype` member (`constructor`, `toString`, `__proto__`, `hasOwnProperty`) is an id like any
 * other, never an inherited value that reads as "done".
 */
const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'] as const;
const inbox = defineLocation('acme-inbox', ['M1']);

const scenarioWith = (first: string, second: string) =>
  defineScenario({
    id: 'acme-proto',
    from: 'other-bsp',
    to: 'acme-inbox',
    sources: ['M1'],
    steps: [
      defineStep({ id: first, sources: ['M1'] }),
      defineStep({ id: second, prerequisites: [first], sources: ['M1'] }),
    ],
  });

describe('ids named after Object.prototype members', () => {
  it.each(NAMES)('a step named %s keeps its prerequisites and its place', (name) => {
    const storage = memoryStorage();
    const options = {
      scenario: 'acme-proto',
      storage,
      knowledge: { scenarios: [scenarioWith(name, `${name}-next`)], locations: [...NUMBER_LOCATIONS, inbox] },
    };
    const migration = createMigration(options);
    // The second step needs the first: an inherited `steps.constructor` must not count as done.
    expect(migration.send({ type: 'COMPLETE_STEP', stepId: `${name}-next` })).toMatchObject({ accepted: false });
    expect(migration.getSnapshot().steps.map((s) => [s.step.id, s.status])).toEqual([
      [name, 'current'],
      [`${name}-next`, 'locked'],
    ]);
    expect(migration.send({ type: 'COMPLETE_STEP', stepId: name })).toEqual({ accepted: true });
    expect(migration.getSnapshot().currentStepId).toBe(`${name}-next`);
    migration.destroy();
    // Stored and read back, the step named after the prototype member is still the one that is done.
    const again = createMigration(options);
    expect(again.getSnapshot().steps.map((s) => s.status)).toEqual(['complete', 'current']);
    again.destroy();
  });

  it('a stored record whose steps or checks are named after prototype members claims nothing', () => {
    const storage = memoryStorage();
    const first = createMigration({ scenario: 'bsp-to-provider', storage });
    first.send({ type: 'ATTEST', requirementId: 'not-banned', value: true });
    first.destroy();
    const key = 'wamigrate:migration';
    const stored = JSON.parse(String(storage.getItem(key))) as Record<string, unknown>;
    stored.steps = JSON.parse('{"__proto__":{"status":"complete","at":1},"constructor":{"status":"complete","at":1}}');
    storage.setItem(key, JSON.stringify(stored));
    const migration = createMigration({ scenario: 'bsp-to-provider', storage });
    expect(migration.getSnapshot().progress.done).toBe(0);
    expect(migration.getSnapshot().requirements.find((r) => r.requirement.id === 'not-banned')?.status).toBe('met');
    expect(migration.getSnapshot().steps[0]?.status).toBe('current');
    migration.destroy();
  });
});

import { identityPairOf } from '../knowledge/fields';
import type { Requirement, Scenario, Step } from '../knowledge/types';
import { compareIdentity } from '../validation/business-identity';
import { getOrCreate } from './cache';
import { own } from './own';
import type { EngineConfig, MigrationState, RequirementResult } from './types';

/** What the engine derives from state: requirement results and which steps are done or reachable. */

export function findScenario(config: EngineConfig, id: string | null): Scenario | undefined {
  return id === null ? undefined : config.scenarios.find((s) => s.id === id);
}

export function isDone(state: MigrationState, stepId: string): boolean {
  return own(state.steps, stepId) !== undefined;
}

export function prerequisitesDone(state: MigrationState, step: Step): boolean {
  return step.prerequisites.every((id) => isDone(state, id));
}

/** For each requirement of a scenario, the steps that need it, in order: computed once per scenario. */
const stepsNeedingOf = new WeakMap<Scenario, ReadonlyMap<string, readonly string[]>>();
function stepsNeeding(scenario: Scenario): ReadonlyMap<string, readonly string[]> {
  return getOrCreate(stepsNeedingOf, scenario, () => {
    const map = new Map<string, string[]>();
    for (const step of scenario.steps) {
      for (const id of step.requirements) map.set(id, [...(map.get(id) ?? []), step.id]);
    }
    return map;
  });
}

/**
 * The scenario's requirements, in the order of the knowledge base, each once. Per configuration and
 * scenario, computed once: every event asks, and neither ever changes.
 */
const requirementsOf = new WeakMap<EngineConfig, WeakMap<Scenario, readonly Requirement[]>>();

export function scenarioRequirements(config: EngineConfig, scenario: Scenario): readonly Requirement[] {
  const byScenario = getOrCreate(requirementsOf, config, () => new WeakMap<Scenario, readonly Requirement[]>());
  return getOrCreate(byScenario, scenario, () => {
    const ids = new Set(scenario.steps.flatMap((s) => s.requirements));
    return Object.freeze(config.requirements.filter((r) => ids.has(r.id)));
  });
}

export function evaluateRequirement(
  config: EngineConfig,
  state: MigrationState,
  requirement: Requirement,
): Omit<RequirementResult, 'lockedBy'> {
  const { check } = requirement;
  if (check.kind === 'host-check' && config.hostCheckIds.has(requirement.id)) {
    const status = own(state.hostChecks, requirement.id) ?? 'checking';
    return { requirement, status, via: 'host' };
  }
  if (check.kind !== 'input') {
    return {
      requirement,
      status: own(state.attestations, requirement.id) === true ? 'met' : 'unmet',
      via: 'attestation',
    };
  }
  if (check.rule === 'phone-number') return evaluatePhone(config, state, requirement);
  // In live mode Meta says which display name it holds and the person confirms it: that replaces typing
  // both names (§8.4, step 6).
  if (config.live && check.rule === 'same-display-name') {
    const confirmed = state.live.nameConfirmed;
    return { requirement, status: confirmed === true ? 'met' : confirmed === false ? 'failed' : 'unmet', via: 'host' };
  }
  return checkedOnce(config, state.fields, requirement, () => {
    const pair = identityPairOf(check);
    if (!pair) return { requirement, status: 'unmet', via: 'input' };
    const current = own(state.fields, pair.current);
    const next = own(state.fields, pair.next);
    const result = compareIdentity(pair.kind, { current, next });
    if (result.status === 'incomplete') return { requirement, status: 'unmet', via: 'input' };
    if (result.status === 'match') return { requirement, status: 'met', via: 'input' };
    const { field, issue } = result.problem;
    const issueField = field === 'current' ? pair.current : pair.next;
    return { requirement, status: 'failed', via: 'input', issue, issueField };
  });
}

type InputResult = Omit<RequirementResult, 'lockedBy'>;

/**
 * An input check's answer, kept per configuration and fields object: the fields change only when the person
 * types (a new object then), while every other event asks again. The same answer object comes back too, so
 * the snapshot's structural sharing stops at it.
 */
const inputChecks = new WeakMap<EngineConfig, WeakMap<object, Map<string, InputResult>>>();
function checkedOnce(
  config: EngineConfig,
  fields: MigrationState['fields'],
  requirement: Requirement,
  check: () => InputResult,
): InputResult {
  const byFields = getOrCreate(inputChecks, config, () => new WeakMap<object, Map<string, InputResult>>());
  const answers = getOrCreate(byFields, fields, () => new Map<string, InputResult>());
  return getOrCreate(answers, requirement.id, check);
}

function evaluatePhone(config: EngineConfig, state: MigrationState, requirement: Requirement): InputResult {
  const value = state.fields.phoneNumber;
  if (value === undefined && state.rememberedValid.includes('phoneNumber')) {
    return { requirement, status: 'met', via: 'input' } as const;
  }
  if (value === undefined || value.trim() === '') return { requirement, status: 'unmet', via: 'input' } as const;
  return checkedOnce(config, state.fields, requirement, () => {
    const result = config.validatePhoneNumber(value);
    return result.ok
      ? ({ requirement, status: 'met', via: 'input' } as const)
      : ({ requirement, status: 'failed', via: 'input', issue: result.issue, issueField: 'phoneNumber' } as const);
  });
}

/** Requirement results of the selected scenario, each marked with the completed step that relies on it. */
export function evaluateRequirements(config: EngineConfig, state: MigrationState): RequirementResult[] {
  const scenario = findScenario(config, state.scenarioId);
  if (!scenario) return [];
  const needing = stepsNeeding(scenario);
  return scenarioRequirements(config, scenario).map((requirement) => {
    const lockedBy = needing.get(requirement.id)?.find((stepId) => isDone(state, stepId));
    const result = evaluateRequirement(config, state, requirement);
    return lockedBy === undefined ? result : { ...result, lockedBy };
  });
}

/**
 * The requirements known not to hold: an answer that fails its rule, and a host check that answered no. An
 * unanswered one is not known to fail.
 */
export function failedRequirementIds(results: readonly RequirementResult[]): Set<string> {
  const failed = results.filter((r) => r.status === 'failed' || (r.status === 'unmet' && r.via === 'host'));
  return new Set(failed.map((r) => r.requirement.id));
}

export function requirementsMet(results: readonly RequirementResult[], step: Step): boolean {
  return step.requirements.every((id) => results.find((r) => r.requirement.id === id)?.status === 'met');
}

/**
 * The invariant every state keeps: each done step has its prerequisites done and its requirements met.
 * Restored or tampered state is brought back to it by dropping the steps that break it.
 */
export function dropUnjustifiedSteps(config: EngineConfig, state: MigrationState): MigrationState {
  const scenario = findScenario(config, state.scenarioId);
  if (!scenario) return Object.keys(state.steps).length === 0 ? state : { ...state, steps: {} };
  const results = evaluateRequirements(config, { ...state, steps: {} });
  // A map, not an object: a step may be called `__proto__`.
  const kept = new Map<string, MigrationState['steps'][string]>();
  // Steps are ordered with prerequisites first, so one pass settles the whole chain.
  for (const step of scenario.steps) {
    const record = own(state.steps, step.id);
    if (!record) continue;
    const justified =
      step.prerequisites.every((id) => kept.has(id)) &&
      requirementsMet(results, step) &&
      (record.status === 'complete' || step.optional === true);
    if (justified) kept.set(step.id, record);
  }
  const same = kept.size === Object.keys(state.steps).length;
  return same ? state : { ...state, steps: Object.fromEntries(kept) };
}

/** The step to show: the chosen one if it is reachable, else the first reachable step not yet done. */
export function resolveCurrentStep(scenario: Scenario, state: MigrationState, preferred: string | null): string | null {
  const reachable = (step: Step) => prerequisitesDone(state, step);
  const chosen = scenario.steps.find((s) => s.id === preferred);
  if (chosen && reachable(chosen)) return chosen.id;
  return scenario.steps.find((s) => !isDone(state, s.id) && reachable(s))?.id ?? null;
}

/** A step that sends the verification code is reachable and not done: requests count from here on. */
export function codeStepOpen(scenario: Scenario, state: MigrationState): boolean {
  return scenario.steps.some((s) => s.verificationCode === true && !isDone(state, s.id) && prerequisitesDone(state, s));
}

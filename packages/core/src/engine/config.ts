import { NUMBER_LOCATIONS } from '../knowledge/locations';
import { REQUIREMENTS } from '../knowledge/requirements';
import { SCENARIOS } from '../knowledge/scenarios';
import { TROUBLESHOOTING_ENTRIES, UNKNOWN_ERROR_ENTRY } from '../knowledge/troubleshooting';
import type {
  NumberLocationRecord,
  ProviderProfile,
  Requirement,
  Scenario,
  TroubleshootingEntry,
} from '../knowledge/types';
import { readProviderProfile, zendeskProfile } from '../profiles/provider-profile';
import { invalid, type ValidationResult, valid } from '../validation/result';
import { lastValueMemo } from './share';
import type { EngineConfig, Knowledge, PhoneCheck } from './types';

/** A host's records: each list given replaces the library's (spread the library's list to extend it). */
export interface KnowledgeOptions {
  readonly scenarios?: readonly Scenario[];
  readonly requirements?: readonly Requirement[];
  readonly troubleshooting?: readonly TroubleshootingEntry[];
  readonly locations?: readonly NumberLocationRecord[];
}

export interface EngineConfigOptions {
  readonly profile?: ProviderProfile;
  readonly scenario?: string;
  readonly knowledge?: KnowledgeOptions;
  /** Requirement ids the host answers (the keys of `hostChecks`). */
  readonly hostCheckIds?: Iterable<string>;
  readonly validatePhoneNumber?: EngineConfig['validatePhoneNumber'];
  /** The host runs Meta's calls (`hostActions` given). */
  readonly live?: boolean;
}

/** The shape check used when the host does not pass the full validator from `@wamigrate/core/phone`. */
export function validateE164Shape(input: string): ValidationResult<PhoneCheck> {
  const compact = input.replace(/[\s\-().]/gu, '');
  return /^\+[1-9]\d{6,14}$/u.test(compact)
    ? valid({ e164: compact })
    : invalid('not-e164', 'validation.phoneNumber.notE164');
}

/** The one knowledge catalogue of an engine: the library's records, or the host's lists in their place. */
export function createKnowledge(options: KnowledgeOptions = {}): Knowledge {
  const knowledge: Knowledge = {
    scenarios: options.scenarios ?? SCENARIOS,
    requirements: options.requirements ?? REQUIREMENTS,
    troubleshooting: options.troubleshooting ?? TROUBLESHOOTING_ENTRIES,
    unknownErrorEntry: UNKNOWN_ERROR_ENTRY,
    locations: options.locations ?? NUMBER_LOCATIONS,
  };
  assertKnowledge(knowledge);
  return knowledge;
}

/** Everything the pure transition needs besides state, event and time; `createMigration` builds it the same way. */
export function createEngineConfig(options: EngineConfigOptions = {}): EngineConfig {
  const knowledge = createKnowledge(options.knowledge);
  const fixed = options.scenario ?? null;
  if (fixed !== null && !knowledge.scenarios.some((s) => s.id === fixed)) {
    throw new RangeError(
      `[@wamigrate/core] unknown scenario "${fixed}"; known: ${knowledge.scenarios.map((s) => s.id).join(', ')}`,
    );
  }
  const answered = new Set(options.hostCheckIds ?? []);
  const hostCheckIds = new Set(
    knowledge.requirements.filter((r) => r.check.kind === 'host-check' && answered.has(r.id)).map((r) => r.id),
  );
  return {
    ...knowledge,
    knowledge,
    // From plain JavaScript or JSON a profile may lack its policies: it never breaks the engine.
    profile: options.profile === undefined ? zendeskProfile : readProviderProfile(options.profile).profile,
    hostCheckIds,
    // The engine asks about the same text several times per event (guards, then the snapshot).
    validatePhoneNumber: lastValueMemo(options.validatePhoneNumber ?? validateE164Shape),
    phoneValidation: options.validatePhoneNumber === undefined ? 'shape' : 'full',
    fixedScenarioId: fixed,
    live: options.live === true,
  };
}

/**
 * The same configuration with the full phone validator (loaded after the engine was made): a new object, so
 * every answer cached for the old validator is dropped with it.
 */
export function withPhoneValidator(config: EngineConfig, validate: EngineConfig['validatePhoneNumber']): EngineConfig {
  return { ...config, validatePhoneNumber: lastValueMemo(validate), phoneValidation: 'full' };
}

const fail = (message: string): never => {
  throw new RangeError(`[@wamigrate/core] ${message}`);
};

/**
 * A host's own knowledge must be coherent: ids are unique, a step's prerequisites come before it, its
 * requirements exist, and every scenario starts and ends at a known location.
 */
function assertKnowledge({ scenarios, requirements, troubleshooting, locations }: Knowledge) {
  const lists = { scenarios, requirements, troubleshooting, locations } as const;
  for (const [name, list] of Object.entries(lists)) {
    const ids = new Set<string>();
    for (const { id } of list) {
      if (ids.has(id)) fail(`${name} has "${id}" twice`);
      ids.add(id);
    }
  }
  const known = new Set(requirements.map((r) => r.id));
  const places = new Set(locations.map((l) => l.id));
  const entries = new Set(troubleshooting.map((e) => e.id));
  for (const scenario of scenarios) {
    const unknownEntry = scenario.troubleshooting?.find((id) => !entries.has(id));
    if (unknownEntry !== undefined)
      fail(
        `scenario "${scenario.id}" lists the troubleshooting entry "${unknownEntry}", which is not in the knowledge`,
      );
    for (const end of [scenario.from, scenario.to]) {
      if (!places.has(end))
        fail(`scenario "${scenario.id}" names the location "${end}", which is not in the knowledge`);
    }
    const seen = new Set<string>();
    for (const step of scenario.steps) {
      const missing = step.prerequisites.find((p) => !seen.has(p)) ?? step.requirements.find((r) => !known.has(r));
      if (missing !== undefined) {
        fail(
          `step "${step.id}" of scenario "${scenario.id}" refers to "${missing}", which is not an earlier step or a known requirement`,
        );
      }
      seen.add(step.id);
    }
  }
}

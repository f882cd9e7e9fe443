import type {
  CarryOverItem,
  EscalationTarget,
  ExpectedWait,
  NumberLocationRecord,
  Requirement,
  Scenario,
  Sourced,
  Step,
  StepWarning,
  TroubleshootingEntry,
} from './types';

/**
 * The builders the library's own records are written with, exported so a host's records derive their
 * message keys the same way: give the id, and the texts go under `<kind>.<id>.*` in the catalogues
 * (a host supplies them through `translations`).
 */

export function defineWarning(id: string, severity: StepWarning['severity'], sources: Sourced['sources']): StepWarning {
  return { id, severity, sources, messageKey: `warning.${id}` };
}

export function defineWait(
  id: string,
  sources: Sourced['sources'],
  bounds: Pick<ExpectedWait, 'minMs' | 'maxMs'> = {},
): ExpectedWait {
  return { id, sources, messageKey: `wait.${id}`, ...bounds };
}

export type StepInput = Pick<Step, 'id' | 'sources'> &
  Partial<Omit<Step, 'id' | 'sources' | 'titleKey' | 'descriptionKey' | 'howToCompleteKey' | 'confirmation'>> & {
    /** The step has its own confirmation texts (`step.<id>.confirm.*`); otherwise the general ones are used. */
    readonly ownConfirmationTexts?: boolean;
  };

/**
 * A step. Keys follow its id (`step.<id>.title`, `.description`, `.howToComplete`), so a step shared by two
 * scenarios reads the same in both. Who acts defaults to the business; lists default to empty.
 */
export function defineStep({ ownConfirmationTexts, ...input }: StepInput): Step {
  const base = `step.${input.id}`;
  const confirmBase = ownConfirmationTexts === true ? `${base}.confirm` : 'ui.stepper.confirm';
  return {
    actors: ['business'],
    prerequisites: [],
    requirements: [],
    warnings: [],
    waits: [],
    ...input,
    titleKey: `${base}.title`,
    descriptionKey: `${base}.description`,
    howToCompleteKey: `${base}.howToComplete`,
    ...(input.requiresConfirmation === true
      ? {
          confirmation: {
            titleKey: `${confirmBase}.title`,
            bodyKey: `${confirmBase}.body`,
            acceptKey: `${confirmBase}.accept`,
            cancelKey: `${confirmBase}.cancel`,
          },
        }
      : {}),
  };
}

export type ScenarioInput = Pick<Scenario, 'id' | 'from' | 'to' | 'steps' | 'sources'> &
  Partial<Pick<Scenario, 'replaces' | 'carryOver' | 'troubleshooting' | 'afterMove'>> & {
    /** The picker's third question this path answers (`choice.<id>.question`, `.hint`; `scenario.<id>.answer`). */
    readonly question?: string;
  };

/** A path from one number location to another: `scenario.<id>.title` and `.description`. */
export function defineScenario({ question, ...input }: ScenarioInput): Scenario {
  const base = `scenario.${input.id}`;
  return {
    ...input,
    titleKey: `${base}.title`,
    descriptionKey: `${base}.description`,
    ...(question === undefined
      ? {}
      : {
          choice: {
            id: question,
            questionKey: `choice.${question}.question`,
            hintKey: `choice.${question}.hint`,
            answerKey: `${base}.answer`,
          },
        }),
  };
}

/**
 * A place a number can be: `location.<id>.from` answers "where is it now", `.to` "where should it go", and
 * `.hint` (with `{ hint: true }`) tells a person how to recognise it.
 */
export function defineLocation(
  id: string,
  sources: Sourced['sources'],
  options: { readonly hint?: boolean } = {},
): NumberLocationRecord {
  const base = `location.${id}`;
  return {
    id,
    sources,
    fromKey: `${base}.from`,
    toKey: `${base}.to`,
    ...(options.hint === true ? { hintKey: `${base}.hint` } : {}),
  };
}

/**
 * A requirement: `requirement.<id>.title` and `.description`, plus `.attestation` (the checkbox's sentence)
 * for anything the user confirms rather than types.
 */
export function defineRequirement(
  id: string,
  group: Requirement['group'],
  check: Requirement['check'],
  sources: Requirement['sources'],
  { described = true }: { readonly described?: boolean } = {},
): Requirement {
  const base = `requirement.${id}`;
  return {
    id,
    group,
    check,
    sources,
    titleKey: `${base}.title`,
    ...(described ? { descriptionKey: `${base}.description` } : {}),
    ...(check.kind === 'input' ? {} : { attestationKey: `${base}.attestation` }),
  };
}

export interface TroubleshootingEntryInput extends Sourced {
  readonly id: string;
  readonly codes?: readonly number[];
  /** Meta's `error_user_title` texts that name this cause among those sharing a code. */
  readonly userTitles?: readonly string[];
  readonly serverCodes?: readonly string[];
  /** Short names of the actions, in order; each becomes `troubleshooting.<id>.actions.<name>`. */
  readonly actions: readonly string[];
  /**
   * A fixed wait (`durationMs`), one taken from the provider profile's code policy, or `untimed`: the
   * source says to wait but gives no duration (Meta's error `details` may).
   */
  readonly wait?: { readonly durationMs: number } | { readonly policy: 'verification-code' } | 'untimed';
  readonly escalation?: EscalationTarget;
  readonly relatedRequirements?: readonly string[];
}

/** An entry: `troubleshooting.<id>.title`, `.symptom`, `.cause`, `.actions.*`, `.wait`, `.escalation`. */
export function defineTroubleshootingEntry(input: TroubleshootingEntryInput): TroubleshootingEntry {
  const base = `troubleshooting.${input.id}`;
  const waitKey = `${base}.wait`;
  const { wait } = input;
  return {
    id: input.id,
    codes: input.codes ?? [],
    titleKey: `${base}.title`,
    symptomKey: `${base}.symptom`,
    causeKey: `${base}.cause`,
    actionKeys: input.actions.map((action) => `${base}.actions.${action}`),
    wait: wait === undefined ? null : wait === 'untimed' ? { messageKey: waitKey } : { messageKey: waitKey, ...wait },
    escalation: input.escalation ? { to: input.escalation, messageKey: `${base}.escalation` } : null,
    ...(input.relatedRequirements ? { relatedRequirements: input.relatedRequirements } : {}),
    ...(input.userTitles ? { userTitles: input.userTitles } : {}),
    ...(input.serverCodes ? { serverCodes: input.serverCodes } : {}),
    sources: input.sources,
  };
}

/** Something that moves with the number or stays behind: `carryOver.<id>.title` and `.detail`. */
export function defineCarryOverItem(id: string, carriesOver: boolean, sources: Sourced['sources']): CarryOverItem {
  return { id, carriesOver, sources, titleKey: `carryOver.${id}.title`, detailKey: `carryOver.${id}.detail` };
}

import type { AttemptPolicy } from '../rules/attempt-policy';
import type { AfterMoveTask } from './after-move';
import type { Place } from './places';
import type { SourceId } from './sources';
import type { Actor, EscalationTarget, RequirementGroup, SupportRequestKind } from './vocabulary';

export type { Actor, EscalationTarget, RequirementGroup, SupportRequestKind };

/**
 * A message key in the en/ja catalogues (`@wamigrate/core/messages`). Records hold keys, never text.
 * Every field of a record whose name ends in `Key` or `Keys` is checked against both catalogues by test.
 */
export type MessageKey = string;

/** Every record says which DOMAIN.md sources back it. */
export interface Sourced {
  readonly sources: readonly SourceId[];
}

/** Values a user types; the identity rule compares the current-BSP pair with the new-setup pair. */
export type InputField =
  | 'phoneNumber'
  | 'currentBusinessManagerId'
  | 'newBusinessManagerId'
  | 'currentDisplayName'
  | 'newDisplayName';

/** How a requirement is met. */
export type RequirementCheck =
  /** The user confirms it (a checkbox). */
  | { readonly kind: 'attestation' }
  /** The user enters values that a rule of the core validates. */
  | {
      readonly kind: 'input';
      readonly fields: readonly InputField[];
      readonly rule: 'phone-number' | 'same-business-manager' | 'same-display-name';
    }
  /**
   * The host answers asynchronously (for example: is this user an admin?). Without a host check the
   * requirement falls back to the user's attestation.
   */
  | { readonly kind: 'host-check' };

export interface Requirement extends Sourced {
  readonly id: string;
  readonly group: RequirementGroup;
  readonly check: RequirementCheck;
  readonly titleKey: MessageKey;
  /**
   * Why it matters or what to do about it; absent where the sentence beside the checkbox already says all
   * (a requirement is said once).
   */
  readonly descriptionKey?: MessageKey;
  /** The sentence beside the checkbox when the user attests it (also the host-check fallback). */
  readonly attestationKey?: MessageKey;
}

export interface StepWarning extends Sourced {
  readonly id: string;
  /** danger: the step has a consequence the user must confirm (the number goes offline). */
  readonly severity: 'danger' | 'caution';
  readonly messageKey: MessageKey;
}

export interface ExpectedWait extends Sourced {
  readonly id: string;
  readonly messageKey: MessageKey;
  /** Known bounds, in milliseconds; absent when the wait lasts until someone else confirms. */
  readonly minMs?: number;
  readonly maxMs?: number;
}

export interface Step extends Sourced {
  readonly id: string;
  readonly actors: readonly Actor[];
  readonly titleKey: MessageKey;
  readonly descriptionKey: MessageKey;
  /** How the step is completed, in the user's words (who confirms what). */
  readonly howToCompleteKey: MessageKey;
  /** Ids of steps that must be complete (or skipped) first. */
  readonly prerequisites: readonly string[];
  /** Ids of requirements that must be met before this step can be completed. */
  readonly requirements: readonly string[];
  readonly warnings: readonly StepWarning[];
  readonly waits: readonly ExpectedWait[];
  /** The step has a consequence (number offline): completing it needs an explicit confirmation. */
  readonly requiresConfirmation?: boolean;
  /** The step may be skipped (only once its prerequisites and requirements are met). */
  readonly optional?: boolean;
  /** The step sends a support request that `buildSupportRequest` prepares. */
  readonly supportRequest?: SupportRequestKind;
  /** In this step Meta sends the 6-digit verification code: the code-request policy applies. */
  readonly verificationCode?: boolean;
  /** Glossary ids of the words the step uses: each is explained at the first step of a path that uses it. */
  readonly terms?: readonly string[];
  /** Where the step sends the person (`PLACES`): shown as links when the address is known. */
  readonly places?: readonly Place[];
  /** The texts of the confirmation a step with `requiresConfirmation` asks for (set by `defineStep`). */
  readonly confirmation?: {
    readonly titleKey: MessageKey;
    readonly bodyKey: MessageKey;
    readonly acceptKey: MessageKey;
    readonly cancelKey: MessageKey;
  };
}

/**
 * Where the number is now, or where it should go: the id of a `NumberLocationRecord`. The library's are
 * `other-bsp`, `this-provider`, `provider-hosted-waba` and `self-hosted-waba`; a host may add its own.
 */
export type NumberLocation = string;

/** A place a number can be, with the picker's two ways of naming it (see `defineLocation`). */
export interface NumberLocationRecord extends Sourced {
  readonly id: NumberLocation;
  /** The answer to "where is the number connected now?". */
  readonly fromKey: MessageKey;
  /** The answer to "where should it go?". */
  readonly toKey: MessageKey;
  /** "How to tell", for a place a person may not recognise (a provider-hosted WABA is not in Business Manager). */
  readonly hintKey?: MessageKey;
}

/**
 * The third question of the picker, asked only when several paths share where the number is and where it
 * goes: "does it stay in the same business portfolio?", "will you keep using the app?". Each path answers it
 * with its own `answerKey`.
 */
export interface ScenarioChoice {
  readonly id: string;
  readonly questionKey: MessageKey;
  /** How to tell the answer, for a person who does not know it. */
  readonly hintKey: MessageKey;
  /** This path's answer to the question. */
  readonly answerKey: MessageKey;
}

export interface Scenario extends Sourced {
  readonly id: string;
  readonly from: NumberLocation;
  readonly to: NumberLocation;
  readonly titleKey: MessageKey;
  readonly descriptionKey: MessageKey;
  readonly steps: readonly Step[];
  /** The path's answer to the picker's third question, when it shares both places with another path. */
  readonly choice?: ScenarioChoice;
  /**
   * The id of the path this one stands in for when a provider profile offers it (`ProviderProfile.paths`):
   * the same move done another way (through Meta's Embedded Signup, or by the portal through the API).
   */
  readonly replaces?: string;
  /** What moves and what stays behind on this path, when it differs from the general list. */
  readonly carryOver?: readonly CarryOverItem[];
  /** Troubleshooting entries this path is likely to meet, likeliest first: listed first while it is chosen. */
  readonly troubleshooting?: readonly string[];
  /** What is left once every step is done, when it differs from the general after-move tasks. */
  readonly afterMove?: readonly AfterMoveTask[];
}

export interface TroubleshootingEntry extends Sourced {
  readonly id: string;
  /** Meta error codes that open this entry. Several entries may share a code (its causes). */
  readonly codes: readonly number[];
  /**
   * Meta's `error_user_title` texts (English, as Meta sends them) that name this cause among those sharing
   * a code: 2388103's nine causes differ only there. A hint: Meta says titles may be deprecated (M3).
   */
  readonly userTitles?: readonly string[];
  /**
   * Refusals of the portal's own server that open this entry: the `wamigrate_code` of `@wamigrate/server`
   * (`not-owner`), read as the code `portal:not-owner`. Not Meta's: nothing reached Meta.
   */
  readonly serverCodes?: readonly string[];
  readonly titleKey: MessageKey;
  /** A symptom in the user's words, for finding the entry without a code. */
  readonly symptomKey: MessageKey;
  readonly causeKey: MessageKey;
  /** Ordered actions. */
  readonly actionKeys: readonly MessageKey[];
  /**
   * Whether and how long to wait. `policy` takes the duration from the provider profile's policy
   * (the 8 h / 12 h code cool-down), `durationMs` from a fixed fact (133015: 5 minutes).
   */
  readonly wait: {
    readonly messageKey: MessageKey;
    readonly durationMs?: number;
    readonly policy?: 'verification-code' | 'registration';
  } | null;
  readonly escalation: { readonly to: EscalationTarget; readonly messageKey: MessageKey } | null;
  /** Requirements whose failure makes this entry apply. */
  readonly relatedRequirements?: readonly string[];
}

export interface CarryOverItem extends Sourced {
  readonly id: string;
  readonly carriesOver: boolean;
  readonly titleKey: MessageKey;
  readonly detailKey: MessageKey;
}

export interface GlossaryTerm extends Sourced {
  readonly id: string;
  readonly termKey: MessageKey;
  readonly definitionKey: MessageKey;
}

/**
 * A host-supplied string per locale (`{ en: 'Acme', ja: 'アクメ' }`, any BCP 47 tag as a key); a plain string
 * is used for every locale. English is the last fallback, so it is required.
 */
export type LocalizedText = string | { readonly en: string; readonly [locale: string]: string | undefined };

/** A BCP 47 language tag: `en`, `ja`, `ja-JP`, `pt-BR`. Catalogues fall back by language, then to English. */
export type Locale = string;

export interface ProviderProfile {
  readonly id: string;
  /** The provider's name as users know it (interpolated as {{provider}}). */
  readonly name: LocalizedText;
  /** The provider's support team, e.g. "Zendesk customer support" ({{support}}). */
  readonly supportName: LocalizedText;
  readonly supportEmail?: string;
  readonly supportUrl?: string;
  /** What the provider calls its admin area, e.g. "Admin Center" ({{adminCentre}}). */
  readonly adminCentre: LocalizedText;
  /** The provider's guide to adding a WhatsApp channel ({{channelSetupGuide}}). */
  readonly channelSetupGuide: LocalizedText;
  /** The guide's address, one per language where the article has one (https only). */
  readonly channelSetupGuideUrl?: LocalizedText;
  /** The admin centre's address, linked from the steps that send the person there (https only). */
  readonly adminCentreUrl?: LocalizedText;
  /**
   * Where to click in the admin centre to reach the WhatsApp channel, in the provider's own words and per
   * language ("Channels > Messaging and social > WhatsApp"); shown beside the admin centre's link.
   */
  readonly adminCentrePath?: LocalizedText;
  /** Verification-code requests: which cool-down this profile uses (8 h per Z1, 12 h per M10). */
  readonly verificationCodePolicy: AttemptPolicy;
  /** Meta's register/deregister limit (M4). */
  readonly registrationPolicy: AttemptPolicy;
  /**
   * Paths this provider offers in place of the library's default for the same move (see `Scenario.replaces`):
   * e.g. `['embedded-signup-migration']` for a portal whose channel setup is Meta's Embedded Signup flow.
   */
  readonly paths?: readonly string[];
}

/**
 * @wamigrate/core: the knowledge, rules, validators and engine for moving a WhatsApp Business phone number
 * between providers. No React, no DOM. Messages live in `@wamigrate/core/messages`, the phone validator in
 * `@wamigrate/core/phone`, form schemas in `@wamigrate/core/schemas`, and the glossary and carry-over list
 * (shown beside the guide, not used by the engine) in `@wamigrate/core/reference`, so this entry stays small.
 */

// Engine
export {
  MIGRATION_EVENT_TYPES,
  type MigrationAnalyticsEvent,
  type MigrationAnalyticsEventType,
  type MigrationError,
  type MigrationEventBody,
} from './engine/analytics';
export { COMMAND_GUARDS, type GuardName } from './engine/commands';
export {
  createEngineConfig,
  createKnowledge,
  type EngineConfigOptions,
  type KnowledgeOptions,
  validateE164Shape,
} from './engine/config';
export {
  type Clock,
  createMigration,
  DEFAULT_STORAGE_KEY,
  type HostCheck,
  type Migration,
  type MigrationOptions,
  type SendResult,
  type Timers,
} from './engine/create-migration';
export { type GraphError, parseGraphError } from './engine/graph-error';
export { type FetchLike, type HttpHostActionsOptions, httpHostActions } from './engine/http-host-actions';
export {
  CODE_METHODS,
  isPhoneNumberId,
  isPortalCode,
  LIVE_CALL_STATUSES,
  LIVE_CALLS,
  LIVE_PHASES,
  type LiveCallStatus,
  type LiveState,
  MAX_TRIES,
  NETWORK_ERROR_CODE,
  normaliseCode,
  PORTAL_CODE_PREFIX,
  PORTAL_REFUSAL_CODES,
  type PortalRefusalCode,
  TRANSIENT_CODES,
} from './engine/live';
export type { HostActions } from './engine/live-runner';
export {
  type PersistOptions,
  type RestoreResult,
  restoreState,
  STORAGE_SCHEMA,
  STORAGE_VERSION,
  serializeState,
} from './engine/persistence';
export { deriveSnapshot } from './engine/snapshot';
export {
  asyncStorage,
  memoryStorage,
  type StorageAdapter,
  type StorageEventLike,
  type StorageEventSource,
  type WebStorageLike,
  webStorage,
} from './engine/storage';
export type { SalvagedAttempts } from './engine/stored-form';
export { createTransition, initialState } from './engine/transition';
export type {
  ApplicableEntry,
  CodeMethod,
  EngineConfig,
  HostCheckStatus,
  Knowledge,
  LiveCall,
  LiveCallState,
  LiveNumberStatus,
  LivePhase,
  LiveView,
  MigrationCommand,
  MigrationSnapshot,
  MigrationState,
  Notice,
  NoticeReason,
  PhoneCheck,
  PhoneValidation,
  Rejection,
  RejectionReason,
  ReportedError,
  RequirementResult,
  RequirementStatus,
  StepRecord,
  StepState,
  StepStatus,
} from './engine/types';
export {
  COMMAND_TYPES,
  type CommandType,
  HOST_CHECK_STATUSES,
  NOTICE_KINDS,
  NOTICE_REASONS,
  NOTICES,
  type NoticeKind,
  REJECTION_REASONS,
  REQUIREMENT_STATUSES,
  STEP_STATUSES,
} from './engine/vocabulary';
export { AFTER_MOVE_TASKS, type AfterMoveTask } from './knowledge/after-move';
// Knowledge
export {
  defineLocation,
  defineRequirement,
  defineScenario,
  defineStep,
  defineTroubleshootingEntry,
  defineWait,
  defineWarning,
  type ScenarioInput,
  type StepInput,
  type TroubleshootingEntryInput,
} from './knowledge/define';
export { FIELD_VALIDATORS, type FieldValidator, INPUT_FIELDS } from './knowledge/fields';
export { NUMBER_LOCATIONS } from './knowledge/locations';
export { PLACES, type Place } from './knowledge/places';
export { REQUIREMENTS } from './knowledge/requirements';
export { SCENARIOS } from './knowledge/scenarios';
export type { SourceId } from './knowledge/sources';
export {
  REGISTRATION_LIMIT_ENTRY_ID,
  TOO_MANY_CODE_REQUESTS_ENTRY_ID,
  TROUBLESHOOTING_ENTRIES,
  UNKNOWN_ERROR_ENTRY,
  UNKNOWN_ERROR_ENTRY_ID,
} from './knowledge/troubleshooting';
export type {
  Actor,
  CarryOverItem,
  EscalationTarget,
  ExpectedWait,
  GlossaryTerm,
  InputField,
  Locale,
  LocalizedText,
  MessageKey,
  NumberLocation,
  NumberLocationRecord,
  ProviderProfile,
  Requirement,
  RequirementCheck,
  RequirementGroup,
  Scenario,
  ScenarioChoice,
  Sourced,
  Step,
  StepWarning,
  SupportRequestKind,
  TroubleshootingEntry,
} from './knowledge/types';
export { ACTORS, ESCALATION_TARGETS, REQUIREMENT_GROUPS, SUPPORT_REQUEST_KINDS } from './knowledge/vocabulary';
// Provider profiles
export { canonicalLocale, defaultRegionOf, localeFallbacks, localize, wellFormedLocale } from './locale';
export {
  defineProviderProfile,
  type ProfileMessageParams,
  profileMessageParams,
  readProviderProfile,
  zendeskProfile,
} from './profiles/provider-profile';
// Rules
export {
  type AttemptPolicy,
  type AttemptPolicyState,
  evaluateAttempts,
  pruneAttempts,
  REGISTRATION_POLICY,
  VERIFICATION_CODE_POLICY_META,
  VERIFICATION_CODE_POLICY_SEED,
} from './rules/attempt-policy';
export { durationMessage, hoursOf } from './rules/duration';
// Support requests
export {
  buildSupportRequest,
  mailtoLink,
  type SupportRequest,
  type SupportRequestOptions,
  type Translate,
} from './support-request';
// Validators
export {
  compareIdentity,
  type IdentityIssue,
  type IdentityPair,
  type IdentityResult,
  validateBusinessManagerId,
  validateDisplayName,
} from './validation/business-identity';
export {
  invalid,
  type ValidationIssue,
  type ValidationResult,
  valid,
} from './validation/result';

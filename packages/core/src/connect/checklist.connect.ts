import type { SendResult } from '../engine/create-migration';
import type { MigrationCommand, MigrationSnapshot, RequirementResult } from '../engine/types';
import { FIELD_VALIDATORS, type FieldValidator } from '../knowledge/fields';
import type { InputField, Requirement } from '../knowledge/types';
// Types only: the phone validator itself stays in `@wamigrate/core/phone`.
import type { PhoneAdvice, PhoneCodeMethod } from '../validation/phone-number';
import type { ValidationResult } from '../validation/result';
import { checklistAnatomy, dataFlag } from './anatomy';
import { type IdentityPair, identityPairOf } from './field-rules';
import { textWithProfile } from './text';
import type { AnyEvent, ConnectEnv, MessageValues, PartProps, Send } from './types';

/** The parts of the snapshot this view model reads: a view re-renders only when one of them changes. */
export type ChecklistSnapshot = Pick<MigrationSnapshot, 'profile' | 'scenario' | 'requirements' | 'requirementsLeft'>;

const part = checklistAnatomy.attrs;

/** An answer the checklist sends: a field's text or a checkbox's tick. */
export type ChecklistAnswer = Extract<MigrationCommand, { readonly type: 'SET_FIELD' | 'ATTEST' }>;

/** Where a refused answer belongs: a field of a form, or a requirement's checkbox. */
export type AnswerTarget = { readonly field: InputField } | { readonly requirementId: string };

export const answerTargetKey = (target: AnswerTarget): string =>
  'field' in target ? `field:${target.field}` : `requirement:${target.requirementId}`;

/**
 * The targets whose latest answer the engine refused as `requirement-locked`, given what `send` answered for
 * `answer`; the same set when nothing changed, so a view keeps its state.
 */
export function nextRefusals(
  refused: ReadonlySet<string>,
  answer: ChecklistAnswer,
  result: SendResult,
): ReadonlySet<string> {
  const now = !result.accepted && result.reason === 'requirement-locked';
  const key = answerTargetKey(answer.type === 'SET_FIELD' ? { field: answer.field } : answer);
  if (refused.has(key) === now) return refused;
  const next = new Set(refused);
  if (now) next.add(key);
  else next.delete(key);
  return next;
}

/** The root's state: `loading` while stored progress is read, `empty` without a scenario, then `open` or `complete`. */
export type ChecklistPhase = 'loading' | 'empty' | 'open' | 'complete';

/** The ids of one control and of the texts beside it. */
export interface ControlIds {
  readonly control: string;
  readonly message: string;
  readonly hint: string;
}

export interface ItemIds {
  readonly title: string;
  readonly description: string;
  readonly status: string;
  readonly attestation: ControlIds;
}

export interface ChecklistGroupView {
  readonly id: string;
  readonly heading: string;
  readonly items: readonly RequirementView[];
}

export interface FieldMessage {
  readonly reason: 'invalid' | 'requirement-locked';
  readonly text: string;
}

/** What a form knows about one of its fields, for {@link ChecklistApi.field}. */
export interface FieldFormState {
  /** The form's own issue (a catalogue key and its values), once it validated the field; else undefined. */
  readonly issue: { readonly messageKey: string; readonly params?: MessageValues | undefined } | undefined;
  /** The field was left once or the form submitted: from then on the engine's issue is shown as well. */
  readonly shown: boolean;
  /** The engine refused the latest answer to it as `requirement-locked` ({@link ChecklistApi.refusalHolds}). */
  readonly refused: boolean;
  /** `snapshot.phoneNumberRemembered`. */
  readonly phoneNumberRemembered: boolean;
}

/** One field of an input requirement with what is said beside it. */
export interface FieldView {
  readonly field: InputField;
  readonly requirementId: string;
  readonly validator: FieldValidator;
  /** The other side of its identity pair: a change to one re-checks the other. */
  readonly partner: InputField | undefined;
  readonly label: string;
  readonly ids: ControlIds;
  /** The form's issue, else the engine's once shown; then the refusal, while a finished step relies on it. */
  readonly messages: readonly FieldMessage[];
  readonly invalid: boolean;
  readonly locked: boolean;
  /** The phone number was valid earlier but is not stored here: the field is empty, the requirement met. */
  readonly remembered: boolean;
  readonly hint: string;
}

/** How the verification code can reach a valid number, as sentences. */
export interface PhoneAdviceView {
  readonly method: PhoneCodeMethod;
  readonly items: readonly { readonly key: string; readonly text: string }[];
}

export interface RequirementView {
  readonly id: string;
  readonly requirement: Requirement;
  readonly result: RequirementResult;
  readonly status: RequirementResult['status'];
  readonly via: RequirementResult['via'];
  readonly title: string;
  /** Empty where the requirement has none (its sentence says all). */
  readonly description: string;
  /** The status in words, never colour alone. */
  readonly statusText: string;
  /** The sentence beside the checkbox (the attestation text, else the title). */
  readonly attestation: string;
  readonly checked: boolean;
  /** A finished step relies on it: changing it needs that step reopened. */
  readonly locked: boolean;
  readonly fields: readonly InputField[];
  readonly identityPair: IdentityPair | undefined;
  /** The form's rule (`phone-number`, `same-display-name` ...); undefined unless answered by input. */
  readonly rule: string | undefined;
  /** The name of a pair's fieldset; empty without a pair. */
  readonly legend: string;
}

/** One step's checklist instead of the whole path's (`stepId`): the requirements that step waits for. */
export interface ChecklistOptions {
  readonly stepId?: string | undefined;
}

export interface ChecklistApi {
  readonly hasScenario: boolean;
  /** The step this checklist belongs to; undefined for the whole path's. */
  readonly stepId: string | undefined;
  /** The unmet requirements the user confirms with a tick (not typed, not answered by the host). */
  readonly toConfirm: readonly RequirementView[];
  readonly items: readonly RequirementView[];
  /** The groups in the order the knowledge lists them, each with its heading. */
  readonly groups: readonly ChecklistGroupView[];
  readonly left: number;
  readonly texts: {
    readonly title: string;
    readonly empty: string;
    readonly progress: string;
    readonly refusedLocked: string;
    readonly recheck: string;
    readonly check: string;
    /** Said once every requirement here is met (the list then folds). */
    readonly allMet: string;
    /** The disclosure's summary inside a step. */
    readonly stepTitle: string;
    /** The button that ticks every statement still to confirm, after the user has read them. */
    readonly confirmAll: string;
  };
  item(requirementId: string): RequirementView | undefined;
  attest(requirementId: string, value: boolean): void;
  /** Ticks every statement of `toConfirm`. */
  confirmAll(): void;
  getConfirmAllTriggerProps(options?: { readonly onConfirmed?: (() => void) | undefined }): PartProps;
  /** The native disclosure a step's requirements fold into when the step opens with all of them met. */
  getFoldProps(): PartProps;
  getFoldSummaryProps(): PartProps;
  setField(field: InputField, value: string): void;
  getItemProps(requirementId: string): PartProps;
  getItemStatusProps(requirementId: string, id: string): PartProps;
  /** The checkbox: each change attests; `refused` marks a change the engine refused (a done step relies on it). */
  getAttestationCheckboxProps(
    requirementId: string,
    options: {
      readonly id: string;
      readonly messageId: string;
      readonly refused: boolean;
      readonly checked?: (event?: AnyEvent) => boolean;
      /** Sends the answer instead of the engine's `send`: a view that remembers refusals passes its own. */
      readonly send?: (answer: ChecklistAnswer) => void;
    },
  ): PartProps;
  getRecheckTriggerProps(
    requirementId: string,
    options: { readonly describedBy: string; readonly recheck: (requirementId: string) => void },
  ): PartProps;
  /** A group by id, also one the knowledge does not list (then without items). */
  group(groupId: string): ChecklistGroupView;
  /** `loading` (the view's `snapshot.status === 'loading'`) is not among the keys this model reads. */
  phase(loading: boolean): ChecklistPhase;
  itemIds(requirementId: string): ItemIds;
  /** Whether a refusal of the latest answer to `target` still holds: only while a finished step relies on it. */
  refusalHolds(target: AnswerTarget, refused: ReadonlySet<string>): boolean;
  field(requirementId: string, field: InputField, form: FieldFormState): FieldView;
  /**
   * The advice for a valid phone number the field shows without a problem; null otherwise (and then
   * `validate` is not asked). Pass the validator the engine uses, so the text is validated once.
   */
  phoneAdvice(
    view: FieldView,
    value: string,
    validate: (input: string) => ValidationResult<{ readonly advice?: PhoneAdvice | undefined }>,
  ): PhoneAdviceView | null;
  getRootProps(options: { readonly loading: boolean }): PartProps;
  getHeadingProps(): PartProps;
  getEmptyProps(): PartProps;
  /** How many are left, in a polite live region that exists before the first answer. */
  getProgressProps(): PartProps;
  getGroupProps(groupId: string): PartProps;
  getGroupHeadingProps(groupId: string): PartProps;
  getListProps(): PartProps;
  getItemTitleProps(requirementId: string): PartProps;
  getItemDescriptionProps(requirementId: string): PartProps;
  getAttestationProps(requirementId: string, options: { readonly refused: boolean }): PartProps;
  getAttestationLabelProps(requirementId: string): PartProps;
  getAttestationMessageProps(requirementId: string): PartProps;
  getFieldsProps(requirementId: string): PartProps;
  getFieldsetProps(requirementId: string): PartProps;
  getLegendProps(requirementId: string): PartProps;
  getFieldsSubmitProps(requirementId: string): PartProps;
  getFieldProps(view: FieldView): PartProps;
  getFieldLabelProps(view: FieldView): PartProps;
  getFieldInputProps(view: FieldView): PartProps;
  getFieldHintProps(view: FieldView): PartProps;
  getFieldErrorProps(view: FieldView): PartProps;
  getPhoneAdviceProps(advice: PhoneAdviceView): PartProps;
}

/**
 * The checklist: every requirement of the chosen path with its state, words and controls, or, with `stepId`,
 * only those that step waits for, in the step's order.
 */
export function connectChecklist(
  snapshot: ChecklistSnapshot,
  send: Send,
  env: ConnectEnv,
  options: ChecklistOptions = {},
): ChecklistApi {
  const t = textWithProfile(snapshot, env);
  const step = options.stepId === undefined ? undefined : snapshot.scenario?.steps.find((s) => s.id === options.stepId);
  const results = step
    ? step.requirements.flatMap((id) => snapshot.requirements.filter((r) => r.requirement.id === id))
    : snapshot.requirements;
  const items = results.map((result): RequirementView => {
    const { requirement } = result;
    const check = requirement.check;
    const pair = identityPairOf(check);
    return {
      id: requirement.id,
      requirement,
      result,
      status: result.status,
      via: result.via,
      title: t(requirement.titleKey),
      description: requirement.descriptionKey ? t(requirement.descriptionKey) : '',
      statusText: t(`requirementStatus.${result.status}`),
      attestation: t(requirement.attestationKey ?? requirement.titleKey),
      checked: result.status === 'met',
      locked: result.lockedBy !== undefined,
      fields: check.kind === 'input' ? check.fields : [],
      identityPair: pair,
      rule: check.kind === 'input' ? check.rule : undefined,
      legend: pair && check.kind === 'input' ? t(`ui.checklist.legend.${check.rule}`) : '',
    };
  });
  const byId = new Map(items.map((i) => [i.id, i]));
  const groupIds = [...new Set(items.map((i) => i.requirement.group))];
  const group = (id: string): ChecklistGroupView => ({
    id,
    heading: t(`requirementGroup.${id}`),
    items: items.filter((i) => i.requirement.group === id),
  });
  const groupHeadingId = (groupId: string) => `${env.id}-group-${groupId}-heading`;
  const controlIds = (base: string): ControlIds => ({
    control: base,
    message: `${base}-message`,
    hint: `${base}-hint`,
  });
  const itemIds = (requirementId: string): ItemIds => {
    const base = `${env.id}-${requirementId}`;
    return {
      title: `${base}-title`,
      description: `${base}-description`,
      status: `${base}-status`,
      attestation: controlIds(`${base}-attestation`),
    };
  };
  const left = step ? items.filter((i) => i.status !== 'met').length : snapshot.requirementsLeft;
  const phase = (loading: boolean): ChecklistPhase =>
    loading ? 'loading' : !snapshot.scenario ? 'empty' : left === 0 ? 'complete' : 'open';
  const attest = (requirementId: string, value: boolean) => send({ type: 'ATTEST', requirementId, value });
  // A statement the user ticks: an attestation, or a host check the host does not answer (then attested).
  const toConfirm = items.filter((i) => i.status !== 'met' && !i.locked && i.fields.length === 0 && i.via !== 'host');
  const confirmAll = () => {
    for (const i of toConfirm) attest(i.id, true);
  };
  const withItem = (id: string, props: (i: RequirementView) => PartProps): PartProps => {
    const i = byId.get(id);
    return i ? props(i) : {};
  };
  return {
    hasScenario: snapshot.scenario !== null,
    stepId: step?.id,
    toConfirm,
    items,
    groups: groupIds.map(group),
    left,
    texts: {
      title: t('ui.checklist.title'),
      empty: t('ui.checklist.noScenario'),
      progress: t('progress.requirementsLeft', { count: left }),
      refusedLocked: t('rejection.requirement-locked'),
      recheck: t('ui.checklist.recheck'),
      check: t('ui.checklist.check'),
      allMet: t('ui.checklist.allMet', { count: items.length }),
      stepTitle: t('ui.checklist.stepTitle'),
      confirmAll: t('ui.checklist.confirmAll', { count: toConfirm.length }),
    },
    item: (id) => byId.get(id),
    attest,
    confirmAll,
    getConfirmAllTriggerProps: ({ onConfirmed } = {}) => ({
      type: 'button',
      ...part('confirm-all-trigger'),
      onClick: (event?: AnyEvent) => {
        if (event?.defaultPrevented === true) return;
        confirmAll();
        onConfirmed?.();
      },
    }),
    // Uncontrolled: the person opens and closes it; the view renders it only for a step met on arrival.
    getFoldProps: () => part('fold'),
    getFoldSummaryProps: () => part('fold-summary'),
    setField: (field, value) => send({ type: 'SET_FIELD', field, value }),
    getItemProps: (id) =>
      withItem(id, (i) => ({
        ...part('item'),
        'data-state': i.status,
        'data-via': i.via,
        'data-requirement': i.id,
        'data-locked': dataFlag(i.locked),
        'data-invalid': dataFlag(i.status === 'failed'),
      })),
    getItemStatusProps: (id, elementId) =>
      withItem(id, (i) => ({
        id: elementId,
        role: i.via === 'host' ? 'status' : undefined,
        ...part('item-status'),
        'data-state': i.status,
      })),
    getAttestationCheckboxProps: (id, options) =>
      withItem(id, (i) => ({
        id: options.id,
        type: 'checkbox',
        name: i.id,
        checked: i.checked,
        'aria-describedby': options.refused ? options.messageId : undefined,
        ...part('attestation-checkbox'),
        'data-state': i.checked ? 'checked' : 'unchecked',
        'data-locked': dataFlag(options.refused),
        onChange: (event?: AnyEvent) => {
          if (event?.defaultPrevented === true) return;
          const value = options.checked ? options.checked(event) : !i.checked;
          if (options.send) options.send({ type: 'ATTEST', requirementId: i.id, value });
          else attest(i.id, value);
        },
      })),
    getRecheckTriggerProps: (id, { describedBy, recheck }) =>
      withItem(id, (i) => ({
        type: 'button',
        'aria-describedby': describedBy,
        ...part('recheck-trigger'),
        'data-state': i.status,
        onClick: (event?: AnyEvent) => {
          if (event?.defaultPrevented !== true) recheck(i.id);
        },
      })),
    group,
    phase,
    itemIds,
    refusalHolds: (target, refused) => {
      if (!refused.has(answerTargetKey(target))) return false;
      const i = 'field' in target ? items.find((r) => r.fields.includes(target.field)) : byId.get(target.requirementId);
      return i?.locked === true;
    },
    field: (requirementId, field, form) => {
      const i = byId.get(requirementId);
      const result = i?.result;
      const pair = i?.identityPair;
      const engineIssue = form.shown && result?.issueField === field ? result.issue : undefined;
      const issueText = form.issue
        ? t(form.issue.messageKey, form.issue.params)
        : engineIssue && t(engineIssue.messageKey, engineIssue.params);
      const locked = form.refused && i?.locked === true;
      const messages: FieldMessage[] = [];
      if (issueText) messages.push({ reason: 'invalid', text: issueText });
      if (locked) messages.push({ reason: 'requirement-locked', text: t('rejection.requirement-locked') });
      return {
        field,
        requirementId,
        validator: FIELD_VALIDATORS[field],
        partner: pair && (field === pair.current ? pair.next : field === pair.next ? pair.current : undefined),
        label: t(`fields.${field}`),
        ids: controlIds(`${env.id}-${requirementId}-${field}`),
        messages,
        invalid: Boolean(issueText),
        locked,
        remembered: field === 'phoneNumber' && form.phoneNumberRemembered,
        hint: t('ui.checklist.phoneRemembered'),
      };
    },
    phoneAdvice: (view, value, validate) => {
      if (view.validator !== 'phone-number' || view.invalid || value.trim() === '') return null;
      const result = validate(value);
      // A validator without advice (the E.164 shape check) has nothing to say about delivery.
      if (!result.ok || result.value.advice === undefined) return null;
      const { method, notes } = result.value.advice;
      const keys = [`phone.advice.method.${method}`, ...notes.map((note) => note.messageKey)];
      return { method, items: keys.map((key) => ({ key, text: t(key) })) };
    },
    getRootProps: ({ loading }) => ({ ...part('root'), 'data-state': phase(loading) }),
    getHeadingProps: () => part('heading'),
    getEmptyProps: () => part('empty'),
    getProgressProps: () => ({
      role: 'status',
      'aria-live': 'polite',
      'aria-atomic': 'true',
      ...part('progress'),
      'data-state': left === 0 ? 'complete' : 'open',
      'data-count': String(left),
    }),
    getGroupProps: (groupId) => ({
      'aria-labelledby': groupHeadingId(groupId),
      ...part('group'),
      'data-group': groupId,
    }),
    getGroupHeadingProps: (groupId) => ({ id: groupHeadingId(groupId), ...part('group-heading') }),
    getListProps: () => part('list'),
    getItemTitleProps: (id) => withItem(id, (i) => ({ id: itemIds(i.id).title, ...part('item-title') })),
    getItemDescriptionProps: (id) =>
      withItem(id, (i) => ({ id: itemIds(i.id).description, ...part('item-description') })),
    getAttestationProps: (id, { refused }) =>
      withItem(id, (i) => ({
        ...part('attestation'),
        'data-state': i.checked ? 'checked' : 'unchecked',
        'data-locked': dataFlag(refused),
      })),
    getAttestationLabelProps: (id) =>
      withItem(id, (i) => ({ htmlFor: itemIds(i.id).attestation.control, ...part('attestation-label') })),
    getAttestationMessageProps: (id) =>
      withItem(id, (i) => ({
        id: itemIds(i.id).attestation.message,
        role: 'alert',
        ...part('attestation-message'),
        'data-reason': 'requirement-locked',
      })),
    getFieldsProps: (id) => withItem(id, (i) => ({ ...part('fields'), 'data-rule': i.rule })),
    getFieldsetProps: (id) => withItem(id, () => part('fieldset')),
    getLegendProps: (id) => withItem(id, () => part('legend')),
    getFieldsSubmitProps: (id) => withItem(id, () => ({ type: 'submit', ...part('fields-submit') })),
    getFieldProps: (view) => ({
      ...part('field'),
      'data-field': view.field,
      'data-invalid': dataFlag(view.invalid),
      'data-locked': dataFlag(view.locked),
    }),
    getFieldLabelProps: (view) => ({ htmlFor: view.ids.control, ...part('field-label') }),
    getFieldInputProps: (view) => {
      const describedBy = [view.remembered && view.ids.hint, view.messages.length > 0 && view.ids.message]
        .filter(Boolean)
        .join(' ');
      return {
        id: view.ids.control,
        name: view.field,
        'aria-invalid': view.invalid || undefined,
        'aria-describedby': describedBy || undefined,
        'aria-required': 'true',
        ...part('field-input'),
        'data-invalid': dataFlag(view.invalid),
        'data-locked': dataFlag(view.locked),
      };
    },
    getFieldHintProps: (view) => ({ id: view.ids.hint, ...part('field-hint'), 'data-reason': 'remembered' }),
    getFieldErrorProps: (view) => ({
      id: view.ids.message,
      role: 'alert',
      ...part('field-error'),
      'data-state': view.invalid ? 'invalid' : 'locked',
    }),
    getPhoneAdviceProps: (advice) => ({ ...part('phone-advice'), 'data-method': advice.method }),
  };
}

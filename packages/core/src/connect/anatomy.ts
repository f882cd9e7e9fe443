/**
 * The parts each component renders, by name. Every part carries `data-scope` and `data-part`; the
 * stylesheet's documentation, the element's `::part()` names and the tests read these lists.
 */
export interface Anatomy<Part extends string = string> {
  readonly scope: string;
  readonly parts: readonly Part[];
  /** `{ 'data-scope': scope, 'data-part': part }` for one part. */
  attrs(part: Part): { readonly 'data-scope': string; readonly 'data-part': Part };
}

export function createAnatomy<const Part extends string>(scope: string, parts: readonly Part[]): Anatomy<Part> {
  return { scope, parts, attrs: (part) => ({ 'data-scope': scope, 'data-part': part }) };
}

export const guideAnatomy = createAnatomy('migration-guide', [
  'root',
  'heading',
  'notice',
  'loading',
  'scenario',
  'scenario-title',
  'change-scenario',
  'picker',
  'cancel-change',
]);

export const pickerAnatomy = createAnatomy('scenario-picker', [
  'root',
  'heading',
  'intro',
  'question',
  'legend',
  'question-hint',
  'fixed-answer',
  'option',
  'option-hint',
  'result',
  'switch-warning',
  'start-trigger',
]);

export const stepperAnatomy = createAnatomy('migration-stepper', [
  'root',
  'list',
  'item',
  'trigger',
  'indicator',
  'item-title',
  'status',
  'empty',
  'content',
  'heading',
  'description',
  'actors',
  'warnings',
  'warning',
  'terms',
  'terms-label',
  'places',
  'places-label',
  'place',
  'place-path',
  'waits',
  'wait',
  'how-to-complete',
  'requirements',
  'requirements-label',
  'note',
  'actions',
  'requirements-left',
  'complete-trigger',
  'skip-trigger',
  'reopen-trigger',
  'back-trigger',
  'confirm-overlay',
  'confirm-dialog',
  'confirm-title',
  'confirm-description',
  'confirm-actions',
  'confirm-cancel',
  'confirm-accept',
  'navigation',
  'prev-trigger',
  'next-trigger',
  'progress',
  'progress-step',
  'progress-bar',
  'progress-done',
  'after-move-heading',
  'after-move',
  'rejection',
  'completion',
  'completion-heading',
  'verification-code',
  'code-heading',
  'code-remaining',
  'code-advice',
  'code-explain',
  'request-code-trigger',
  'code-announcer',
  'support-request',
  'support-fold',
  'support-heading',
  'support-number-note',
  'support-subject',
  'support-body',
  'copy-subject',
  'copy-body',
  'copy-status',
  'support-mailto',
  'support-contact',
]);

export const checklistAnatomy = createAnatomy('requirements-checklist', [
  'root',
  'heading',
  'progress',
  'empty',
  'list',
  'group',
  'group-heading',
  'item',
  'item-title',
  'item-status',
  'item-description',
  'attestation',
  'attestation-checkbox',
  'attestation-label',
  'attestation-message',
  'fields',
  'fieldset',
  'legend',
  'field',
  'field-label',
  'field-input',
  'field-hint',
  'field-error',
  'phone-advice',
  'fields-submit',
  'confirm-all-trigger',
  'fold',
  'fold-summary',
  'recheck-trigger',
]);

export const troubleshootingAnatomy = createAnatomy('troubleshooting-panel', [
  'root',
  'title',
  'intro',
  'search-field',
  'search-label',
  'search',
  'status',
  'list-heading',
  'list',
  'entry',
  'entry-heading',
  'entry-trigger',
  'entry-content',
  'error-message',
  'error-code',
  'error-details',
  'error-trace',
  'dismiss-trigger',
  'cause',
  'tell',
  'actions-label',
  'actions',
  'action',
  'wait',
  'escalation',
  'escalation-target',
  'fold',
  'fold-summary',
  'announcer',
]);

export const carryOverAnatomy = createAnatomy('carry-over-summary', [
  'root',
  'heading',
  'list',
  'item',
  'item-title',
  'item-detail',
]);

export const glossaryAnatomy = createAnatomy('glossary-term', ['root', 'trigger', 'definition']);

/** Every component's anatomy, for documentation and `::part()` names. */
export const ANATOMIES = [
  guideAnatomy,
  pickerAnatomy,
  stepperAnatomy,
  checklistAnatomy,
  troubleshootingAnatomy,
  carryOverAnatomy,
  glossaryAnatomy,
] as const;

/** A presence flag for styling hooks: `data-x=""` when true, absent otherwise. */
export const dataFlag = (on: boolean | undefined): '' | undefined => (on ? '' : undefined);

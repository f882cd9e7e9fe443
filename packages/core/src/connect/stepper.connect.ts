import type { MigrationCommand, MigrationSnapshot, Rejection, StepState, StepStatus } from '../engine/types';
import { AFTER_MOVE_TASKS } from '../knowledge/after-move';
import type { Step, StepWarning } from '../knowledge/types';
import { dataFlag, stepperAnatomy } from './anatomy';
import { joinNames, listLocale } from './join-names';
import { durationText, textWithProfile } from './text';
import type { AnyEvent, ConnectEnv, PartProps, Send } from './types';

/** The parts of the snapshot this view model reads: a view re-renders only when one of them changes. */
export type StepperSnapshot = Pick<
  MigrationSnapshot,
  'profile' | 'scenario' | 'steps' | 'requirements' | 'progress' | 'isComplete' | 'currentStepId' | 'rejection'
>;

const part = stepperAnatomy.attrs;

/** Where focus lands when the run is complete and no step is open. */
export const COMPLETE_ARRIVAL = '#complete';

/** The commands whose refusal the stepper explains; other parts explain their own. */
export const STEPPER_COMMANDS: readonly MigrationCommand['type'][] = [
  'GO_TO_STEP',
  'COMPLETE_STEP',
  'SKIP_STEP',
  'REOPEN_STEP',
  'REQUEST_CODE',
];

/** `back`: a later step read ahead offers the way back to the current one instead of completing. */
export type StepAction = 'complete' | 'skip' | 'reopen' | 'back';

/**
 * Reading ahead: a view that keeps which later step the person opened (`reading`) and lets the triggers of
 * locked steps open it (`read`). Without `read`, locked steps stay disabled.
 */
export interface StepperOptions {
  readonly reading?: string | null | undefined;
  readonly read?: ((stepId: string | null) => void) | undefined;
}

/** A requirement the step still needs, and how the user meets it. */
export interface UnmetRequirementView {
  readonly id: string;
  readonly title: string;
  readonly status: 'unmet' | 'failed' | 'checking' | 'error';
  readonly via: 'attestation' | 'input' | 'host';
}

export interface StepView {
  readonly id: string;
  readonly step: Step;
  readonly index: number;
  readonly status: StepStatus;
  readonly isCurrent: boolean;
  readonly isDone: boolean;
  readonly isLocked: boolean;
  readonly canComplete: boolean;
  readonly canSkip: boolean;
  readonly title: string;
  readonly description: string;
  readonly howToComplete: string;
  /** Who acts, as a sentence ("Who does this: you and Meta"). */
  readonly actors: string;
  /** Each warning with its severity in words, not colour only. */
  readonly warnings: readonly {
    readonly id: string;
    readonly severity: StepWarning['severity'];
    readonly text: string;
  }[];
  readonly waits: readonly { readonly id: string; readonly text: string }[];
  /** Glossary ids of the words this step is the first of its path to use: explained here. */
  readonly terms: readonly string[];
  /** Where to go, as links whose address is known: Meta's places and the provider's from its profile. */
  readonly places: readonly {
    readonly id: string;
    readonly text: string;
    readonly href: string;
    /** Where to click once there; null when the place has no path to give. */
    readonly path: string | null;
  }[];
  readonly unmet: readonly UnmetRequirementView[];
  /**
   * How many of the step's requirements are left ("2 requirements left", then "All 5 … are met"), said beside
   * its buttons; null for a step that waits for none, or once it is done.
   */
  readonly left: string | null;
  /** The buttons the step shows, in order. */
  readonly actions: readonly StepAction[];
  /** Completing it needs the user's explicit confirmation first (the number goes offline). */
  readonly needsConfirmation: boolean;
  readonly confirmation: {
    readonly title: string;
    readonly body: string;
    readonly accept: string;
    readonly cancel: string;
  } | null;
  /** The status in words, for assistive technology beside the indicator. */
  readonly statusText: string;
  /** What a finished step says about itself; null while open. */
  readonly note: string | null;
}

export interface StepperApi {
  readonly state: 'idle' | 'in-progress' | 'complete';
  readonly isComplete: boolean;
  readonly steps: readonly StepView[];
  readonly current: StepView | undefined;
  /** The later (locked) step the person opened to read ahead; null otherwise. */
  readonly reading: StepView | null;
  /** What the content shows: the step read ahead, else the current step. */
  readonly shown: StepView | undefined;
  /** The nearest earlier and later steps that are not locked. */
  readonly previous: StepView | undefined;
  readonly next: StepView | undefined;
  /** What should hold focus: the current step's heading, or the completion message. */
  readonly arrival: string | null;
  readonly progress: {
    readonly done: number;
    readonly total: number;
    readonly percent: number;
    /** "Step 2 of 4", while a step is open. */
    readonly currentText: string | null;
    readonly doneText: string;
  };
  /** Why the engine refused the last step command, in words; null otherwise. */
  readonly rejection: { readonly rejection: Rejection; readonly text: string } | null;
  readonly texts: {
    readonly list: string;
    readonly empty: string;
    readonly unmet: string;
    readonly previous: string;
    readonly next: string;
    readonly complete: string;
    readonly skip: string;
    readonly reopen: string;
    readonly back: string;
    readonly completionTitle: string;
    readonly completionBody: string;
    /** What is left to do after the move, in order, under `afterMoveHeading`. */
    readonly afterMoveHeading: string;
    readonly afterMove: readonly string[];
    /** The label of the words a step explains. */
    readonly terms: string;
    /** The label of a step's links, and what a screen reader hears after each (they open a new tab). */
    readonly places: string;
    readonly newTab: string;
  };
  step(stepId: string): StepView | undefined;
  headingId(stepId: string): string;
  goTo(stepId: string): void;
  complete(stepId: string, confirmed?: boolean): void;
  skip(stepId: string): void;
  reopen(stepId: string): void;
  getRootProps(): PartProps;
  getListProps(): PartProps;
  getItemProps(stepId: string): PartProps;
  getTriggerProps(stepId: string): PartProps;
  getIndicatorProps(stepId: string): PartProps;
  getStatusProps(stepId: string): PartProps;
  getContentProps(stepId: string): PartProps;
  getHeadingProps(stepId: string): PartProps;
  getNoteProps(stepId: string): PartProps;
  getRequirementsProps(stepId: string): PartProps;
  getActionsProps(stepId: string): PartProps;
  /** The polite live region beside the buttons that says how many requirements are left. */
  getLeftProps(stepId: string): PartProps;
  getItemTitleProps(stepId: string): PartProps;
  getEmptyProps(): PartProps;
  getDescriptionProps(stepId: string): PartProps;
  /** `data-actors`: who acts, as ids, for styling. */
  getActorsProps(stepId: string): PartProps;
  getWarningsProps(stepId: string): PartProps;
  /** `data-severity` beside the severity in words. */
  getWarningProps(stepId: string, warningId: string): PartProps;
  getWaitsProps(stepId: string): PartProps;
  getWaitProps(stepId: string, waitId: string): PartProps;
  getHowToCompleteProps(stepId: string): PartProps;
  getRequirementsLabelProps(stepId: string): PartProps;
  /** One unmet requirement in the step's list: its status as `data-state`. */
  getUnmetRequirementProps(stepId: string, requirementId: string): PartProps;
  getConfirmOverlayProps(): PartProps;
  getConfirmDialogProps(stepId: string): PartProps;
  getConfirmTitleProps(): PartProps;
  getConfirmDescriptionProps(): PartProps;
  getConfirmActionsProps(): PartProps;
  getNavigationProps(): PartProps;
  getProgressStepProps(): PartProps;
  /** The native `<progress>`, named by the "1 of 4 steps done" text whose id the view gives. */
  getProgressBarProps(labelledBy: string): PartProps;
  getProgressDoneProps(id: string): PartProps;
  /**
   * "Mark as done". `aria-disabled` (not `disabled`) while the step cannot be completed, so pressing it
   * lets the engine say why. A step that needs confirmation calls `requestConfirmation` instead of sending.
   */
  getCompleteTriggerProps(stepId: string, options?: { readonly requestConfirmation?: () => void }): PartProps;
  getSkipTriggerProps(stepId: string): PartProps;
  getReopenTriggerProps(stepId: string): PartProps;
  /** From a step read ahead, back to the current step. */
  getBackTriggerProps(stepId: string): PartProps;
  getConfirmAcceptProps(stepId: string, options?: { readonly beforeAccept?: () => void }): PartProps;
  getConfirmCancelProps(options: { readonly cancel: () => void }): PartProps;
  getPrevTriggerProps(): PartProps;
  getNextTriggerProps(): PartProps;
  getProgressProps(): PartProps;
  getRejectionProps(): PartProps;
  getCompletionProps(): PartProps;
  getCompletionHeadingProps(): PartProps;
}

const isDoneStatus = (status: StepStatus) => status === 'complete' || status === 'skipped';

/** The step's status as `data-state` plus presence flags for styling. */
export function stepDataAttrs(status: StepStatus, isCurrent: boolean) {
  return {
    'data-state': status,
    'data-current': dataFlag(isCurrent),
    'data-complete': dataFlag(status === 'complete'),
    'data-blocked': dataFlag(status === 'blocked' || status === 'error'),
    'data-locked': dataFlag(status === 'locked'),
  } as const;
}

/** Runs `action` unless the host's own handler, merged before ours, prevented the default. */
const unlessPrevented = (action: () => void) => (event?: AnyEvent) => {
  if (event?.defaultPrevented !== true) action();
};

/** The stepper's view model: every step's state, words and actions, and prop getters for each part. */
export function connectStepper(
  snapshot: StepperSnapshot,
  send: Send,
  env: ConnectEnv,
  { reading: readingId = null, read }: StepperOptions = {},
): StepperApi {
  const t = textWithProfile(snapshot, env);
  const language = env.language ?? env.locale;

  // Each word is explained once, at the first step of the path that uses it.
  const firstUse = new Map<string, readonly string[]>();
  const explained = new Set<string>();
  for (const s of snapshot.scenario?.steps ?? []) {
    firstUse.set(
      s.id,
      (s.terms ?? []).filter((term) => !explained.has(term)),
    );
    for (const term of s.terms ?? []) explained.add(term);
  }

  const view = (state: StepState): StepView => {
    const { step, status } = state;
    const isDone = isDoneStatus(status);
    const unmet = snapshot.requirements
      .filter((r) => state.unmetRequirements.includes(r.requirement.id) && r.status !== 'met')
      .map((r) => ({
        id: r.requirement.id,
        title: t(r.requirement.titleKey),
        status: r.status as UnmetRequirementView['status'],
        via: r.via,
      }));
    const confirm = step.confirmation;
    const readAhead = status === 'locked' && read !== undefined;
    const actions: StepAction[] = isDone
      ? ['reopen']
      : readAhead
        ? ['back']
        : step.optional === true
          ? ['complete', 'skip']
          : ['complete'];
    return {
      id: step.id,
      step,
      index: state.index,
      status,
      isCurrent: state.isCurrent,
      isDone,
      isLocked: status === 'locked',
      canComplete: state.canComplete,
      canSkip: state.canSkip,
      title: t(step.titleKey),
      description: t(step.descriptionKey),
      howToComplete: t(step.howToCompleteKey),
      actors: t('ui.stepper.actors', {
        actors: joinNames(
          step.actors.map((actor) => t(`actor.${actor}`)),
          listLocale(env.locale, language),
          t,
        ),
      }),
      warnings: step.warnings.map((w) => ({
        id: w.id,
        severity: w.severity,
        text: t(`ui.stepper.severity.${w.severity}`, { message: t(w.messageKey) }),
      })),
      waits: step.waits.map((w) => ({ id: w.id, text: t('ui.stepper.wait', { message: t(w.messageKey) }) })),
      terms: firstUse.get(step.id) ?? [],
      places: (step.places ?? []).flatMap((p) => {
        // Only web addresses leave the guide, whoever wrote the place (a host's own too).
        const href = p.href(snapshot.profile, env.locale);
        if (href === undefined || !/^https:\/\//iu.test(href)) return [];
        const path = p.pathKey ? t(p.pathKey) : (p.profilePath?.(snapshot.profile, env.locale) ?? null);
        return [{ id: p.id, text: t(p.messageKey), href, path }];
      }),
      unmet,
      left:
        isDone || step.requirements.length === 0
          ? null
          : unmet.length > 0
            ? t('progress.requirementsLeft', { count: unmet.length })
            : t('ui.checklist.allMet', { count: step.requirements.length }),
      actions,
      needsConfirmation: step.requiresConfirmation === true,
      confirmation:
        step.requiresConfirmation === true
          ? {
              title: t(confirm?.titleKey ?? 'ui.stepper.confirm.title'),
              body: t(confirm?.bodyKey ?? 'ui.stepper.confirm.body'),
              accept: t(confirm?.acceptKey ?? 'ui.stepper.confirm.accept'),
              cancel: t(confirm?.cancelKey ?? 'ui.stepper.confirm.cancel'),
            }
          : null,
      statusText: t('ui.stepper.statusInName', { status: t(`stepStatus.${status}`) }),
      note:
        status === 'complete'
          ? t('ui.stepper.stepDone')
          : status === 'skipped'
            ? t('ui.stepper.stepSkipped')
            : readAhead
              ? t('ui.stepper.readAhead')
              : null,
    };
  };

  const steps = snapshot.steps.map(view);
  const byId = new Map(steps.map((s) => [s.id, s]));
  // Only a step that is still locked is read ahead: once it opens, it is simply a step.
  const reading = steps.find((s) => s.id === readingId && s.isLocked) ?? null;
  const currentIndex = steps.findIndex((s) => s.isCurrent);
  const current = steps[currentIndex];
  const neighbour = (direction: -1 | 1) => {
    if (currentIndex < 0) return undefined;
    const candidates = direction < 0 ? steps.slice(0, currentIndex).reverse() : steps.slice(currentIndex + 1);
    return candidates.find((s) => !s.isLocked);
  };
  const previous = neighbour(-1);
  const next = neighbour(1);
  const { done, total, percent } = snapshot.progress;
  const rejected = snapshot.rejection;
  const rejection =
    rejected && (STEPPER_COMMANDS as readonly string[]).includes(rejected.eventType)
      ? {
          rejection: rejected,
          text: t(
            `rejection.${rejected.reason}`,
            rejected.nextAllowedAt === undefined
              ? {}
              : { duration: durationText(t, rejected.nextAllowedAt - rejected.at) },
          ),
        }
      : null;

  const headingId = (stepId: string) => `${env.id}-${stepId}-heading`;
  const goTo = (stepId: string) => send({ type: 'GO_TO_STEP', stepId });
  const complete = (stepId: string, confirmed?: boolean) =>
    send(confirmed === true ? { type: 'COMPLETE_STEP', stepId, confirmed } : { type: 'COMPLETE_STEP', stepId });
  const skip = (stepId: string) => send({ type: 'SKIP_STEP', stepId });
  const reopen = (stepId: string) => send({ type: 'REOPEN_STEP', stepId });
  /** Prop getters for a step the stepper does not have return nothing to spread. */
  const withStep = (stepId: string, props: (s: StepView) => PartProps): PartProps => {
    const s = byId.get(stepId);
    return s ? props(s) : {};
  };
  const data = (s: StepView) => ({
    ...stepDataAttrs(s.status, s.isCurrent),
    'data-reading': dataFlag(reading?.id === s.id),
  });
  const navTrigger = (direction: 'prev' | 'next', target: StepView | undefined): PartProps => ({
    type: 'button',
    disabled: !target,
    ...part(`${direction}-trigger`),
    'data-state': target ? 'enabled' : 'disabled',
    onClick: unlessPrevented(() => {
      if (target) goTo(target.id);
    }),
  });
  const arrival = snapshot.currentStepId ?? (snapshot.isComplete ? COMPLETE_ARRIVAL : null);
  const completionActive = snapshot.isComplete && snapshot.currentStepId === null;

  return {
    state: !snapshot.scenario ? 'idle' : snapshot.isComplete ? 'complete' : 'in-progress',
    isComplete: snapshot.isComplete,
    steps,
    current,
    reading,
    shown: reading ?? current,
    previous,
    next,
    arrival,
    progress: {
      done,
      total,
      percent,
      currentText: current ? t('progress.steps', { current: current.index + 1, total }) : null,
      doneText: t('progress.done', { done, total }),
    },
    rejection,
    texts: {
      list: t('ui.stepper.listLabel'),
      empty: t('ui.stepper.empty'),
      unmet: t('ui.stepper.unmet'),
      previous: t('ui.stepper.previous'),
      next: t('ui.stepper.next'),
      complete: t('ui.stepper.complete'),
      skip: t('ui.stepper.skip'),
      reopen: t('ui.stepper.reopen'),
      back: t('ui.stepper.backToCurrent'),
      completionTitle: t('ui.stepper.completion.title'),
      completionBody: t('ui.stepper.completion.body'),
      afterMoveHeading: t('ui.stepper.completion.afterMove'),
      terms: t('ui.stepper.terms'),
      places: t('ui.stepper.places'),
      newTab: t('ui.stepper.newTab'),
      afterMove: (snapshot.scenario?.afterMove ?? AFTER_MOVE_TASKS).map((task) => t(task.messageKey)),
    },
    step: (stepId) => byId.get(stepId),
    headingId,
    goTo,
    complete,
    skip,
    reopen,
    getRootProps: () => ({
      ...part('root'),
      'data-state': !snapshot.scenario ? 'idle' : snapshot.isComplete ? 'complete' : 'in-progress',
      'data-complete': dataFlag(snapshot.isComplete),
    }),
    getListProps: () => ({ 'aria-label': t('ui.stepper.listLabel'), ...part('list') }),
    getItemProps: (stepId) =>
      withStep(stepId, (s) => ({ 'aria-current': s.isCurrent ? 'step' : undefined, ...part('item'), ...data(s) })),
    getTriggerProps: (stepId) =>
      withStep(stepId, (s) => ({
        type: 'button',
        // A later step opens to be read when the view keeps what is read; the engine never makes it current.
        disabled: s.isLocked && read === undefined,
        ...part('trigger'),
        ...data(s),
        onClick: unlessPrevented(() => {
          if (s.isLocked) {
            read?.(s.id);
            return;
          }
          read?.(null);
          goTo(s.id);
        }),
      })),
    getIndicatorProps: (stepId) =>
      withStep(stepId, (s) => ({ 'aria-hidden': 'true', ...part('indicator'), ...data(s) })),
    getStatusProps: (stepId) => withStep(stepId, (s) => ({ 'data-wm-sr-only': '', ...part('status'), ...data(s) })),
    getContentProps: (stepId) =>
      withStep(stepId, (s) => ({ 'aria-labelledby': headingId(s.id), ...part('content'), ...data(s) })),
    getHeadingProps: (stepId) =>
      withStep(stepId, (s) => ({
        id: headingId(s.id),
        tabIndex: -1,
        'data-wm-arrival': dataFlag(s.isCurrent),
        ...part('heading'),
        ...data(s),
      })),
    getNoteProps: (stepId) => withStep(stepId, (s) => ({ ...part('note'), ...data(s) })),
    getRequirementsProps: (stepId) => withStep(stepId, (s) => ({ ...part('requirements'), ...data(s) })),
    getActionsProps: (stepId) => withStep(stepId, (s) => ({ ...part('actions'), ...data(s) })),
    getLeftProps: (stepId) =>
      withStep(stepId, (s) => ({
        role: 'status',
        'aria-live': 'polite',
        ...part('requirements-left'),
        'data-state': s.unmet.length > 0 ? 'open' : 'complete',
      })),
    getItemTitleProps: (stepId) => withStep(stepId, () => part('item-title')),
    getEmptyProps: () => part('empty'),
    getDescriptionProps: (stepId) => withStep(stepId, () => part('description')),
    getActorsProps: (stepId) =>
      withStep(stepId, (s) => ({ ...part('actors'), 'data-actors': s.step.actors.join(' ') })),
    getWarningsProps: (stepId) => withStep(stepId, () => part('warnings')),
    getWarningProps: (stepId, warningId) =>
      withStep(stepId, (s) => {
        const warning = s.warnings.find((w) => w.id === warningId);
        return warning ? { ...part('warning'), 'data-severity': warning.severity } : {};
      }),
    getWaitsProps: (stepId) => withStep(stepId, () => part('waits')),
    getWaitProps: (stepId, waitId) =>
      withStep(stepId, (s) => (s.waits.some((w) => w.id === waitId) ? part('wait') : {})),
    getHowToCompleteProps: (stepId) => withStep(stepId, () => part('how-to-complete')),
    getRequirementsLabelProps: (stepId) => withStep(stepId, () => part('requirements-label')),
    getUnmetRequirementProps: (stepId, requirementId) =>
      withStep(stepId, (s) => {
        const requirement = s.unmet.find((r) => r.id === requirementId);
        return requirement ? { 'data-state': requirement.status } : {};
      }),
    getConfirmOverlayProps: () => part('confirm-overlay'),
    getConfirmDialogProps: (stepId) => withStep(stepId, (s) => ({ ...part('confirm-dialog'), ...data(s) })),
    getConfirmTitleProps: () => part('confirm-title'),
    getConfirmDescriptionProps: () => part('confirm-description'),
    getConfirmActionsProps: () => part('confirm-actions'),
    getNavigationProps: () => part('navigation'),
    getProgressStepProps: () => part('progress-step'),
    // An empty scenario still gets a valid `max`.
    getProgressBarProps: (labelledBy) => ({
      ...part('progress-bar'),
      value: done,
      max: Math.max(total, 1),
      'aria-labelledby': labelledBy,
    }),
    getProgressDoneProps: (id) => ({ id, ...part('progress-done') }),
    getCompleteTriggerProps: (stepId, options = {}) =>
      withStep(stepId, (s) => {
        const confirmFirst = s.needsConfirmation && s.canComplete && options.requestConfirmation !== undefined;
        return {
          type: 'button',
          'aria-disabled': s.canComplete ? undefined : true,
          'aria-haspopup': confirmFirst ? 'dialog' : undefined,
          ...part('complete-trigger'),
          ...data(s),
          'data-disabled': dataFlag(!s.canComplete),
          onClick: unlessPrevented(() => {
            if (confirmFirst) options.requestConfirmation?.();
            else complete(s.id);
          }),
        };
      }),
    getSkipTriggerProps: (stepId) =>
      withStep(stepId, (s) => ({
        type: 'button',
        'aria-disabled': s.canSkip ? undefined : true,
        ...part('skip-trigger'),
        ...data(s),
        'data-disabled': dataFlag(!s.canSkip),
        onClick: unlessPrevented(() => skip(s.id)),
      })),
    getReopenTriggerProps: (stepId) =>
      withStep(stepId, (s) => ({
        type: 'button',
        disabled: !s.isDone,
        ...part('reopen-trigger'),
        ...data(s),
        onClick: unlessPrevented(() => reopen(s.id)),
      })),
    getBackTriggerProps: (stepId) =>
      withStep(stepId, (s) => ({
        type: 'button',
        ...part('back-trigger'),
        ...data(s),
        onClick: unlessPrevented(() => read?.(null)),
      })),
    getConfirmAcceptProps: (stepId, options = {}) => ({
      type: 'button',
      ...part('confirm-accept'),
      onClick: unlessPrevented(() => {
        options.beforeAccept?.();
        complete(stepId, true);
      }),
    }),
    getConfirmCancelProps: ({ cancel }) => ({
      type: 'button',
      ...part('confirm-cancel'),
      onClick: unlessPrevented(cancel),
    }),
    getPrevTriggerProps: () => navTrigger('prev', previous),
    getNextTriggerProps: () => navTrigger('next', next),
    getProgressProps: () => ({ ...part('progress'), 'data-state': snapshot.isComplete ? 'complete' : 'in-progress' }),
    getRejectionProps: () => ({
      role: 'status',
      'aria-live': 'polite',
      'aria-atomic': 'true',
      ...part('rejection'),
      'data-state': rejection ? 'rejected' : 'idle',
      'data-reason': rejection?.rejection.reason,
    }),
    getCompletionProps: () => ({ ...part('completion'), 'data-state': 'complete' }),
    getCompletionHeadingProps: () => ({
      tabIndex: -1,
      'data-wm-arrival': dataFlag(completionActive),
      ...part('completion-heading'),
    }),
  };
}

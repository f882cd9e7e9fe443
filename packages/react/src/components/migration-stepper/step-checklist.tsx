import { forwardRef, type RefObject, useEffect, useRef, useState } from 'react';
import { Fold } from '../../utils/fold';
import { mergeProps } from '../../utils/merge-props';
import { mergeRefs } from '../../utils/merge-refs';
import { Primitive, type PrimitiveProps } from '../../utils/primitive';
import { RequirementsChecklistItem } from '../requirements-checklist/requirement-item-parts';
import { useRequirementsChecklist } from '../requirements-checklist/requirements-checklist-context';
import {
  RequirementsChecklistList,
  RequirementsChecklistProgress,
  RequirementsChecklistRoot,
} from '../requirements-checklist/requirements-checklist-parts';
import { useStepContext } from './stepper-context';

/**
 * What the step waits for, with the control that meets each one, inside the step. Once all are met they fold
 * into one line (a native disclosure the user can open again). Nothing for a step that waits for none.
 */
export const MigrationStepperChecklist = forwardRef<HTMLDivElement, PrimitiveProps<'div'>>((props, ref) => {
  const { step } = useStepContext();
  const own = useRef<HTMLDivElement>(null);
  if (step.requirements.length === 0) return null;
  return (
    // Keyed by step: a composition that reuses one Content for every step starts each step afresh.
    <RequirementsChecklistRoot key={step.id} ref={mergeRefs(ref, own)} stepId={step.id} {...props}>
      <StepChecklistParts scope={own} />
    </RequirementsChecklistRoot>
  );
});
MigrationStepperChecklist.displayName = 'MigrationStepper.Checklist';

/** The control of the first requirement the engine still counts as unmet, else the step's "mark as done". */
function nextToAnswer(scope: HTMLElement | null, unmetId: string | undefined): HTMLElement | null {
  const item = [...(scope?.querySelectorAll('[data-requirement]') ?? [])].find(
    (el) => el.getAttribute('data-requirement') === unmetId,
  );
  const control = item?.querySelector<HTMLElement>('input, button');
  return (
    control ??
    scope?.closest('[data-part="content"]')?.querySelector<HTMLElement>('[data-part="complete-trigger"]') ??
    null
  );
}

function StepChecklistParts({ scope }: { readonly scope: RefObject<HTMLDivElement | null> }) {
  const { api } = useRequirementsChecklist();
  // "Confirm all" goes with the statements it ticks: focus moves on to what is still to do.
  const [moveFocus, setMoveFocus] = useState(false);
  const unmetId = api.items.find((i) => i.status !== 'met')?.id;
  // A plain effect: `scope` is the parent's merged ref, which React sets again each commit, after this part's
  // layout effects have run (it is null in them).
  useEffect(() => {
    if (!moveFocus) return;
    setMoveFocus(false);
    nextToAnswer(scope.current, unmetId)?.focus();
  }, [moveFocus, scope, unmetId]);
  // Folded only when the step opens with everything met: a list met while the user works in it stays where
  // it is, so focus never falls into a closed disclosure.
  const [folded] = useState(() => api.left === 0);
  // What is typed first, then the statements, with one button that confirms those still to confirm.
  const typed = api.items.filter((i) => i.fields.length > 0);
  const statements = api.items.filter((i) => i.fields.length === 0);
  const list = (items: typeof api.items) =>
    items.length > 0 && (
      <RequirementsChecklistList>
        {items.map((i) => (
          <RequirementsChecklistItem key={i.id} requirementId={i.id} />
        ))}
      </RequirementsChecklistList>
    );
  if (folded) {
    return (
      <>
        <RequirementsChecklistProgress>
          {api.left === 0 ? api.texts.allMet : api.texts.progress}
        </RequirementsChecklistProgress>
        <Fold {...api.getFoldProps()} summary={<summary {...api.getFoldSummaryProps()}>{api.texts.stepTitle}</summary>}>
          <RequirementsChecklistList />
        </Fold>
      </>
    );
  }
  // How many are left is said once, beside the step's buttons (MigrationStepper.Actions).
  return (
    <>
      {list(typed)}
      {api.toConfirm.length > 1 && (
        <Primitive.button
          {...mergeProps(api.getConfirmAllTriggerProps({ onConfirmed: () => setMoveFocus(true) }), {
            type: 'button' as const,
          })}
        >
          {api.texts.confirmAll}
        </Primitive.button>
      )}
      {list(statements)}
    </>
  );
}

import type { StepView } from '@wamigrate/core/connect';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type KeyboardEvent,
  type MouseEvent,
  useId,
  useLayoutEffect,
  useRef,
} from 'react';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { focusedFrom } from '../../utils/focused';
import { mergeProps } from '../../utils/merge-props';
import { mergeRefs } from '../../utils/merge-refs';
import { ConfirmActions, returnConfirmFocus } from './confirm-dialog-shared';
import { type ConfirmState, useStepContext, useStepperContext } from './stepper-context';

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

export interface NativeConfirmDialogProps extends ComponentPropsWithoutRef<'dialog'> {
  readonly confirm: ConfirmState;
  readonly texts: NonNullable<StepView['confirmation']>;
}

/**
 * The confirmation as a native `<dialog>` opened with `showModal()`: the browser puts it in the top layer,
 * makes everything else inert and closes it on Escape, inside a shadow root as well as outside. Tab wraps
 * from the last button to the first, so focus never leaves for the browser's own controls.
 */
export const NativeConfirmDialog = forwardRef<HTMLDialogElement, NativeConfirmDialogProps>(
  ({ confirm, texts, onClose, onKeyDown, onClick, onPointerDown, ...props }, ref) => {
    const { api, rootRef } = useStepperContext();
    const step = useStepContext();
    const own = useRef<HTMLDialogElement | null>(null);
    const titleId = useId();
    const bodyId = useId();

    useLayoutEffect(() => {
      const dialog = own.current;
      if (!dialog) return;
      if (confirm.open && !dialog.open) dialog.showModal();
      if (!confirm.open && dialog.open) dialog.close();
    }, [confirm.open]);

    // Every way out (Escape, cancel, accept, a click on the backdrop) ends in the `close` event.
    const closed = () => {
      if (confirm.open) confirm.setOpen(false);
      returnConfirmFocus(confirm, rootRef.current);
    };

    const wrapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
      if (event.key !== 'Tab') return;
      const dialog = event.currentTarget;
      const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.matches(':disabled'));
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      const active = focusedFrom(dialog);
      const edge = event.shiftKey ? first : last;
      if (active !== edge && dialog.contains(active)) return;
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    };

    // A click on the backdrop lands on the dialog itself, outside its box. It must also start there: a
    // text selection dragged out of the box ends with a click on the backdrop too.
    const pressedOnBackdrop = useRef(false);
    const onBackdrop = (event: MouseEvent<HTMLDialogElement>) => {
      const dialog = event.currentTarget;
      if (event.target !== dialog) return false;
      const box = dialog.getBoundingClientRect();
      const { clientX: x, clientY: y } = event;
      return x < box.left || x > box.right || y < box.top || y > box.bottom;
    };

    return (
      <dialog
        ref={mergeRefs(ref, own)}
        {...mergeProps(
          { 'aria-labelledby': titleId, 'aria-describedby': bodyId, ...api.getConfirmDialogProps(step.id) },
          props,
        )}
        onClose={composeEventHandlers(onClose, closed)}
        onKeyDown={composeEventHandlers(onKeyDown, wrapTab)}
        onPointerDown={composeEventHandlers(onPointerDown, (event) => {
          pressedOnBackdrop.current = onBackdrop(event);
        })}
        onClick={composeEventHandlers(onClick, (event) => {
          if (pressedOnBackdrop.current && onBackdrop(event)) confirm.setOpen(false);
          pressedOnBackdrop.current = false;
        })}
      >
        <h2 id={titleId} {...api.getConfirmTitleProps()}>
          {texts.title}
        </h2>
        <p id={bodyId} {...api.getConfirmDescriptionProps()}>
          {texts.body}
        </p>
        <ConfirmActions confirm={confirm} step={step} texts={texts} />
      </dialog>
    );
  },
);
NativeConfirmDialog.displayName = 'MigrationStepper.NativeConfirmDialog';

import * as Dialog from '@radix-ui/react-dialog';
import type { StepView } from '@wamigrate/core/connect';
import { type ComponentPropsWithoutRef, forwardRef, type Ref } from 'react';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { mergeProps } from '../../utils/merge-props';
import { ConfirmActions, returnConfirmFocus } from './confirm-dialog-shared';
import { NativeConfirmDialog } from './native-confirm-dialog';
import { type ConfirmState, useConfirmState, useStepContext, useStepperContext } from './stepper-context';

export type MigrationStepperConfirmDialogProps = ComponentPropsWithoutRef<typeof Dialog.Content>;

/** Radix's own callbacks; a native `<dialog>` has no such events. */
const RADIX_ONLY = [
  'onOpenAutoFocus',
  'onCloseAutoFocus',
  'onEscapeKeyDown',
  'onPointerDownOutside',
  'onFocusOutside',
  'onInteractOutside',
  'forceMount',
] as const;

function withoutRadixOnly(props: MigrationStepperConfirmDialogProps): ComponentPropsWithoutRef<'dialog'> {
  const rest: Record<string, unknown> = { ...props };
  for (const key of RADIX_ONLY) delete rest[key];
  return rest as ComponentPropsWithoutRef<'dialog'>;
}

/**
 * The modal confirmation before a step with a consequence is completed (APG dialog pattern): focus moves in
 * and is contained, Escape or "cancel" closes it and focus returns to "Mark as done"; "accept" completes the
 * step and focus follows to the next step's heading. Must sit inside `Actions`. Radix Dialog by default; a
 * native `<dialog>` when the stepper's `dialog` is `native` (then Radix's callbacks do not apply).
 * Texts: the step's own confirmation (`step.confirmation`); nothing for a step that needs none.
 */
export const MigrationStepperConfirmDialog = forwardRef<HTMLElement, MigrationStepperConfirmDialogProps>(
  (props, ref) => {
    const { dialog } = useStepperContext();
    const step = useStepContext();
    const confirm = useConfirmState();
    if (!confirm || !step.confirmation) return null;
    if (dialog === 'native') {
      return (
        <NativeConfirmDialog
          ref={ref as Ref<HTMLDialogElement>}
          confirm={confirm}
          texts={step.confirmation}
          {...withoutRadixOnly(props)}
        />
      );
    }
    return (
      <RadixConfirmDialog ref={ref as Ref<HTMLDivElement>} confirm={confirm} texts={step.confirmation} {...props} />
    );
  },
);
MigrationStepperConfirmDialog.displayName = 'MigrationStepper.ConfirmDialog';

interface RadixConfirmDialogProps extends MigrationStepperConfirmDialogProps {
  readonly confirm: ConfirmState;
  readonly texts: NonNullable<StepView['confirmation']>;
}

const RadixConfirmDialog = forwardRef<HTMLDivElement, RadixConfirmDialogProps>(
  ({ confirm, texts, onCloseAutoFocus, ...props }, ref) => {
    const { api, container, rootRef } = useStepperContext();
    const step = useStepContext();
    return (
      <Dialog.Portal {...(container ? { container } : {})}>
        <Dialog.Overlay {...api.getConfirmOverlayProps()} />
        <Dialog.Content
          ref={ref}
          {...mergeProps(api.getConfirmDialogProps(step.id), props)}
          onCloseAutoFocus={composeEventHandlers(onCloseAutoFocus, (event) => {
            event.preventDefault();
            returnConfirmFocus(confirm, rootRef.current);
          })}
        >
          <Dialog.Title {...api.getConfirmTitleProps()}>{texts.title}</Dialog.Title>
          <Dialog.Description {...api.getConfirmDescriptionProps()}>{texts.body}</Dialog.Description>
          <ConfirmActions confirm={confirm} step={step} texts={texts} />
        </Dialog.Content>
      </Dialog.Portal>
    );
  },
);
RadixConfirmDialog.displayName = 'MigrationStepper.RadixConfirmDialog';

import * as Dialog from '@radix-ui/react-dialog';
import type { StepView } from '@wamigrate/core/connect';
import { forwardRef } from 'react';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { mergeProps } from '../../utils/merge-props';
import type { MigrationStepperConfirmDialogProps } from './confirm-dialog';
import { ConfirmActions, returnConfirmFocus } from './confirm-dialog-shared';
import { type ConfirmState, useStepContext, useStepperContext } from './stepper-context';

export interface RadixConfirmDialogProps extends MigrationStepperConfirmDialogProps {
  readonly confirm: ConfirmState;
  readonly texts: NonNullable<StepView['confirmation']>;
}

/**
 * The confirmation as Radix Dialog renders it, in a module of its own: the stepper loads it only when its
 * `dialog` is `radix`, so a host on the native dialog never downloads Radix.
 */
const RadixConfirmDialog = forwardRef<HTMLDivElement, RadixConfirmDialogProps>(
  ({ confirm, texts, onCloseAutoFocus, ...props }, ref) => {
    const { api, container, rootRef } = useStepperContext();
    const step = useStepContext();
    return (
      <Dialog.Root open={confirm.open} onOpenChange={confirm.setOpen}>
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
      </Dialog.Root>
    );
  },
);
RadixConfirmDialog.displayName = 'MigrationStepper.RadixConfirmDialog';

export default RadixConfirmDialog;

import * as Dialog from '@radix-ui/react-dialog';
import { type ComponentPropsWithoutRef, forwardRef, type Ref } from 'react';
import { composeEventHandlers } from '../../utils/compose-event-handlers';
import { anatomy } from '../../utils/data-attr';
import { ConfirmActions, returnConfirmFocus, useConfirmText } from './confirm-dialog-shared';
import { NativeConfirmDialog } from './native-confirm-dialog';
import { SCOPE, stepData, useConfirmState, useStepContext, useStepperContext } from './stepper-context';

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
 * Texts: `step.<id>.confirm.*` when the catalogue has them, else `ui.stepper.confirm.*`.
 */
export const MigrationStepperConfirmDialog = forwardRef<HTMLElement, MigrationStepperConfirmDialogProps>(
  (props, ref) => {
    const { dialog } = useStepperContext();
    const confirm = useConfirmState();
    if (!confirm) return null;
    if (dialog === 'native') {
      return <NativeConfirmDialog ref={ref as Ref<HTMLDialogElement>} confirm={confirm} {...withoutRadixOnly(props)} />;
    }
    return <RadixConfirmDialog ref={ref as Ref<HTMLDivElement>} {...props} />;
  },
);
MigrationStepperConfirmDialog.displayName = 'MigrationStepper.ConfirmDialog';

const RadixConfirmDialog = forwardRef<HTMLDivElement, MigrationStepperConfirmDialogProps>(
  ({ onCloseAutoFocus, ...props }, ref) => {
    const { container, rootRef } = useStepperContext();
    const step = useStepContext();
    const confirm = useConfirmState();
    const text = useConfirmText(step.step.id);
    if (!confirm) return null;
    return (
      <Dialog.Portal {...(container ? { container } : {})}>
        <Dialog.Overlay {...anatomy(SCOPE, 'confirm-overlay')} />
        <Dialog.Content
          ref={ref}
          {...anatomy(SCOPE, 'confirm-dialog')}
          {...stepData(step)}
          onCloseAutoFocus={composeEventHandlers(onCloseAutoFocus, (event) => {
            event.preventDefault();
            returnConfirmFocus(confirm, rootRef.current);
          })}
          {...props}
        >
          <Dialog.Title {...anatomy(SCOPE, 'confirm-title')}>{text('title')}</Dialog.Title>
          <Dialog.Description {...anatomy(SCOPE, 'confirm-description')}>{text('body')}</Dialog.Description>
          <ConfirmActions confirm={confirm} stepId={step.step.id} />
        </Dialog.Content>
      </Dialog.Portal>
    );
  },
);
RadixConfirmDialog.displayName = 'MigrationStepper.RadixConfirmDialog';
